/**
 * A deterministic estimate of how much room a text takes, so that the export model can split
 * long content into several slides or pages without measuring fonts (src/shared has no DOM).
 *
 * Width: a full-width character (kanji, kana, full-width forms, most symbols) counts 1, a
 * half-width one (ASCII, Latin, half-width katakana) 0.5. Lines: every paragraph (text between
 * line breaks) wraps at `charsPerLine` full-width characters and takes at least one line.
 * The estimate ignores word wrapping and kinsoku; the default capacities leave room for that.
 */

/** How much text one slide or page holds below its title. */
export interface ExportCapacity {
  /** Full-width characters per line of the body text. */
  charsPerLine: number
  /** Body lines per slide or page (the slide title and the page header are not counted). */
  linesPerSlide: number
}

/**
 * Defaults, conservative so that real fonts fit:
 * - 16:9 slide (13.33 × 7.5 in): about 12.3 in of text width at 14 pt is 63 characters; 5.8 in
 *   below the title at 1.5 line spacing is 20 lines. 60 × 18 leaves a margin.
 * - A4 landscape (297 × 210 mm, 15 mm margins, 25 mm for the header and page number): 267 mm at
 *   10.5 pt (3.7 mm) is 72 characters; 155 mm at 1.6 line spacing is 26 lines. 70 × 24.
 * - A3 landscape (420 × 297 mm, same margins) at 12 pt: 92 characters, 35 lines. 90 × 32.
 * - The PPTX's 16:9 slide at 18 pt (read from the back of a hall): 12.3 in is 49 characters;
 *   6 in below the header at 1.3 line pitch is 18 lines. 46 × 15.
 */
export const EXPORT_CAPACITIES = {
  slide16x9: { charsPerLine: 60, linesPerSlide: 18 },
  a4Landscape: { charsPerLine: 70, linesPerSlide: 24 },
  a3Landscape: { charsPerLine: 90, linesPerSlide: 32 },
  pptx16x9: { charsPerLine: 46, linesPerSlide: 15 },
} as const satisfies Record<string, ExportCapacity>

/** The smallest capacity the paginator works with (smaller values are raised to it). */
const MIN_CAPACITY: ExportCapacity = { charsPerLine: 4, linesPerSlide: 3 }

/** A capacity with whole, sane numbers (a renderer may pass measured, fractional values). */
export function normalizeCapacity(capacity: Partial<ExportCapacity> | undefined): ExportCapacity {
  const base = EXPORT_CAPACITIES.slide16x9
  const pick = (value: number | undefined, fallback: number, min: number) =>
    value !== undefined && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback
  return {
    charsPerLine: pick(capacity?.charsPerLine, base.charsPerLine, MIN_CAPACITY.charsPerLine),
    linesPerSlide: pick(capacity?.linesPerSlide, base.linesPerSlide, MIN_CAPACITY.linesPerSlide),
  }
}

/** Half-width: below U+1100 (ASCII, Latin, Greek, Cyrillic…) and the half-width forms block. */
function isHalfWidth(code: number): boolean {
  return code < 0x1100 || (code >= 0xff61 && code <= 0xffdc) || (code >= 0xffe8 && code <= 0xffee)
}

/** Width of a one-line text in full-width characters. */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += isHalfWidth(char.codePointAt(0) ?? 0) ? 0.5 : 1
  return width
}

/** Lines a text takes when wrapped at `charsPerLine` (each paragraph at least one line). */
export function estimateLines(text: string, charsPerLine: number): number {
  const perLine = Math.max(1, charsPerLine)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += Math.max(1, Math.ceil(textWidth(paragraph) / perLine))
  }
  return lines
}
