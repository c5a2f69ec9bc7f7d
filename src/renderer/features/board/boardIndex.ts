import { areaViews, indexTheme1Board, type Theme1Index } from '../../../shared/board/theme1Layout'
import type { SceneKey } from '../../../shared/model/scenes'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'

/**
 * The テーマ1 layout of a board, built once per version of the doc's notes (and scenes) however
 * many components ask for it: each area and each 見出し selects its own slice from the shared
 * index, so a selector costs a map lookup, not a rebuild.
 */

interface Cached {
  scenes: readonly SceneKey[]
  index: Theme1Index
}

const cache = new WeakMap<WorkshopDoc['notes'], Map<string, Cached>>()

export function boardIndex(doc: WorkshopDoc, boardId: string): Theme1Index {
  let byBoard = cache.get(doc.notes)
  if (!byBoard) {
    byBoard = new Map()
    cache.set(doc.notes, byBoard)
  }
  const hit = byBoard.get(boardId)
  if (hit?.scenes === doc.workshop.scenes) return hit.index
  const index = indexTheme1Board(doc, boardId)
  byBoard.set(boardId, { scenes: doc.workshop.scenes, index })
  return index
}

/** Marks a secondary appearance in an area's entries. */
export const SECONDARY_MARK = '~'
/** Marks a 見出し in an area's entries (after the id; ids never hold either mark). */
export const HEADING_MARK = '^'

/**
 * The notes of an area as strings, so that `useShallow` can compare them: the note id, prefixed
 * with SECONDARY_MARK for an extra appearance of a multi-scene note and followed by HEADING_MARK
 * for a 見出し (so that the area knows which entries are clusters without a subscription each).
 */
export function areaEntries(
  doc: WorkshopDoc | null,
  boardId: string,
  scene: SceneKey | null,
): string[] {
  if (!doc) return []
  return areaViews(boardIndex(doc, boardId).layout, scene).map(
    (view) =>
      (view.isSecondary ? SECONDARY_MARK : '') +
      view.note.id +
      (view.note.kind === 'heading' ? HEADING_MARK : ''),
  )
}

/** An area entry read back: the note, and how it appears (see areaEntries). */
export function readAreaEntry(entry: string): {
  noteId: string
  secondary: boolean
  heading: boolean
  /** The appearance's React key (a note that becomes a 見出し keeps its element and focus). */
  key: string
} {
  const secondary = entry.startsWith(SECONDARY_MARK)
  const heading = entry.endsWith(HEADING_MARK)
  const key = heading ? entry.slice(0, -HEADING_MARK.length) : entry
  const noteId = secondary ? key.slice(SECONDARY_MARK.length) : key
  return { noteId, secondary, heading, key }
}

/** How many notes an area shows (gathered ones included). */
export function areaNoteCount(
  doc: WorkshopDoc | null,
  boardId: string,
  scene: SceneKey | null,
): number {
  if (!doc) return 0
  let count = 0
  for (const view of areaViews(boardIndex(doc, boardId).layout, scene)) {
    count += 1 + view.children.length
  }
  return count
}

/** The ids of the notes gathered under a 見出し (empty for any other note). */
export function childIds(doc: WorkshopDoc | null, boardId: string, noteId: string): string[] {
  if (!doc) return []
  return (boardIndex(doc, boardId).childrenOf.get(noteId) ?? []).map((n) => n.id)
}

/** Live notes of the board among `ids`, in reading order. */
export function inReadingOrder(doc: WorkshopDoc, boardId: string, ids: Iterable<string>): string[] {
  const { rank } = boardIndex(doc, boardId)
  return [...new Set(ids)]
    .filter((id) => rank.has(id))
    .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
}

/** The notes from `fromId` to `toId` in reading order (both included), for Shift+click. */
export function readingRange(
  doc: WorkshopDoc,
  boardId: string,
  fromId: string,
  toId: string,
): string[] {
  const { rank } = boardIndex(doc, boardId)
  const a = rank.get(fromId)
  const b = rank.get(toId)
  if (a === undefined || b === undefined) return [toId]
  const [low, high] = a < b ? [a, b] : [b, a]
  return [...rank].filter(([, r]) => r >= low && r <= high).map(([id]) => id)
}

/** The 見出し of the board that have notes under them (those that can be folded). */
export function foldableHeadings(doc: WorkshopDoc | null, boardId: string): string[] {
  if (!doc) return []
  const { childrenOf, byId } = boardIndex(doc, boardId)
  return [...childrenOf.keys()].filter((id) => byId.get(id)?.kind === 'heading')
}
