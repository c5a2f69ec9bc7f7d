import type PptxGenJS from 'pptxgenjs'
import type { Theme2WorksheetSlide, WorksheetPart } from '../../shared/export/exportTypes'
import { estimateLines } from '../../shared/export/textSize'
import { BODY, COLORS, FONT, LANG, MIN_PT } from './pptxLayout'

/**
 * The 問1-問5 worksheet as a native table laid out like the participants' paper sheet: each
 * question as a shaded band across the table, the column headings of 問4 and 問5, then the rows
 * (label, one cell across both columns or two cells). The font size is the largest (from 16 pt)
 * at which the estimated rows fit the slide's body.
 */

const LABEL_W = 1.9
const START_PT = 16

type Cell = PptxGenJS.TableCell

function partRows(part: WorksheetPart, pt: number): Cell[][] {
  const base = {
    fontFace: FONT,
    lang: LANG,
    fontSize: pt,
    color: COLORS.ink,
    valign: 'top' as const,
  }
  const rows: Cell[][] = [
    [
      {
        text: `${part.number}${part.question}`,
        options: { ...base, colspan: 3, bold: true, fill: { color: COLORS.panel } },
      },
    ],
  ]
  if (part.columns.length > 0) {
    rows.push([
      { text: '', options: base },
      ...part.columns.map((c) => ({
        text: c,
        options: { ...base, bold: true, color: COLORS.muted },
      })),
    ])
  }
  for (const row of part.rows) {
    const label = { text: row.label, options: { ...base, bold: true } }
    rows.push(
      row.cells.length === 1
        ? [label, { text: row.cells[0] ?? '', options: { ...base, colspan: 2 } }]
        : [label, ...row.cells.map((c) => ({ text: c, options: base }))],
    )
  }
  if (part.more > 0) {
    rows.push([
      {
        text: `ほか${String(part.more)}件（テーマ2のページに一覧）`,
        options: { ...base, colspan: 3, color: COLORS.muted },
      },
    ])
  }
  return rows
}

/** Estimated table height (in) at a size: every row's tallest cell, with cell margins. */
function tableHeight(parts: readonly WorksheetPart[], pt: number): number {
  const colW = (BODY.w - LABEL_W) / 2
  const chars = (w: number) => Math.max(4, ((w - 0.2) * 72 * 0.95) / pt)
  const line = (pt * 1.2) / 72
  let h = 0
  for (const part of parts) {
    h += estimateLines(`${part.number}${part.question}`, chars(BODY.w)) * line + 0.1
    if (part.columns.length > 0) h += line + 0.1
    for (const row of part.rows) {
      const w = row.cells.length === 1 ? colW * 2 : colW
      h += Math.max(1, ...row.cells.map((c) => estimateLines(c, chars(w)))) * line + 0.1
    }
    if (part.more > 0) h += line + 0.1
  }
  return h
}

export function addTheme2Worksheet(slide: PptxGenJS.Slide, model: Theme2WorksheetSlide): void {
  let pt = START_PT
  while (pt > MIN_PT && tableHeight(model.parts, pt) > BODY.h) pt -= 0.5
  const rows = model.parts.flatMap((part) => partRows(part, pt))
  const colW = (BODY.w - LABEL_W) / 2
  slide.addTable(rows, {
    x: BODY.x,
    y: BODY.y,
    w: BODY.w,
    colW: [LABEL_W, colW, colW],
    border: { type: 'solid', pt: 0.75, color: COLORS.line },
    margin: 0.04,
    autoPage: false,
  })
}
