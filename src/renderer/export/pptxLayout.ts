import type PptxGenJS from 'pptxgenjs'
import { estimateLines } from '../../shared/export/textSize'

/**
 * The shared vocabulary of the PPTX deck: slide geometry (inches, LAYOUT_WIDE 13.33 × 7.5),
 * colours, the Japanese font, and text as paragraphs of runs. Text boxes get a font size chosen
 * from the same deterministic width estimate the export model paginates with (textSize.ts), so a
 * box's text fits without measuring fonts; no DOM, no Node: this runs in the renderer and in Node.
 */

/**
 * The deck's type: 游ゴシック, which Windows (8.1 and later) and Office for Mac have, so a
 * municipal PC shows the slides as made without installing anything. pptxFonts.ts writes it with
 * the Japanese character set, so a PC without it substitutes a Japanese gothic (メイリオ, MS P
 * ゴシック) rather than a Chinese font.
 */
export const FONT = '游ゴシック'
export const LANG = 'ja-JP'

export const SLIDE_W = 13.333
export const SLIDE_H = 7.5
export const MARGIN = 0.4
export const HEAD_H = 0.8
export const FOOT_H = 0.4

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Where a slide's content goes: below the header band, above the footer. */
export const BODY: Box = {
  x: MARGIN,
  y: HEAD_H + 0.15,
  w: SLIDE_W - 2 * MARGIN,
  h: SLIDE_H - HEAD_H - 0.15 - FOOT_H - 0.05,
}

export const COLORS = {
  ink: '1F2933',
  muted: '5B6770',
  band: '2E4A62',
  bandText: 'FFFFFF',
  heading: '2E4A62',
  tag: 'B45309',
  main: 'C2410C',
  line: '9AA5B1',
  panel: 'F3F6F9',
  point: 'DCEBF7',
  pointMain: 'FDE2CF',
} as const

/**
 * Body text size of a slide, large enough to read from the back of a hall (the model's
 * EXPORT_CAPACITIES.pptx16x9, 46 × 15, is computed for 18 pt).
 */
export const BODY_PT = 18
/** Start size of a slide the model flags `overflow` (one item taller than a slide). */
export const OVERFLOW_PT = 16
export const MIN_PT = 10
/** Exact line pitch as a multiple of the font size (Noto Sans JP's own is about 1.45). */
const LINE = 1.3
/** Space before a heading paragraph, in points. */
const GAP_PT = 6
/** Bullet indent step, in points. */
const INDENT_PT = 14
/** Text box insets (pptxgenjs default 0.1 in left and right, 0.05 in top and bottom). */
const INSET_W = 0.2
const INSET_H = 0.1

/**
 * One paragraph in one style. (pptxgenjs 4.0.1 writes an `<a:pPr>` before every run of a
 * paragraph, which breaks the OOXML schema and makes older PowerPoint ask to repair the file, so
 * every paragraph here is a single run: marks such as 【タネ】 are part of its text.)
 */
export interface Para {
  text: string
  bold?: boolean
  color?: string
  /** 0: flush left; 1, 2: a bullet 「•」 indented by that many steps. */
  level?: 0 | 1 | 2
  /** Space above (a heading that is not the first paragraph). */
  gap?: boolean
}

export function para(text: string, options: Omit<Para, 'text'> = {}): Para {
  return { text, ...options }
}

export function headingPara(text: string): Para {
  return { text, bold: true, color: COLORS.heading, gap: true }
}

/** A paragraph holding line breaks becomes several in its style; blank lines are dropped. */
function splitBreaks(p: Para): Para[] {
  if (!p.text.includes('\n')) return [p]
  const pieces = p.text.split(/\r?\n/).filter((piece) => piece.trim() !== '')
  if (pieces.length === 0) return [{ ...p, text: '' }]
  return pieces.map((text, i) => ({ ...p, text, gap: i === 0 ? p.gap : false }))
}

function indentPt(p: Para): number {
  return p.level === undefined || p.level === 0 ? 0 : INDENT_PT * (p.level + 1)
}

