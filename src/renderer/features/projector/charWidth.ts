import type { CharWidth } from './fitText'

/**
 * Glyph widths for fitText, measured with a canvas in the page's own font (so fallback fonts for
 * kanji, kana and emoji are the ones the note will use) and cached per font and character.
 * Without a canvas (tests), full-width characters count 1em and others 0.6em.
 */
const caches = new Map<string, CharWidth>()
let context: CanvasRenderingContext2D | null | undefined

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
    } catch {
      context = null
    }
  }
  return context
}

const fallback: CharWidth = (char) => ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6)

/** Reference size of the measurements; widths scale linearly with the font size. */
const REFERENCE_PX = 100

/** `version` changes when web fonts have loaded: the widths are measured again. */
export function charWidthFor(fontFamily: string, fontWeight: number, version = 0): CharWidth {
  const font = `${fontWeight} ${REFERENCE_PX}px ${fontFamily}`
  const key = `${version}|${font}`
  const cached = caches.get(key)
  if (cached) return cached
  const ctx = canvasContext()
  if (!ctx) return fallback
  const widths = new Map<string, number>()
  const measure: CharWidth = (char) => {
    let width = widths.get(char)
    if (width === undefined) {
      ctx.font = font
      width = ctx.measureText(char).width / REFERENCE_PX
      widths.set(char, width)
    }
    return width
  }
  caches.set(key, measure)
  return measure
}
