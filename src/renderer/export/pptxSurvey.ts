import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import type { ReportRow, ReportSection, SurveyReport } from '../../shared/survey/surveyReport'
import { SURVEY_CHANGES, type ResultGroup } from '../../shared/survey/surveyResults'
import { POSITION_LABELS } from '../../shared/survey/surveyTypes'
import { xmlSafeDeep } from '../../shared/text/xmlSafeText'
import { applyJapaneseFonts } from './pptxFonts'
import {
  addParas,
  BODY,
  COLORS,
  FONT,
  HEAD_H,
  LANG,
  MARGIN,
  SLIDE_H,
  SLIDE_W,
  headingPara,
  para,
  type Para,
} from './pptxLayout'

/**
 * The survey's results as slides (16:9, 游ゴシック): a title slide with the denominators, per
 * section (Ⅰ, Ⅱ) a slide with the report's reading, per rated item a slide with a NATIVE chart
 * (PowerPoint's own 100% stacked bar: up / stay / down per group, the counts as labels, the data
 * editable in PowerPoint's sheet) beside a table of counts and shares, then the free text per
 * item. Nothing is a picture. Plain TypeScript: runs in the renderer and in Node.
 */

export interface SurveyDeckInput {
  report: SurveyReport
  title: string
  /** Date and venue line. */
  meta: string
}

/** up solid dark blue, stay light grey, down orange: as the PDF's bars. */
export const SURVEY_CHART_COLORS = ['1F5A99', 'C9D2DC', 'B4541A'] as const

const GROUP_JA: Record<ResultGroup, string> = {
  all: '全体',
  coordinator: POSITION_LABELS.coordinator.ja,
  municipal: POSITION_LABELS.municipal.ja,
  other: POSITION_LABELS.other.ja,
}

