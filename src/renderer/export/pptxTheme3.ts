import type PptxGenJS from 'pptxgenjs'
import { EMPTY_BLOCK_TEXT } from '../../shared/export/exportLabels'
import type {
  CanvasAreaBlock,
  Theme3Block,
  Theme3BriefSlide,
  Theme3CanvasSlide,
} from '../../shared/export/exportTypes'
import { refMark } from '../../shared/export/theme3Export'
import {
  addParas,
  BODY,
  BODY_PT,
  COLORS,
  FONT,
  groupWeight,
  headingPara,
  LANG,
  MIN_PT,
  OVERFLOW_PT,
  para,
  parasHeightPt,
  type Box,
  type Para,
} from './pptxLayout'
import { blockHeading } from './pptxTheme1'
import { fieldParas } from './pptxTheme2'

/**
 * テーマ3: the canvas with its 地域課題 on top, the four areas as a 2 × 2 (a 参照 marked with
 * its source), 稲城市's questions below; and the 伝達シート as a two-column table
 * (part | text).
 */

function blockParas(block: Theme3Block): Para[] {
  const head = headingPara(blockHeading(block.heading, block.continued))
  switch (block.type) {
    case 'fields':
      return [head, ...fieldParas(block.fields)]
    case 'canvasArea':
      return [
        head,
        ...(block.notes.length === 0
          ? [para(EMPTY_BLOCK_TEXT, { level: 1, color: COLORS.muted })]
          : block.notes.map((n) =>
              para(`${n.ref ? `【${refMark(n)}】` : ''}${n.text}`, { level: 1 }),
            )),
      ]
    case 'qa':
      return [
        head,
        ...block.qas.flatMap((qa) => [
          para(`Q. ${qa.question}`, { level: 1, bold: true }),
          para(`A. ${qa.answer === '' ? EMPTY_BLOCK_TEXT : qa.answer}`, { level: 2 }),
        ]),
      ]
  }
}

interface Cell {
  paras: Para[]
  panel: boolean
}

/** Rows of cells stacked in the body, each row as tall as its estimated content asks. */
function stackRows(rows: Cell[][], body: Box): { cell: Cell; box: Box }[] {
  const gap = 0.15
  const colGap = 0.2
  const minH = 0.7
  const weights = rows.map((row) => {
    const w = (body.w - colGap * (row.length - 1)) / row.length
    return Math.max(...row.map((c) => groupWeight(c.paras, w)))
  })
  const free = body.h - gap * (rows.length - 1) - minH * rows.length
  const total = weights.reduce((a, b) => a + b, 0) || 1
  const out: { cell: Cell; box: Box }[] = []
  let y = body.y
  rows.forEach((row, r) => {
    const h = minH + Math.max(0, free) * ((weights[r] ?? 0) / total)
    const w = (body.w - colGap * (row.length - 1)) / row.length
    row.forEach((cell, c) => out.push({ cell, box: { x: body.x + c * (w + colGap), y, w, h } }))
    y += h + gap
  })
  return out
}

export function addTheme3Canvas(slide: PptxGenJS.Slide, model: Theme3CanvasSlide): void {
  const areas = model.blocks.filter((b): b is CanvasAreaBlock => b.type === 'canvasArea')
  const top = model.blocks.filter((b) => b.type === 'fields')
  const bottom = model.blocks.filter((b) => b.type === 'qa')
  const cell = (b: Theme3Block, panel: boolean): Cell => ({ paras: blockParas(b), panel })
  const rows: Cell[][] = []
  if (top.length > 0) rows.push([{ paras: top.flatMap(blockParas), panel: false }])
  for (let i = 0; i < areas.length; i += 2) {
    rows.push(areas.slice(i, i + 2).map((a) => cell(a, true)))
  }
  if (bottom.length > 0) rows.push([{ paras: bottom.flatMap(blockParas), panel: false }])
  for (const { cell: c, box } of stackRows(rows, BODY)) {
    addParas(slide, c.paras, box, {
      size: model.overflow ? OVERFLOW_PT : BODY_PT,
      shrink: model.overflow,
      ...(c.panel ? { fill: COLORS.panel } : {}),
    })
  }
}

const LABEL_W = 2.6
const CELL_MARGIN: [number, number, number, number] = [0.06, 0.1, 0.06, 0.1]

/** The largest size at which the table's rows fit the body. */
function briefSize(model: Theme3BriefSlide, start: number): number {
  const textW = BODY.w - LABEL_W
  const rowPad = (CELL_MARGIN[0] + CELL_MARGIN[2]) * 72
  for (let pt = start; pt > MIN_PT; pt -= 0.5) {
    let height = 0
    for (const block of model.blocks) {
      const label = parasHeightPt([para(block.heading)], LABEL_W, pt)
      const lines = block.lines.length === 0 ? [EMPTY_BLOCK_TEXT] : block.lines
      const text = parasHeightPt(
        lines.map((l) => para(l)),
        textW,
        pt,
      )
      height += Math.max(label, text) + rowPad
    }
    if (height <= BODY.h * 72) return pt
  }
  return MIN_PT
}

export function addTheme3Brief(slide: PptxGenJS.Slide, model: Theme3BriefSlide): void {
  const pt = briefSize(model, model.overflow ? OVERFLOW_PT : BODY_PT)
  const base = { fontFace: FONT, lang: LANG, fontSize: pt, color: COLORS.ink }
  const rows: PptxGenJS.TableRow[] = model.blocks.map((block) => {
    const lines = block.lines.length === 0 ? [EMPTY_BLOCK_TEXT] : block.lines
    return [
      {
        text: blockHeading(block.heading, block.continued),
        options: { ...base, bold: true, color: COLORS.heading, fill: { color: COLORS.panel } },
      },
      {
        text: lines.map((line, i) => ({
          text: line,
          options: { ...base, breakLine: i < lines.length - 1 },
        })),
        options: base,
      },
    ]
  })
  slide.addTable(rows, {
    x: BODY.x,
    y: BODY.y,
    w: BODY.w,
    colW: [LABEL_W, BODY.w - LABEL_W],
    margin: CELL_MARGIN,
    valign: 'top',
    border: { type: 'solid', pt: 0.75, color: COLORS.line },
    ...base,
  })
}
