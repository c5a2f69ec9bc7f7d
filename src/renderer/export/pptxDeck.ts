import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { deckPages } from '../../shared/export/deckPages'
import { xmlSafeDeep } from '../../shared/text/xmlSafeText'
import type {
  ExportDeck,
  ExportGroupCover,
  ExportReview,
  ExportSection,
  ExportSlide,
} from '../../shared/export/exportTypes'
import {
  addParas,
  BODY,
  COLORS,
  FONT,
  FOOT_H,
  HEAD_H,
  LANG,
  MARGIN,
  SLIDE_H,
  SLIDE_W,
  headingPara,
  para,
  type Para,
} from './pptxLayout'
import { applyJapaneseFonts } from './pptxFonts'
import { addTheme1 } from './pptxTheme1'
import { addTheme2Grid, addTheme2Topic } from './pptxTheme2'
import { addTheme3Brief, addTheme3Canvas } from './pptxTheme3'
import { addTheme2Worksheet } from './pptxWorksheet'
import { addSummaryPage, summaryFrame } from './pptxSummary'

/**
 * buildPptx: the export model as a PowerPoint deck (16:9). A title slide, then per group its
 * cover (when the deck has covers: members, 司会・書記, the themes) and every slide of its
 * sections with a header band (group, slide title, theme, n / total) and its content as
 * editable text in 游ゴシック (ja-JP, see pptxFonts.ts); the priority grids are native shapes
 * with labels placed clear of each other (pptxGridLabels.ts), the 問1-問5 worksheet a table;
 * then, when asked, the 共有用ボード or the whole 総括 deck (pptxSummary.ts).
 * The model has already paginated the content; a slide it flags `overflow` starts smaller and
 * carries PowerPoint's "shrink text on overflow". Plain TypeScript: runs in the renderer and in
 * Node.
 */

const text = { fontFace: FONT, lang: LANG }

function addTitleSlide(pptx: PptxGenJS, deck: ExportDeck): void {
  const slide = pptx.addSlide()
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 2.2,
    w: SLIDE_W,
    h: 2.3,
    fill: { color: COLORS.band },
    line: { color: COLORS.band, width: 0 },
  })
  slide.addText('グループワークの成果（全体共有）', {
    ...text,
    x: MARGIN,
    y: 1.3,
    w: SLIDE_W - 2 * MARGIN,
    h: 0.7,
    fontSize: 22,
    color: COLORS.heading,
    align: 'center',
  })
  addParas(
    slide,
    [{ text: deck.title.workshopTitle || '研修会', bold: true, color: COLORS.bandText }],
    { x: MARGIN + 0.3, y: 2.4, w: SLIDE_W - 2 * MARGIN - 0.6, h: 1.9 },
    { size: 36, align: 'center', valign: 'middle' },
  )
  const details = [deck.title.dateText, deck.title.venue].filter((t) => t !== '')
  if (details.length > 0) {
    addParas(
      slide,
      details.map((t) => ({ text: t })),
      { x: MARGIN, y: 4.8, w: SLIDE_W - 2 * MARGIN, h: 1.4 },
      { size: 22, align: 'center' },
    )
  }
}

interface FrameText {
  /** In the band, left: the group and the slide's title. */
  title: string
  /** In the band, right: the theme and the slide's position. */
  right: string
  /** Under the slide: the theme card's title. */
  foot: string
}

function sectionFrame(section: ExportSection, model: ExportSlide): FrameText {
  return {
    title: `${section.groupName}\u3000${model.title}`,
    right: `${section.themeLabel}\u3000${String(model.index.n)} / ${String(model.index.total)}`,
    foot: `${section.themeLabel}\u3000${section.themeTitle}`,
  }
}

function addFrame(pptx: PptxGenJS, slide: PptxGenJS.Slide, frame: FrameText) {
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: SLIDE_W,
    h: HEAD_H,
    fill: { color: COLORS.band },
    line: { color: COLORS.band, width: 0 },
  })
  const rightW = 3.2
  addParas(
    slide,
    [{ text: frame.title, bold: true, color: COLORS.bandText }],
    { x: MARGIN, y: 0.08, w: SLIDE_W - 2 * MARGIN - rightW, h: HEAD_H - 0.16 },
    { size: 24, valign: 'middle' },
  )
  slide.addText(frame.right, {
    ...text,
    x: SLIDE_W - MARGIN - rightW,
    y: 0.08,
    w: rightW,
    h: HEAD_H - 0.16,
    fontSize: 18,
    color: COLORS.bandText,
    align: 'right',
    valign: 'middle',
  })
  slide.addText(frame.foot, {
    ...text,
    x: MARGIN,
    y: SLIDE_H - FOOT_H,
    w: SLIDE_W - 2 * MARGIN,
    h: FOOT_H - 0.05,
    fontSize: 12,
    color: COLORS.muted,
    valign: 'middle',
    fit: 'shrink',
  })
}

