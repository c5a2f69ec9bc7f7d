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

/** The first characters of a label, for next to its point. */
function shortLabel(text: string, max = 8): string {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' })
  const chars = Array.from(segmenter.segment(text.replace(/\s+/g, ' ')), (s) => s.segment)
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`
}

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
    h: 0.4,
    fontSize: 16,
    bold: true,
    color: COLORS.heading,
  })
  const plotH = Math.min(3.3, region.h * 0.58)
  const plot: Box = { x: region.x + 0.6, y: region.y + 0.45, w: region.w - 0.9, h: plotH }
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
  slide.addText(`${grid.xLabel} →`, {
    ...text,
    x: plot.x,
    y: plot.y + plot.h,
    w: plot.w,
    h: 0.3,
    fontSize: 11,
    align: 'right',
  })
  slide.addText(`${grid.yLabel} →`, {
    ...text,
    x: region.x - 0.1 - plot.h / 2 + 0.35,
    y: plot.y + plot.h / 2 - 0.15,
    w: plot.h,
    h: 0.3,
    fontSize: 11,
    align: 'right',
    rotate: 270,
  })
  const d = 0.34
  for (const p of grid.points) {
    const cx = plot.x + Math.min(1, Math.max(0, p.x)) * plot.w
    const cy = plot.y + (1 - Math.min(1, Math.max(0, p.y))) * plot.h
    slide.addText(p.isMain ? `★${String(p.n)}` : String(p.n), {
      ...text,
      shape: pptx.ShapeType.ellipse,
      x: cx - d / 2,
      y: cy - d / 2,
      w: d,
      h: d,
      fontSize: 10,
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
      fill: { color: p.isMain ? COLORS.pointMain : COLORS.point },
      line: { color: p.isMain ? COLORS.main : COLORS.heading, width: 1 },
    })
    slide.addText(shortLabel(p.label), {
      ...text,
      x: cx + d / 2,
      y: cy - 0.13,
      w: 1.6,
      h: 0.26,
      fontSize: 9,
      color: COLORS.muted,
      margin: 0,
    })
  }
  const legendY = plot.y + plot.h + 0.35
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
    { size: 12, shrink: overflow },
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
    addGrid(pptx, slide, grid, { ...BODY, x: BODY.x + i * (w + gap), w }, model.overflow)
  })
}
