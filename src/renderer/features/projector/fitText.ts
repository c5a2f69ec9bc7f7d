/**
 * Text fitting for the projector: how large a note's text can be so that all of it fits in the
 * note, and, when it cannot fit even at the smallest size allowed, how many lines to show.
 *
 * Pure: glyph widths come from `charWidth` (width of one character at 1px, i.e. in em), measured
 * once per character by the caller (a canvas) and cached. The line breaking follows the page's
 * CSS closely enough to size text: `line-break: strict` (no 、。」ー or small kana at a line start,
 * no 「（ at a line end), breaks between any two CJK characters, Latin words kept whole unless a
 * word is wider than the line (`overflow-wrap: anywhere`), explicit line breaks kept.
 */

/** Width of one character (a code point) at a font size of 1px. */
export type CharWidth = (char: string) => number

export interface FitOptions {
  /** The size to use when the text fits (the user's chosen size). */
  maxPx: number
  /** The smallest size allowed; below it the text is clamped instead. */
  minPx: number
  /** CSS line-height as a multiple of the font size. */
  lineHeight: number
}

export interface TextFit {
  fontPx: number
  /** Lines of the text at fontPx. */
  totalLines: number
  /** Lines shown; the last one ends with an ellipsis when some are hidden. */
  visibleLines: number
  hiddenLines: number
}

/** Characters that may not start a line (kinsoku, strict). */
const NO_LINE_START = new Set(
  '、。，．,.:;!?！？：；）〕］｝〉》」』】〙〗〟’”)]}ー－〜～…‥・ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%％°′″',
)
/** Characters that may not end a line. */
const NO_LINE_END = new Set('（〔［｛〈《「『【〘〖〝‘“([{')

/** Scripts that break between any two characters (CJK, kana, full-width forms). */
function isCjk(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff) ||
    (code >= 0x1f000 && code <= 0x1faff)
  )
}

const isSpace = (char: string) => char === ' ' || char === '\u3000' || char === '\t'

/**
 * A paragraph as units that are never split across lines (unless wider than a line): a CJK
 * character with the punctuation that must stay with it, a Latin word, or a space.
 */
export function breakUnits(paragraph: string): string[] {
  const units: string[] = []
  let word = ''
  let carry = '' // opening brackets waiting for the next unit
  const push = (unit: string) => {
    units.push(carry + unit)
    carry = ''
  }
  const flushWord = () => {
    if (word) push(word)
    word = ''
  }
  for (const char of paragraph) {
    if (NO_LINE_START.has(char) && (word || units.length > 0) && !carry) {
      if (word) word += char
      else units[units.length - 1] = `${units[units.length - 1] ?? ''}${char}`
      continue
    }
    if (NO_LINE_END.has(char)) {
      flushWord()
      carry += char
      continue
    }
    if (isSpace(char)) {
      flushWord()
      if (carry) carry += char
      else units.push(char)
      continue
    }
    if (isCjk(char)) {
      flushWord()
      push(char)
      continue
    }
    if (carry && !word) {
      word = carry
      carry = ''
    }
    word += char
  }
  flushWord()
  if (carry) units.push(carry)
  return units
}

function unitWidth(unit: string, charWidth: CharWidth): number {
  let width = 0
  for (const char of unit) width += charWidth(char)
  return width
}

/** Number of lines `text` takes in a box `widthEm` wide (width / font size). */
export function countLines(text: string, widthEm: number, charWidth: CharWidth): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += paragraphLines(breakUnits(paragraph), widthEm, charWidth)
  }
  return lines
}

