import type { TextFit } from './fitText'
import { NOTE_LINE_HEIGHT } from './noteBox'

/** Lines of `element`'s text at `fontPx` as the browser lays them out, with no line clamp. */
function linesAt(element: HTMLElement, fontPx: number): number {
  element.style.fontSize = `${String(fontPx)}px`
  return Math.round(element.scrollHeight / (fontPx * NOTE_LINE_HEIGHT))
}

/**
 * Whether a line of the laid-out text holds one lone character of a longer paragraph
 * (「…分からな／い」): read character by character with Range.getClientRects.
 */
export function hasLoneCharacterLine(element: HTMLElement): boolean {
  const paragraphs = element.textContent.split('\n').map((p) => p.replace(/\s/g, '').length)
  const range = document.createRange()
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let paragraph = 0
  let lineTop = Number.NaN
  let lineChars = 0
  const loneLine = () => lineChars === 1 && (paragraphs[paragraph] ?? 0) > 1
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? ''
    let offset = 0
    for (const char of value) {
      const start = offset
      offset += char.length
      if (char === '\n') {
        if (loneLine()) return true
        paragraph += 1
        lineTop = Number.NaN
        lineChars = 0
        continue
      }
      if (/\s/.test(char)) continue
      range.setStart(node, start)
      range.setEnd(node, offset)
      const rect = range.getClientRects()[0]
      if (!rect) continue
      if (Number.isNaN(lineTop) || Math.abs(rect.top - lineTop) > rect.height / 2) {
        if (loneLine()) return true
        lineTop = rect.top
        lineChars = 0
      }
      lineChars += 1
    }
  }
  return loneLine()
}

/** How far a note may shrink below its size to keep a lone character off a line. */
const LONE_SHRINK = 0.85

/** A fit as laid out, and whether its lines break between phrases (else between characters). */
export interface LaidOutFit {
  fit: TextFit
  byPhrase: boolean
}

/**
 * The estimate (fitText) checked against the browser's layout of the note's text element, where
 * Japanese breaks between phrases (which the estimate cannot know). The first that works, every
 * line inside `boxHeight`:
 * 1. breaks between phrases, no line one lone character, down to 85% of the estimated size;
 * 2. breaks between characters (a phrase longer than a line: 「MSWや／退院支援看護師の／声」),
 *    no lone character, down to `floorPx`: the whole text rather than lines hidden;
 * 3. breaks between phrases further down to the floor, then a lone character accepted;
 * 4. the floor, with the lines that fit and the rest hidden (counted), broken the way that
 *    hides fewer lines.
 * Where nothing is laid out (jsdom) the estimate stands. The element's style is put back.
 */
export function fitLaidOut(
  element: HTMLElement,
  estimate: TextFit,
  boxHeight: number,
  floorPx: number,
): LaidOutFit {
  if (element.clientHeight === 0 && element.scrollHeight === 0) {
    return { fit: estimate, byPhrase: true }
  }
  const { fontSize, webkitLineClamp, maxHeight, wordBreak } = element.style
  element.style.webkitLineClamp = 'none'
  element.style.maxHeight = 'none'
  try {
    const room = (px: number) =>
      Math.max(1, Math.floor((boxHeight + 0.5) / (px * NOTE_LINE_HEIGHT)))
    const at = (px: number, byPhrase: boolean): TextFit => {
      element.style.wordBreak = byPhrase ? '' : 'normal'
      const totalLines = linesAt(element, px)
      const visibleLines = Math.min(totalLines, room(px))
      return { fontPx: px, totalLines, visibleLines, hiddenLines: totalLines - visibleLines }
    }
    const top = estimate.fontPx
    // Clamped at `px`: the way of breaking that hides fewer lines (phrases when equal).
    const clamped = (px: number): LaidOutFit => {
      const byChars = at(px, false)
      const byPhrases = at(px, true)
      return byChars.hiddenLines < byPhrases.hiddenLines
        ? { fit: byChars, byPhrase: false }
        : { fit: byPhrases, byPhrase: true }
    }
    // A note the estimate already clamps (A＋ on a long note) keeps its size: only the count is
    // corrected.
    if (estimate.hiddenLines > 0) return clamped(top)
    const floor = Math.min(top, Math.max(1, Math.floor(floorPx)))
    const phraseFloor = Math.max(floor, Math.round(top * LONE_SHRINK))
    const search = (byPhrase: boolean, from: number, to: number, lone: boolean) => {
      for (let px = from; px >= to; px -= 1) {
        const fit = at(px, byPhrase)
        if (fit.hiddenLines === 0 && (lone || !hasLoneCharacterLine(element))) {
          return { fit, byPhrase }
        }
      }
      return null
    }
    return (
      search(true, top, phraseFloor, false) ??
      search(false, top, floor, false) ??
      search(true, phraseFloor - 1, floor, false) ??
      search(true, top, floor, true) ??
      search(false, top, floor, true) ??
      clamped(floor)
    )
  } finally {
    element.style.fontSize = fontSize
    element.style.webkitLineClamp = webkitLineClamp
    element.style.maxHeight = maxHeight
    element.style.wordBreak = wordBreak
  }
}