function coverFrame(cover: ExportGroupCover): FrameText {
  return {
    title: `${cover.groupName}\u3000メンバーと検討したテーマ`,
    right: '',
    foot: cover.groupName,
  }
}

/** A group's first slide: 司会・書記, the members, and whether each theme was filled in. */
function addCover(slide: PptxGenJS.Slide, cover: ExportGroupCover): void {
  const notEntered = '（未入力）'
  const paras: Para[] = [
    para(`司会：${cover.moderator || notEntered}\u3000書記：${cover.scribe || notEntered}`, {
      bold: true,
    }),
    headingPara('メンバー'),
    ...(cover.members.length === 0
      ? [para(notEntered, { level: 1, color: COLORS.muted })]
      : cover.members.map((m) =>
          para(
            [
              m.name || notEntered,
              `（${[m.position, m.affiliation].filter((x) => x !== '').join('・')}）`,
              m.role !== '' ? `【${m.role}】` : '',
            ].join(''),
            { level: 1, bold: m.role !== '' },
          ),
        )),
    headingPara('検討したテーマ'),
    ...cover.themes.map((t) =>
      para(`${t.themeLabel}\u3000${t.themeTitle}${t.empty ? '\u3000（記入なし）' : ''}`, {
        level: 1,
        ...(t.empty ? { color: COLORS.muted } : {}),
      }),
    ),
  ]
  addParas(slide, paras, BODY, { size: 22 })
}

/** A group's 講評メモ: who commented, then what they said (each line a paragraph). */
function addReview(slide: PptxGenJS.Slide, review: ExportReview): void {
  const paras: Para[] = [
    ...(review.commentators.length > 0
      ? [para(`講評：${review.commentators.join('・')}`, { bold: true })]
      : []),
    ...review.texts.flatMap((text) => text.split('\n').map((line) => para(line))),
  ]
  addParas(slide, paras, BODY, { size: 20 })
}

function addContent(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: ExportSlide): void {
  switch (model.kind) {
    case 'empty':
      slide.addText(model.message, {
        ...text,
        x: MARGIN,
        y: 2.8,
        w: SLIDE_W - 2 * MARGIN,
        h: 1.2,
        fontSize: 28,
        color: COLORS.muted,
        align: 'center',
        valign: 'middle',
      })
      return
    case 'theme1':
      addTheme1(slide, model)
      return
    case 'theme2Topic':
      addTheme2Topic(slide, model)
      return
    case 'theme2Worksheet':
      addTheme2Worksheet(slide, model)
      return
    case 'theme2Grid':
      addTheme2Grid(pptx, slide, model)
      return
    case 'theme3Canvas':
      addTheme3Canvas(slide, model)
      return
    case 'theme3Brief':
      addTheme3Brief(slide, model)
      return
  }
}

/** Bytes of a .pptx for the deck (title slide + every slide of every section). */
export async function buildPptx(input: ExportDeck): Promise<Uint8Array> {
  // pptxgenjs escapes markup but keeps control characters, which make a part invalid XML.
  const deck = xmlSafeDeep(input)
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  pptx.title = deck.title.workshopTitle
  pptx.subject = 'グループワークの成果'
  pptx.company = ''
  pptx.author = 'TaneBoard'
  addTitleSlide(pptx, deck)
  for (const page of deckPages(deck)) {
    const slide = pptx.addSlide()
    if (page.kind === 'cover') {
      addFrame(pptx, slide, coverFrame(page.cover))
      addCover(slide, page.cover)
    } else if (page.kind === 'summary') {
      addFrame(pptx, slide, summaryFrame(page.page))
      addSummaryPage(slide, page.page)
    } else if (page.kind === 'review') {
      addFrame(pptx, slide, {
        title: `${page.review.groupName}\u3000講評`,
        right: '',
        foot: page.review.groupName,
      })
      addReview(slide, page.review)
    } else {
      addFrame(pptx, slide, sectionFrame(page.section, page.slide))
      addContent(pptx, slide, page.slide)
    }
  }
  const out = await pptx.write({ outputType: 'uint8array' })
  const bytes = out instanceof ArrayBuffer ? new Uint8Array(out) : out
  if (!(bytes instanceof Uint8Array))
    throw new Error('pptxgenjs returned an unexpected output type')
  // The fonts as PowerPoint writes a Japanese font (pptxFonts.ts). Stored, not deflated, as
  // pptxgenjs's write({ outputType }) writes them: deflating takes seconds on a slow laptop.
  const zip = await JSZip.loadAsync(bytes)
  await applyJapaneseFonts(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
}
