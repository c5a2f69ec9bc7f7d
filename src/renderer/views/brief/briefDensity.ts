import { BRIEF_PARTS, type BriefPart } from '../../../shared/model/schemas'

/**
 * How tightly the 伝達シート is set on paper. A normally filled sheet prints at 10.5pt on one A4
 * page; fuller sheets step down to 9.5pt and 8.5pt (still readable on paper); beyond that the
 * sheet flows onto a second page rather than shrinking further or cutting text off.
 */
export type BriefDensity = 'normal' | 'dense' | 'denser'

/** Characters of one printed line at 10.5pt across the text column of the A4 sheet. */
const CHARS_PER_LINE = 40
/** An empty part keeps room for two handwritten lines. */
const EMPTY_PART_LINES = 2
/** Printed text lines (at 10.5pt) that fit on one page beside the headings, per density. */
const NORMAL_MAX_LINES = 34
const DENSE_MAX_LINES = 44

/** Lines a text takes on paper at 10.5pt: its own lines, each wrapped at CHARS_PER_LINE. */
export function printedLines(text: string): number {
  if (text.trim() === '') return EMPTY_PART_LINES
  return text
    .split('\n')
    .reduce(
      (sum, line) => sum + Math.max(1, Math.ceil(Array.from(line).length / CHARS_PER_LINE)),
      0,
    )
}

/** The density that keeps a sheet with these parts on one page (as far as shrinking allows). */
export function briefDensity(texts: Record<BriefPart, string>): BriefDensity {
  const lines = BRIEF_PARTS.reduce((sum, part) => sum + printedLines(texts[part]), 0)
  if (lines <= NORMAL_MAX_LINES) return 'normal'
  if (lines <= DENSE_MAX_LINES) return 'dense'
  return 'denser'
}
