import type PptxGenJS from 'pptxgenjs'
import { EMPTY_BLOCK_TEXT } from '../../shared/export/exportLabels'
import type {
  ExportField,
  PriorityGrid,
  Theme2Block,
  Theme2GridSlide,
  Theme2TopicSlide,
} from '../../shared/export/exportTypes'
import {
  addParas,
  BODY,
  BODY_PT,
  COLORS,
  FONT,
  headingPara,
  LANG,
  OVERFLOW_PT,
  para,
  twoColumns,
  type Box,
  type Para,
} from './pptxLayout'
import { blockHeading } from './pptxTheme1'
import { placeLabels, type GridPoint } from './pptxGridLabels'

/**
 * テーマ2: a topic (テーマ, 目指す姿, ★主たる原因, 地域課題; causes with their dots,
 * countermeasures with 採用 and 対象, 期待値／指標) over two columns, and the priority grids as
 * native shapes: axes, the axis labels, a circle per point with its number and a short label,
 * and the full texts listed under the plot.
 */

const none = (): Para => para(EMPTY_BLOCK_TEXT, { level: 1, color: COLORS.muted })

export function fieldParas(fields: readonly ExportField[]): Para[] {
  return fields.map((f) =>
    para(`${f.label}：${f.text === '' ? EMPTY_BLOCK_TEXT : f.text}`, { level: 1 }),
  )
}

function blockParas(block: Theme2Block): Para[] {
  const head = headingPara(blockHeading(block.heading, block.continued))
  switch (block.type) {
    case 'fields':
      return [head, ...fieldParas(block.fields)]
    case 'causes':
      return [
        head,
        ...(block.causes.length === 0 ? [none()] : []),
        ...block.causes.map((c) =>
          para(
            [
              `${String(c.n)}. `,
              c.isMain ? '★主たる原因　' : '',
              c.text,
              c.votes > 0 ? `（${String(c.votes)}票）` : '',
            ].join(''),
            { level: c.isSub ? 2 : 1, bold: c.isMain, ...(c.isMain ? { color: COLORS.main } : {}) },
          ),
        ),
      ]
    case 'measures':
      return [
        head,
        ...(block.measures.length === 0 ? [none()] : []),
        ...block.measures.map((m) =>
          para(
            [
              `${String(m.n)}. `,
              m.chosen ? '【採用】' : '',
              m.text,
              m.target !== '' ? `（対象：${m.target}）` : '',
            ].join(''),
            { level: 1, bold: m.chosen },
          ),
        ),
      ]
    case 'outcomes':
      return [
        head,
        ...(block.outcomes.length === 0 ? [none()] : []),
        ...block.outcomes.flatMap((o) => [
          para(`期待値：${o.expectation}`, { level: 1 }),
          ...(o.indicator !== '' ? [para(`指標：${o.indicator}`, { level: 2 })] : []),
        ]),
      ]
  }
}

export function addTheme2Topic(slide: PptxGenJS.Slide, model: Theme2TopicSlide): void {
  const groups = model.blocks.map(blockParas)
  for (const column of twoColumns(groups, BODY)) {
    addParas(slide, column.paras, column.box, {
      size: model.overflow ? OVERFLOW_PT : BODY_PT,
      shrink: model.overflow,
    })
  }
}

/** Sizes of a priority grid on a slide (pt; the circle in inches). */
export const GRID_STYLE = {
  heading: 20,
  axis: 14,
  number: 14,
  label: 14,
  legend: 16,
  diameter: 0.46,
  /** Longest label next to a point (the legend has the full text). */
  labelChars: 10,
} as const

/** The object names of a grid's shapes (the tests find them in the slide's XML). */
export const gridPointName = (grid: string, n: number) => `${grid}-point-${String(n)}`
export const gridLabelName = (grid: string, n: number) => `${grid}-label-${String(n)}`

