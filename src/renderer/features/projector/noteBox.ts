import type { NoteSizing } from './ProjectorNote'

/** Line height of a note's text, as a multiple of its size. */
export const NOTE_LINE_HEIGHT = 1.3
/** Estimate the text a little narrower than it is: the browser's line breaking may differ. */
const WIDTH_SAFETY = 0.97

/** Where a note's text goes inside its cell: padding, border, the marks' line, the text box. */
export interface NoteBox {
  border: number
  pad: number
  metaPx: number
  metaHeight: number
  showMeta: boolean
  /** The text's box, px. */
  width: number
  height: number
}

/** The boxes of a note of the given sizing (a 見出し has a thicker border). */
export function noteBox(sizing: NoteSizing, isHeading: boolean): NoteBox {
  const border = isHeading ? 5 : 3
  const pad = Math.round(Math.min(16, Math.max(4, sizing.cellHeight * 0.06)))
  // Marks (who, タネ, other scenes) at about half the text size: read second, still from afar.
  const metaPx = Math.round(
    Math.min(
      30,
      Math.max(12, Math.min(sizing.cellHeight * 0.11, sizing.maxPx * sizing.scale * 0.5)),
    ),
  )
  const metaHeight = Math.ceil(metaPx * 1.2 + 6)
  const innerWidth = sizing.cellWidth - 2 * (pad + border)
  const innerHeight = sizing.cellHeight - 2 * (pad + border)
  const showMeta = innerHeight >= metaHeight + sizing.minPx * sizing.scale * NOTE_LINE_HEIGHT
  return {
    border,
    pad,
    metaPx,
    metaHeight,
    showMeta,
    width: Math.max(1, innerWidth * WIDTH_SAFETY),
    height: Math.max(1, innerHeight - (showMeta ? metaHeight : 0)),
  }
}

/**
 * The one text size of a board's notes: the size at which nine notes in ten show their whole
 * text (the tenth-smallest of the sizes each note would fit at), so that the notes of the whole
 * board read as written with one marker. A longer note than that shrinks on its own, never below
 * the floor; `fallback` while nothing is measured yet.
 */
export function boardTextPx(fitSizes: readonly number[], fallback: number): number {
  if (fitSizes.length === 0) return fallback
  const sorted = [...fitSizes].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 10)] ?? fallback
}