function paragraphLines(units: readonly string[], widthEm: number, charWidth: CharWidth): number {
  if (units.length === 0) return 1
  let lines = 1
  let used = 0
  for (const unit of units) {
    const width = unitWidth(unit, charWidth)
    const spaces = unit.trim() === ''
    if (used + width <= widthEm + 1e-6 || (spaces && used > 0)) {
      // Spaces at the end of a line hang (they never wrap it).
      used += width
      continue
    }
    if (used > 0) {
      lines += 1
      used = 0
    }
    if (spaces) continue
    if (width <= widthEm + 1e-6) {
      used = width
      continue
    }
    // Wider than a line: broken anywhere (overflow-wrap: anywhere).
    for (const char of unit) {
      const w = charWidth(char)
      if (used + w > widthEm + 1e-6 && used > 0) {
        lines += 1
        used = 0
      }
      used += w
    }
  }
  return lines
}

/**
 * The largest whole font size in [minPx, maxPx] at which `text` fits a box of `width` × `height`
 * px; when none does, minPx with as many lines as fit (at least one) and the rest hidden.
 */
export function fitText(
  text: string,
  box: { width: number; height: number },
  options: FitOptions,
  charWidth: CharWidth,
): TextFit {
  const maxPx = Math.max(1, Math.floor(options.maxPx))
  const minPx = Math.max(1, Math.min(maxPx, Math.floor(options.minPx)))
  const linesAt = (px: number) => countLines(text, box.width / px, charWidth)
  const fits = (px: number, lines: number) => lines * px * options.lineHeight <= box.height + 0.5

  const atMax = linesAt(maxPx)
  if (fits(maxPx, atMax))
    return { fontPx: maxPx, totalLines: atMax, visibleLines: atMax, hiddenLines: 0 }
  const atMin = linesAt(minPx)
  if (!fits(minPx, atMin)) {
    const visible = Math.max(1, Math.floor((box.height + 0.5) / (minPx * options.lineHeight)))
    const shown = Math.min(visible, atMin)
    return { fontPx: minPx, totalLines: atMin, visibleLines: shown, hiddenLines: atMin - shown }
  }
  // Binary search: fits at lo, does not fit at hi.
  let lo = minPx
  let hi = maxPx
  let loLines = atMin
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    const lines = linesAt(mid)
    if (fits(mid, lines)) {
      lo = mid
      loLines = lines
    } else {
      hi = mid
    }
  }
  return { fontPx: lo, totalLines: loLines, visibleLines: loLines, hiddenLines: 0 }
}

/**
 * fitText, then the user's text size on top (A＋ / A−). Smaller: the fitted size times `scale`.
 * Larger: the largest size up to the fitted size times `scale` at which all of the text still
 * fits. When none does, the note grows anyway, hiding the lines that no longer fit, by as much
 * as it had to shrink: a note at the floor by the full factor (A＋ is pressed because small
 * text cannot be read from the back of the room), a note at the full size (maxPx) not at all
 * (it stays whole), and in between in proportion.
 */
export function fitTextScaled(
  text: string,
  box: { width: number; height: number },
  options: FitOptions,
  scale: number,
  charWidth: CharWidth,
): TextFit {
  const base = fitText(text, box, options, charWidth)
  const target = Math.max(1, Math.round(base.fontPx * scale))
  if (target === base.fontPx) return base
  const at = (fontPx: number): TextFit => {
    const totalLines = countLines(text, box.width / fontPx, charWidth)
    const room = Math.max(1, Math.floor((box.height + 0.5) / (fontPx * options.lineHeight)))
    const visibleLines = Math.min(totalLines, room)
    return { fontPx, totalLines, visibleLines, hiddenLines: totalLines - visibleLines }
  }
  if (target < base.fontPx) return at(target)
  for (let px = target; px > base.fontPx; px -= 1) {
    const fit = at(px)
    if (fit.hiddenLines === 0) return fit
  }
  const span = Math.max(1, options.maxPx - options.minPx)
  const shrunk = Math.min(1, Math.max(0, (options.maxPx - base.fontPx) / span))
  const grown = Math.floor(base.fontPx + (target - base.fontPx) * shrunk)
  return grown > base.fontPx ? at(grown) : base
}