function addGrid(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  grid: PriorityGrid,
  region: Box,
  overflow: boolean,
): void {
  const text = { fontFace: FONT, lang: LANG, color: COLORS.ink }
  slide.addText(grid.heading, {
    ...text,
    x: region.x,
    y: region.y,
    w: region.w,
    h: 0.45,
    fontSize: GRID_STYLE.heading,
    bold: true,
    color: COLORS.heading,
  })
  const plotH = Math.min(3.3, region.h * 0.56)
  const plot: Box = { x: region.x + 0.6, y: region.y + 0.55, w: region.w - 0.9, h: plotH }
  const line = { color: COLORS.line, width: 1 }
  // Quadrant lines, then the axes with arrow heads.
  slide.addShape(pptx.ShapeType.line, {
    x: plot.x + plot.w / 2,
    y: plot.y,
    w: 0,
    h: plot.h,
    line: { ...line, dashType: 'dash' },
  })
  slide.addShape(pptx.ShapeType.line, {
    x: plot.x,
    y: plot.y + plot.h / 2,
    w: plot.w,
    h: 0,
    line: { ...line, dashType: 'dash' },
  })
  slide.addShape(pptx.ShapeType.line, {
    x: plot.x,
    y: plot.y + plot.h,
    w: plot.w,
    h: 0,
    line: { color: COLORS.ink, width: 1.5, endArrowType: 'triangle' },
  })
  slide.addShape(pptx.ShapeType.line, {
    x: plot.x,
    y: plot.y,
    w: 0,
    h: plot.h,
    line: { color: COLORS.ink, width: 1.5, beginArrowType: 'triangle' },
  })
  const axisH = 0.32
  slide.addText(`${grid.xLabel} →`, {
    ...text,
    x: plot.x,
    y: plot.y + plot.h + 0.02,
    w: plot.w,
    h: axisH,
    fontSize: GRID_STYLE.axis,
    align: 'right',
    margin: 0,
  })
  slide.addText(`${grid.yLabel} →`, {
    ...text,
    x: region.x - 0.1 - plot.h / 2 + 0.35,
    y: plot.y + plot.h / 2 - axisH / 2,
    w: plot.h,
    h: axisH,
    fontSize: GRID_STYLE.axis,
    align: 'right',
    rotate: 270,
    margin: 0,
  })
  const d = GRID_STYLE.diameter
  const points: GridPoint[] = grid.points.map((p) => ({
    cx: plot.x + Math.min(1, Math.max(0, p.x)) * plot.w,
    cy: plot.y + (1 - Math.min(1, Math.max(0, p.y))) * plot.h,
    label: p.label,
  }))
  // Labels stay between the y axis and the region's right edge, above the x axis's words.
  const labelRegion: Box = {
    x: plot.x + 0.05,
    y: region.y + 0.45,
    w: region.x + region.w - plot.x - 0.05,
    h: plot.y + plot.h - (region.y + 0.45),
  }
  grid.points.forEach((p, i) => {
    const at = points[i]
    if (!at) return
    slide.addText(p.isMain ? `★${String(p.n)}` : String(p.n), {
      ...text,
      objectName: gridPointName(grid.key, p.n),
      shape: pptx.ShapeType.ellipse,
      x: at.cx - d / 2,
      y: at.cy - d / 2,
      w: d,
      h: d,
      fontSize: p.isMain ? GRID_STYLE.number - 2 : GRID_STYLE.number,
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
      fill: { color: p.isMain ? COLORS.pointMain : COLORS.point },
      line: { color: p.isMain ? COLORS.main : COLORS.heading, width: 1 },
    })
  })
  const style = { pt: GRID_STYLE.label, diameter: d, maxChars: GRID_STYLE.labelChars }
  for (const placed of placeLabels(points, labelRegion, style)) {
    const p = grid.points[placed.index]
    if (!p) continue
    slide.addText(placed.text, {
      ...text,
      objectName: gridLabelName(grid.key, p.n),
      ...placed.box,
      fontSize: GRID_STYLE.label,
      color: COLORS.ink,
      margin: 0,
      wrap: false,
      valign: 'middle',
    })
  }
  const legendY = plot.y + plot.h + axisH + 0.08
  const legend: Para[] =
    grid.points.length === 0
      ? [para(EMPTY_BLOCK_TEXT, { color: COLORS.muted })]
      : grid.points.map((p) =>
          para(`${p.isMain ? '★' : ''}${String(p.n)}. ${p.label}`, { bold: p.isMain }),
        )
  addParas(
    slide,
    legend,
    { x: region.x, y: legendY, w: region.w, h: region.y + region.h - legendY },
    { size: GRID_STYLE.legend, shrink: overflow },
  )
}

export function addTheme2Grid(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  model: Theme2GridSlide,
): void {
  const count = Math.max(1, model.grids.length)
  const gap = 0.4
  const w = (BODY.w - gap * (count - 1)) / count
  model.grids.forEach((grid, i) => {
    const region = { ...BODY, x: BODY.x + i * (w + gap), w }
    addGrid(pptx, slide, grid, region, model.overflow)
  })
}
