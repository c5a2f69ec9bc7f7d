import type { Note } from '../../../shared/model/schemas'
import { charWidthFor } from './charWidth'
import { fitText } from './fitText'
import { NOTE_LINE_HEIGHT, noteBox } from './noteBox'
import type { NoteSizing } from './ProjectorNote'

/** The size (px at 100%) each note would fit at on its own, from sizing.textPx down to the floor. */
export function noteFitSizes(
  notes: readonly Note[],
  sizing: NoteSizing,
  fontsVersion: number,
): number[] {
  return notes.map((note) => {
    const isHeading = note.kind === 'heading'
    const box = noteBox(sizing, isHeading)
    return fitText(
      note.text,
      { width: box.width, height: box.height },
      { maxPx: sizing.textPx, minPx: sizing.minPx, lineHeight: NOTE_LINE_HEIGHT },
      charWidthFor(sizing.fontFamily, isHeading ? 700 : 500, fontsVersion),
    ).fontPx
  })
}
