import { textWidth } from '../../shared/export/textSize'
import type { Box } from './pptxLayout'

/**
 * Where the short label of each point of a priority grid goes on a slide, so that no label
 * overlaps another label or any point's circle, and none leaves the grid's region (nothing is
 * cut by the slide's edge or the next grid). Positions are tried in order around the point
 * (right, left, above, below, then the diagonals); a label that fits nowhere is shortened
 * (「…」) and tried again, and as a last resort left out: the point keeps its number and the
 * legend under the plot lists every full text. Pure and deterministic (same points, same
 * places), in inches.
 */

export interface GridPoint {
  /** Centre of the point's circle. */
  cx: number
  cy: number
  label: string
}

export interface PlacedLabel {
  /** Index into the points. */
  index: number
  text: string
  box: Box
}

export interface LabelStyle {
  /** Label font size (pt). */
  pt: number
  /** Circle diameter (in). */
  diameter: number
  /** Longest label in characters before shortening. */
  maxChars: number
}

/** Room kept between labels, circles and the region's edge (in). */
const GAP = 0.04
/** Extra width over the estimate, for a real font's wider glyphs and PowerPoint's rounding. */
const SLACK = 1.12

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' })
  return Array.from(segmenter.segment(text.replace(/\s+/g, ' ').trim()), (s) => s.segment)
}

/** The label cut to `max` characters with 「…」 when longer. */
export function shortened(text: string, max: number): string {
  const chars = graphemes(text)
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max)).join('')}…`
}

/** The box a one-line text needs at a size (in), with slack. */
export function labelSize(text: string, pt: number): { w: number; h: number } {
  return { w: (textWidth(text) * pt * SLACK) / 72 + 0.04, h: (pt * 1.35) / 72 }
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
  )
}

function inside(box: Box, region: Box): boolean {
  return (
    box.x >= region.x &&
    box.y >= region.y &&
    box.x + box.w <= region.x + region.w &&
    box.y + box.h <= region.y + region.h
  )
}

function candidates(p: GridPoint, size: { w: number; h: number }, r: number): Box[] {
  const { w, h } = size
  const d = r + GAP * 2
  const at = (x: number, y: number): Box => ({ x, y, w, h })
  return [
    at(p.cx + d, p.cy - h / 2), // right
    at(p.cx - d - w, p.cy - h / 2), // left
    at(p.cx - w / 2, p.cy - d - h), // above
    at(p.cx - w / 2, p.cy + d), // below
    at(p.cx + d * 0.7, p.cy - d * 0.7 - h), // upper right
    at(p.cx + d * 0.7, p.cy + d * 0.7), // lower right
    at(p.cx - d * 0.7 - w, p.cy - d * 0.7 - h), // upper left
    at(p.cx - d * 0.7 - w, p.cy + d * 0.7), // lower left
  ]
}

/** Circles of every point as boxes (a label may touch none of them). */
export function circleBoxes(points: readonly GridPoint[], diameter: number): Box[] {
  return points.map((p) => ({
    x: p.cx - diameter / 2,
    y: p.cy - diameter / 2,
    w: diameter,
    h: diameter,
  }))
}

export function placeLabels(
  points: readonly GridPoint[],
  region: Box,
  style: LabelStyle,
): PlacedLabel[] {
  const circles = circleBoxes(points, style.diameter)
  const taken: Box[] = []
  const placed: PlacedLabel[] = []
  // Top to bottom, then left to right: neighbours are met in a stable order.
  const order = points
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.cy - b.p.cy || a.p.cx - b.p.cx)
  for (const { p, index } of order) {
    const full = graphemes(p.label).length
    for (let max = Math.min(full, style.maxChars); max >= 3; max -= 1) {
      const text = shortened(p.label, max)
      const size = labelSize(text, style.pt)
      const box = candidates(p, size, style.diameter / 2).find(
        (c) =>
          inside(c, region) &&
          !circles.some((circle) => overlaps(c, circle, GAP)) &&
          !taken.some((t) => overlaps(c, t, GAP)),
      )
      if (box) {
        taken.push(box)
        placed.push({ index, text, box })
        break
      }
    }
  }
  return placed.sort((a, b) => a.index - b.index)
}