/** Estimated height in points of paragraphs at a font size in a box of a width (inches). */
export function parasHeightPt(paras: readonly Para[], widthIn: number, pt: number): number {
  const usable = (widthIn - INSET_W) * 72 * 0.95
  let height = 0
  paras.flatMap(splitBreaks).forEach((p, i) => {
    const chars = Math.max(4, (usable - indentPt(p)) / pt)
    height += estimateLines(p.text, chars) * pt * LINE
    if (p.gap === true && i > 0) height += GAP_PT
  })
  return height
}

/** The largest size from `start` down (half points) at which the paragraphs fit the box. */
export function fitSize(paras: readonly Para[], box: Box, start: number): number {
  const room = (box.h - INSET_H) * 72
  for (let pt = start; pt > MIN_PT; pt -= 0.5) {
    if (parasHeightPt(paras, box.w, pt) <= room) return pt
  }
  return MIN_PT
}

/** pptxgenjs text runs, one per paragraph. */
export function toRuns(paras: readonly Para[], pt: number): PptxGenJS.TextProps[] {
  const lines = paras.flatMap(splitBreaks)
  return lines.map((p, i) => {
    const level = p.level ?? 0
    return {
      text: p.text,
      options: {
        fontFace: FONT,
        lang: LANG,
        fontSize: pt,
        color: p.color ?? COLORS.ink,
        bold: p.bold === true,
        breakLine: i < lines.length - 1,
        bullet: level > 0 ? { characterCode: '2022', indent: INDENT_PT } : false,
        indentLevel: level > 0 ? level - 1 : 0,
        lineSpacing: Math.round(pt * LINE * 10) / 10,
        paraSpaceBefore: p.gap === true && i > 0 ? GAP_PT : 0,
      },
    }
  })
}

export interface TextBoxOptions {
  /** Start size (default BODY_PT); the size is lowered until the text fits. */
  size?: number
  /** Add PowerPoint's "shrink text on overflow" as well (slides flagged `overflow`). */
  shrink?: boolean
  fill?: string
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'middle' | 'bottom'
}

/** A text box with paragraphs, its font size fitted to the box. Returns the size used. */
export function addParas(
  slide: PptxGenJS.Slide,
  paras: readonly Para[],
  box: Box,
  options: TextBoxOptions = {},
): number {
  const pt = fitSize(paras, box, options.size ?? BODY_PT)
  slide.addText(toRuns(paras, pt), {
    ...box,
    fontFace: FONT,
    lang: LANG,
    fontSize: pt,
    color: COLORS.ink,
    valign: options.valign ?? 'top',
    align: options.align ?? 'left',
    ...(options.fill !== undefined ? { fill: { color: options.fill } } : {}),
    ...(options.shrink === true ? { fit: 'shrink' as const } : {}),
  })
  return pt
}

/** Estimated height (points, at BODY_PT) of a group of paragraphs in a column of a width. */
export function groupWeight(paras: readonly Para[], widthIn: number): number {
  return parasHeightPt(paras, widthIn, BODY_PT)
}

/**
 * Blocks (each a list of paragraphs) in reading order over two columns: the split point that
 * evens the columns out. One block (or none) takes the whole width.
 */
export function twoColumns(groups: readonly Para[][], box: Box): { paras: Para[]; box: Box }[] {
  if (groups.length <= 1) return [{ paras: groups.flat(), box }]
  const gap = 0.3
  const colW = (box.w - gap) / 2
  const weights = groups.map((g) => groupWeight(g, colW))
  const total = weights.reduce((a, b) => a + b, 0)
  let best = 1
  let bestMax = Infinity
  let left = 0
  for (let k = 1; k < groups.length; k += 1) {
    left += weights[k - 1] ?? 0
    const worst = Math.max(left, total - left)
    if (worst < bestMax) {
      bestMax = worst
      best = k
    }
  }
  return [
    { paras: groups.slice(0, best).flat(), box: { ...box, w: colW } },
    { paras: groups.slice(best).flat(), box: { ...box, x: box.x + colW + gap, w: colW } },
  ]
}