const share = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)}%`)
const FREE_PER_SLIDE = 12

function addBand(pptx: PptxGenJS, slide: PptxGenJS.Slide, title: string, right: string): void {
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: SLIDE_W,
    h: HEAD_H,
    fill: { color: COLORS.band },
    line: { color: COLORS.band, width: 0 },
  })
  addParas(
    slide,
    [{ text: title, bold: true, color: COLORS.bandText }],
    { x: MARGIN, y: 0.05, w: SLIDE_W - 2 * MARGIN - 2.2, h: HEAD_H - 0.1 },
    { size: 22, valign: 'middle' },
  )
  if (right !== '')
    addParas(
      slide,
      [{ text: right, color: COLORS.bandText }],
      { x: SLIDE_W - MARGIN - 2.2, y: 0.05, w: 2.2, h: HEAD_H - 0.1 },
      { size: 16, align: 'right', valign: 'middle' },
    )
}

function addTitleSlide(pptx: PptxGenJS, input: SurveyDeckInput): void {
  const { report } = input
  const slide = pptx.addSlide()
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 1.9,
    w: SLIDE_W,
    h: 2.0,
    fill: { color: COLORS.band },
    line: { color: COLORS.band, width: 0 },
  })
  addParas(
    slide,
    [{ text: input.title, color: COLORS.heading }],
    { x: MARGIN, y: 1.0, w: SLIDE_W - 2 * MARGIN, h: 0.8 },
    { size: 24, align: 'center', valign: 'middle' },
  )
  addParas(
    slide,
    [{ text: '事前・事後アンケート結果', bold: true, color: COLORS.bandText }],
    { x: MARGIN, y: 2.0, w: SLIDE_W - 2 * MARGIN, h: 1.8 },
    { size: 40, align: 'center', valign: 'middle' },
  )
  const byGroup = report.groups
    .filter((g) => g !== 'all')
    .map((g) => `${GROUP_JA[g]} ${report.people[g]}人`)
    .join('、')
  const lines: Para[] = [
    ...(input.meta ? [para(input.meta)] : []),
    para(
      `突合できた人（事前・事後の両方に回答）：${report.people.all}人${byGroup ? `（${byGroup}）` : ''}`,
    ),
    para(`回答：事前 ${report.answered.pre}人、事後 ${report.answered.post}人`),
  ]
  addParas(
    slide,
    lines,
    { x: MARGIN, y: 4.2, w: SLIDE_W - 2 * MARGIN, h: 2.6 },
    { size: 20, align: 'center' },
  )
}

function addReadingSlide(pptx: PptxGenJS, section: ReportSection, definition: string): void {
  const slide = pptx.addSlide()
  addBand(pptx, slide, `${section.title.ja}\u3000報告書の読み方`, '')
  addParas(
    slide,
    [
      headingPara('up / stay / down とは'),
      para(definition),
      headingPara('報告書の読み方'),
      ...section.readings.map((r) => para(r)),
    ],
    BODY,
    { size: 20 },
  )
}

/** One item: the native chart (left) and the table of counts and shares (right). */
function addItemSlide(
  pptx: PptxGenJS,
  row: ReportRow,
  section: ReportSection,
  groups: readonly ResultGroup[],
  page: string,
): void {
  const slide = pptx.addSlide()
  addBand(pptx, slide, `${row.label}\u3000${section.title.ja}`, page)
  const top = HEAD_H + 0.15
  addParas(
    slide,
    [{ text: row.text, bold: true, color: COLORS.heading }],
    { x: MARGIN, y: top, w: SLIDE_W - 2 * MARGIN, h: 1.2 },
    { size: 22 },
  )
  const chartTop = top + 1.3
  const chartH = SLIDE_H - chartTop - 0.3
  const labels = groups.map((g) => GROUP_JA[g])
  slide.addChart(
    pptx.ChartType.bar,
    SURVEY_CHANGES.map((part) => ({
      name: part,
      labels,
      values: groups.map((g) => row.counts[g][part]),
    })),
    {
      x: MARGIN,
      y: chartTop,
      w: 7.6,
      h: chartH,
      barDir: 'bar',
      barGrouping: 'percentStacked',
      barGapWidthPct: 60,
      chartColors: [...SURVEY_CHART_COLORS],
      dataBorder: { pt: 0.75, color: '333333' },
      // 全体 first, at the top (a bar chart plots its first category at the bottom otherwise).
      catAxisOrientation: 'maxMin' as 'minMax',
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 16,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 12,
      valAxisLabelFormatCode: '0%',
      showValue: true,
      dataLabelFormatCode: '0"人"',
      dataLabelFontFace: FONT,
      dataLabelFontSize: 14,
      dataLabelColor: '000000',
      showLegend: true,
      legendPos: 'b',
      legendFontFace: FONT,
      legendFontSize: 14,
      lang: LANG,
    },
  )
  const head = (text: string) => ({
    text,
    options: { bold: true, fill: { color: COLORS.panel }, align: 'center' as const },
  })
  const cell = (text: string) => ({ text, options: { align: 'right' as const } })
  slide.addTable(
    [
      [head('対象'), head('up'), head('stay'), head('down'), head('計')],
      ...groups.map((g) => {
        const c = row.counts[g]
        return [
          { text: GROUP_JA[g], options: { align: 'left' as const } },
          ...SURVEY_CHANGES.map((part) => cell(`${c[part]}人\n${share(c.percent[part])}`)),
          cell(`${c.total}人`),
        ]
      }),
    ],
    {
      x: MARGIN + 7.8,
      y: chartTop + 0.1,
      w: SLIDE_W - 2 * MARGIN - 7.8,
      colW: [1.6, 0.85, 0.85, 0.85, 0.58],
      fontFace: FONT,
      fontSize: 13,
      color: COLORS.ink,
      border: { type: 'solid', pt: 0.75, color: COLORS.line },
      valign: 'middle',
    },
  )
}

function addFreeTextSlides(pptx: PptxGenJS, report: SurveyReport): void {
  for (const item of report.freeText) {
    const pages = Math.max(1, Math.ceil(item.answers.length / FREE_PER_SLIDE))
    for (let p = 0; p < pages; p++) {
      const slide = pptx.addSlide()
      addBand(pptx, slide, `自由記述：${item.text}`, pages > 1 ? `${p + 1} / ${pages}` : '')
      const chunk = item.answers.slice(p * FREE_PER_SLIDE, (p + 1) * FREE_PER_SLIDE)
      addParas(
        slide,
        chunk.length === 0
          ? [para('回答はありません。', { color: COLORS.muted })]
          : chunk.map((a) =>
              para(
                `［${a.phase === 'pre' ? '事前' : '事後'}・${POSITION_LABELS[a.position].ja}］${a.text}`,
                { level: 1 },
              ),
            ),
        BODY,
        { size: 20, shrink: true },
      )
    }
  }
}

/** Bytes of the survey's .pptx. */
export async function buildSurveyPptx(input: SurveyDeckInput): Promise<Uint8Array> {
  // pptxgenjs escapes markup but keeps control characters, which make a part invalid XML.
  const safe = xmlSafeDeep(input)
  const { report } = safe
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  pptx.title = `${safe.title} 事前・事後アンケート結果`
  pptx.subject = '事前・事後アンケート結果'
  pptx.company = ''
  pptx.author = 'TaneBoard'
  addTitleSlide(pptx, safe)
  const total = report.sections.reduce((n, s) => n + s.rows.length, 0)
  let n = 0
  if (report.people.all > 0) {
    for (const section of report.sections) {
      addReadingSlide(pptx, section, report.definition)
      for (const row of section.rows) {
        n++
        addItemSlide(pptx, row, section, report.groups, `${n} / ${total}`)
      }
    }
  }
  addFreeTextSlides(pptx, report)
  const out = await pptx.write({ outputType: 'uint8array' })
  const bytes = out instanceof ArrayBuffer ? new Uint8Array(out) : out
  if (!(bytes instanceof Uint8Array))
    throw new Error('pptxgenjs returned an unexpected output type')
  const zip = await JSZip.loadAsync(bytes)
  await applyJapaneseFonts(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
}
