import type { AnyRecord, Note } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { sanitizeNoteText } from './noteText'
import { uniqueWho } from './theme1Edit'

/**
 * A copy a conflict kept (「両方残す」, flagged `importedCopy`) and the note it was kept beside.
 * The board offers to merge the two into one note (「元の付箋とまとめる」) or to keep the copy as
 * an ordinary note (「取り込みの印を外す」). Pure, like the other board ops: they return only the
 * changed versions, and the store stamps them (one undo step).
 */

export interface ImportedPair {
  copy: Note
  /** The note the copy was kept beside; null when it is gone (deleted or never known). */
  original: Note | null
}

/**
 * The copy and its original: `importedFrom` (file format 6) when that note is still there on the
 * same board; for older copies without it, the note the merge placed it after (the previous note
 * of the board in order that is not itself a copy). The user sees both texts before merging.
 */
export function importedPair(doc: WorkshopDoc, copyId: string): ImportedPair | null {
  const copy = doc.notes[copyId]
  if (!copy || copy.deletedAt !== null || copy.importedCopy !== true) return null
  const live = (note: Note | undefined): Note | null =>
    note && note.deletedAt === null && note.boardId === copy.boardId && note.id !== copy.id
      ? note
      : null
  if (copy.importedFrom !== undefined) {
    return { copy, original: live(doc.notes[copy.importedFrom]) }
  }
  let before: Note | null = null
  for (const note of Object.values(doc.notes)) {
    if (!live(note) || note.importedCopy === true || note.order >= copy.order) continue
    if (before === null || note.order > before.order) before = note
  }
  return { copy, original: before }
}

/** The two texts as one, each once: the local text first, then the file's on a new line. */
export function joinedTexts(original: string, copy: string): string {
  const a = original.trim()
  const b = copy.trim()
  if (a === '' || a === b) return b
  if (b === '') return a
  return `${a}\n${b}`
}

/**
 * Merges the copy into its original: the original takes `text` (sanitised), the 困っている人 of
 * both and the タネ mark if either had it; the copy is deleted (a tombstone). Nothing when the
 * pair is not there or the text is empty.
 */
export function mergeImportedNote(
  doc: WorkshopDoc,
  copyId: string,
  text: string,
  now: string,
): AnyRecord[] {
  const pair = importedPair(doc, copyId)
  const merged = sanitizeNoteText(text)
  if (!pair?.original || merged.trim() === '') return []
  const { copy, original } = pair
  return [
    {
      ...original,
      text: merged,
      who: uniqueWho([...original.who, ...copy.who]),
      tane: original.tane || copy.tane,
    },
    { ...copy, deletedAt: now },
  ]
}

/** Keeps the copy as an ordinary note: the 「取り込み」 mark (and its link) go, the text stays. */
export function keepImportedNote(doc: WorkshopDoc, copyId: string): AnyRecord[] {
  const pair = importedPair(doc, copyId)
  if (!pair) return []
  const note: Note = { ...pair.copy }
  delete note.importedCopy
  delete note.importedFrom
  return [note]
}
