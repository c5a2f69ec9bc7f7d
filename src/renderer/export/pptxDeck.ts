import PptxGenJS from 'pptxgenjs'
import { xmlSafeDeep } from '../../shared/text/xmlSafeText'
import type { ExportDeck, ExportSection, ExportSlide } from '../../shared/export/exportTypes'
import {
  addParas,
  COLORS,
  FONT,
  FOOT_H,
  HEAD_H,
  LANG,
  MARGIN,
  SLIDE_H,
  SLIDE_W,
} from './pptxLayout'
import { addTheme1 } from './pptxTheme1'
import { addTheme2Grid, addTheme2Topic } from './pptxTheme2'
import { addTheme3Brief, addTheme3Canvas } from './pptxTheme3'

/**
 * buildPptx: the export model as a PowerPoint deck (16:9). A title slide, then every slide of
 * every section with a header band (group, slide title, theme, n / total) and its content as
 * editable text in Noto Sans JP (ja-JP); the priority grids are native shapes. The model has
 * already paginated the content; a slide it flags `overflow` starts smaller and carries
 * PowerPoint's "shrink text on overflow". Plain TypeScript: runs in the renderer and in Node.
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

function addFrame(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  section: ExportSection,
  model: ExportSlide,
) {
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
    [{ text: `${section.groupName}\u3000${model.title}`, bold: true, color: COLORS.bandText }],
    { x: MARGIN, y: 0.08, w: SLIDE_W - 2 * MARGIN - rightW, h: HEAD_H - 0.16 },
    { size: 22, valign: 'middle' },
  )
  slide.addText(
    `${section.themeLabel}\u3000${String(model.index.n)} / ${String(model.index.total)}`,
    {
      ...text,
      x: SLIDE_W - MARGIN - rightW,
      y: 0.08,
      w: rightW,
      h: HEAD_H - 0.16,
      fontSize: 16,
      color: COLORS.bandText,
      align: 'right',
      valign: 'middle',
    },
  )
  slide.addText(`${section.themeLabel}\u3000${section.themeTitle}`, {
    ...text,
    x: MARGIN,
    y: SLIDE_H - FOOT_H,
    w: SLIDE_W - 2 * MARGIN,
    h: FOOT_H - 0.05,
    fontSize: 10,
    color: COLORS.muted,
    valign: 'middle',
    fit: 'shrink',
  })
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
  for (const section of deck.sections) {
    for (const model of section.slides) {
      const slide = pptx.addSlide()
      addFrame(pptx, slide, section, model)
      addContent(pptx, slide, model)
    }
  }
  // Stored, not deflated: pptxgenjs 4.0.1 deflates only for writeFile/stream ('nodebuffer', Node
  // only) or a Blob without options; write({ outputType }) always stores the parts.
  const out = await pptx.write({ outputType: 'uint8array' })
  if (out instanceof Uint8Array) return out
  if (out instanceof ArrayBuffer) return new Uint8Array(out)
  throw new Error('pptxgenjs returned an unexpected output type')
}
