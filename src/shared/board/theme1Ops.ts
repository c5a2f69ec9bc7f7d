import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { SceneKey } from '../model/scenes'
import type { AnyRecord, Note, NoteColor, NoteKind, TroubledWho } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'
import { sanitizeNoteText } from './noteText'
import {
  areaOf,
  areaSequence,
  editBoard,
  gatherParent,
  notesByBoard,
  placeInSequence,
  releaseChildren,
  replacePrimary,
  sameArea,
  uniqueScenes,
  uniqueWho,
  type AreaRef,
  type BoardEdit,
} from './theme1Edit'
import { primaryArea } from './theme1Layout'

/**
 * Edits of the テーマ1 board. Like the other ops: pure functions of the doc that return only the
 * note versions they change (none when nothing changes); deletions are tombstones; the store
 * stamps revisions, so every op is undone by invertChange/stampChange. Positions follow
 * theme1Layout: a note is ordered in its primary scene, in the tray, or under its 見出し.
 */

export interface NoteInit {
  text: string
  /** Empty: the tray. */
  scenes: readonly SceneKey[]
  kind?: NoteKind
  color?: NoteColor
  who?: readonly TroubledWho[]
  tane?: boolean
  /** A 見出し to gather the note under; it then takes the 見出し's scenes. */
  parentId?: string | null
}

export type NotePatch = Partial<Pick<Note, 'text' | 'kind' | 'color' | 'who' | 'tane'>>

export interface MoveTarget {
  /** The scene to move to; null for the tray. Ignored when parentId is given. */
  scene: SceneKey | null
  /** Put the notes before this note of the target area; null, missing or not there: at the end. */
  beforeId?: string | null
  /** Gather the notes under this 見出し. */
  parentId?: string | null
}

/** The post-it colours of the sample: one for 手元用, another for 見出し用 (図表-80). */
export const DEFAULT_NOTE_COLORS: Record<NoteKind, NoteColor> = { hand: 'yellow', heading: 'blue' }

function liveNoteCount(doc: WorkshopDoc): number {
  let count = 0
  for (const note of Object.values(doc.notes)) if (note.deletedAt === null) count++
  return count
}

/** Puts `note` into `area` right after `afterId` (null or not there: at the end). */
function placeNote(edit: BoardEdit, note: Note, area: AreaRef, afterId: string | null): void {
  const seq = areaSequence(edit.ix, area)
  const rest = seq.notes.filter((n) => n.id !== note.id)
  const at = afterId === null ? rest.length : rest.findIndex((n) => n.id === afterId) + 1
  const slot = at <= 0 ? rest.length : at
  const sequence = [...rest.slice(0, slot), note, ...rest.slice(slot)]
  placeInSequence(edit, sequence, new Set([note.id]), seq.owned)
}

/**
 * A new note at the end of its area. An unusable parentId (not a 見出し of the board, or the new
 * note is a 見出し itself) is ignored: the note is added at the top level rather than lost.
 */
export function addNote(
  doc: WorkshopDoc,
  boardId: string,
  init: NoteInit,
  ctx: EditContext,
): AnyRecord[] {
  const board = doc.boards[boardId]
  if (!board || board.deletedAt !== null) return []
  if (liveNoteCount(doc) >= LIMITS.notesPerWorkshop) return []
  const edit = editBoard(doc, boardId)
  const kind = init.kind ?? 'hand'
  const parent =
    kind === 'heading' || !init.parentId ? undefined : gatherParent(edit.ix, init.parentId)
  const note: Note = {
    ...newRecordBase(ctx),
    type: 'note',
    workshopId: doc.workshop.id,
    boardId,
    text: sanitizeNoteText(init.text),
    kind,
    color: init.color ?? DEFAULT_NOTE_COLORS[kind],
    scenes: parent ? [...parent.scenes] : uniqueScenes(init.scenes),
    who: uniqueWho(init.who ?? []),
    tane: init.tane ?? false,
    order: 0,
    parentId: parent?.id ?? null,
    area: null,
  }
  edit.put(note, {})
  const area = parent ? { parentId: parent.id } : { scene: primaryArea(note.scenes, edit.visible) }
  placeNote(edit, note, area, null)
  return edit.records()
}

/**
 * Changes a note's text, kind, colour, 困っている人 or タネ mark. Turning a 見出し into a 手元用
 * note releases its children (right after it); turning a gathered note into a 見出し takes it out
 * of its 見出し (right after it), since a 見出し is never gathered under a 見出し.
 */
export function updateNote(doc: WorkshopDoc, id: string, patch: NotePatch): AnyRecord[] {
  const note = doc.notes[id]
  if (!note || note.deletedAt !== null) return []
  const edit = editBoard(doc, note.boardId)
  const next: Partial<Note> = {}
  if (patch.text !== undefined) next.text = sanitizeNoteText(patch.text)
  if (patch.kind !== undefined) next.kind = patch.kind
  if (patch.color !== undefined) next.color = patch.color
  if (patch.who !== undefined) next.who = uniqueWho(patch.who)
  if (patch.tane !== undefined) next.tane = patch.tane
  edit.put(note, next)
  if (patch.kind === 'hand' && note.kind !== 'hand') {
    const children = edit.ix.childrenOf.get(id)
    if (children) releaseChildren(edit, new Map([[id, children]]))
  }
  const parent = edit.ix.parentOf.get(id)
  if (patch.kind === 'heading' && note.kind !== 'heading' && parent)
    releaseChildren(edit, new Map([[parent.id, [note]]]))
  return edit.records()
}

/**
 * Tombstones notes. The children of a deleted 見出し that are not deleted too go back to the top
 * level in the 見出し's place, keeping their scenes.
 */
export function deleteNotes(
  doc: WorkshopDoc,
  ids: readonly string[],
  ctx: EditContext,
): AnyRecord[] {
  const now = ctx.now()
  const records: AnyRecord[] = []
  for (const [boardId, notes] of notesByBoard(doc, ids)) {
    const edit = editBoard(doc, boardId)
    const deleting = new Set(notes.map((n) => n.id))
    const releases = new Map<string, Note[]>()
    for (const note of notes) {
      edit.put(note, { deletedAt: now })
      const kept = (edit.ix.childrenOf.get(note.id) ?? []).filter((c) => !deleting.has(c.id))
      if (kept.length > 0) releases.set(note.id, kept)
    }
    releaseChildren(edit, releases, deleting)
    records.push(...edit.records())
  }
  return records
}

/** A copy of a note right after it, in the same area (a 見出し is copied without its children). */
export function duplicateNote(doc: WorkshopDoc, id: string, ctx: EditContext): AnyRecord[] {
  const note = doc.notes[id]
  if (!note || note.deletedAt !== null) return []
  if (liveNoteCount(doc) >= LIMITS.notesPerWorkshop) return []
  const edit = editBoard(doc, note.boardId)
  const area = areaOf(edit, note)
  const copy: Note = {
    ...note,
    ...newRecordBase(ctx),
    scenes: [...note.scenes],
    who: [...note.who],
    parentId: 'parentId' in area ? area.parentId : null,
  }
  edit.put(copy, {})
  placeNote(edit, copy, area, note.id)
  return edit.records()
}

/** Resolves `beforeId` to a note of the area that is not moving (or null: the end). */
function anchorOf(
  notes: readonly Note[],
  moving: ReadonlySet<string>,
  beforeId: string | null,
): string | null {
  if (beforeId === null) return null
  const index = notes.findIndex((n) => n.id === beforeId)
  if (index < 0) return null
  return notes.slice(index).find((n) => !moving.has(n.id))?.id ?? null
}

/**
 * Moves a selection, in its reading order, into an area before `beforeId` (or at the end).
 * - To a scene: the scene replaces each note's primary scene; its other scenes stay.
 *   To the tray: scenes are emptied. A 見出し's children move with it and take its scenes.
 * - Into a 見出し (parentId): the notes are gathered under it and take its scenes. 見出し notes
 *   (and notes with children) and the 見出し itself are left out of such a move.
 * - Children selected together with their 見出し stay under it.
 * Nothing happens for a scene the workshop does not use or an unusable parentId. All notes move
 * on the board of the first live one; ids of other boards are ignored.
 */
export function moveNotes(
  doc: WorkshopDoc,
  ids: readonly string[],
  target: MoveTarget,
): AnyRecord[] {
  const boardId = notesByBoard(doc, ids).keys().next().value
  if (boardId === undefined) return []
  const edit = editBoard(doc, boardId)
  const { ix } = edit
  let moving = [...new Set(ids)].flatMap((id) => ix.byId.get(id) ?? [])
  let parent: Note | undefined
  if (target.parentId) {
    parent = gatherParent(ix, target.parentId)
    if (!parent) return []
    const parentId = parent.id
    moving = moving.filter(
      (n) => n.id !== parentId && n.kind !== 'heading' && !ix.childrenOf.has(n.id),
    )
  } else if (target.scene !== null && !edit.visible.has(target.scene)) {
    return []
  }
  const selected = new Set(moving.map((n) => n.id))
  moving = moving.filter((n) => !selected.has(ix.parentOf.get(n.id)?.id ?? ''))
  if (moving.length === 0) return []
  moving.sort((a, b) => (ix.rank.get(a.id) ?? 0) - (ix.rank.get(b.id) ?? 0))

  const area: AreaRef = parent ? { parentId: parent.id } : { scene: target.scene }
  const movingIds = new Set(moving.map((n) => n.id))
  const stays = moving.every((n) => sameArea(areaOf(edit, n), area))
  for (const note of moving) {
    const scenes = parent
      ? [...parent.scenes]
      : target.scene === null
        ? []
        : replacePrimary(note.scenes, target.scene, edit.visible)
    edit.put(note, { parentId: parent?.id ?? null, scenes })
    for (const child of ix.childrenOf.get(note.id) ?? []) edit.put(child, { scenes: [...scenes] })
  }

  const seq = areaSequence(ix, area)
  const rest = seq.notes.filter((n) => !movingIds.has(n.id))
  const anchor = anchorOf(seq.notes, movingIds, target.beforeId ?? null)
  const found = anchor === null ? -1 : rest.findIndex((n) => n.id === anchor)
  const slot = found < 0 ? rest.length : found
  const sequence = [
    ...rest.slice(0, slot),
    ...moving.map((n) => edit.get(n.id) ?? n),
    ...rest.slice(slot),
  ]
  const inPlace = stays && sequence.every((n, i) => n.id === seq.notes[i]?.id)
  if (!inPlace) placeInSequence(edit, sequence, movingIds, seq.owned)
  return edit.records()
}

/**
 * Adds the scene to a note (as a secondary scene) or removes it. Removing the primary scene makes
 * the next one primary; removing the last one sends the note to the tray. A note that changes
 * area keeps its place when it was already shown there, else it goes to the end. A 見出し's
 * children follow it; a gathered note's scenes are its 見出し's, so toggling one does nothing.
 */
export function toggleScene(doc: WorkshopDoc, id: string, scene: SceneKey): AnyRecord[] {
  const note = doc.notes[id]
  if (!note || note.deletedAt !== null) return []
  const edit = editBoard(doc, note.boardId)
  if (edit.ix.parentOf.has(id)) return []
  const scenes = note.scenes.includes(scene)
    ? note.scenes.filter((s) => s !== scene)
    : uniqueScenes([...note.scenes, scene])
  edit.put(note, { scenes })
  for (const child of edit.ix.childrenOf.get(id) ?? []) edit.put(child, { scenes: [...scenes] })
  const before = primaryArea(note.scenes, edit.visible)
  const after = primaryArea(scenes, edit.visible)
  const shownThere = after !== null && note.scenes.includes(after)
  if (before !== after && !shownThere) placeNote(edit, note, { scene: after }, null)
  return edit.records()
}

/** Marks notes as 地域課題のタネ (or unmarks them). */
export function setTane(doc: WorkshopDoc, ids: readonly string[], value: boolean): AnyRecord[] {
  return [...notesByBoard(doc, ids).values()]
    .flat()
    .filter((n) => n.tane !== value)
    .map((n) => ({ ...n, tane: value }))
}

/**
 * Takes notes out of their 見出し: a gathered note goes right after its 見出し; for a 見出し, all
 * its children do. They keep their scenes (their 見出し's).
 */
export function ungroup(doc: WorkshopDoc, ids: readonly string[]): AnyRecord[] {
  const records: AnyRecord[] = []
  for (const [boardId, notes] of notesByBoard(doc, ids)) {
    const edit = editBoard(doc, boardId)
    const released = new Map<string, Set<string>>()
    const add = (headingId: string, childId: string) => {
      const set = released.get(headingId) ?? new Set<string>()
      released.set(headingId, set.add(childId))
    }
    for (const note of notes) {
      const parent = edit.ix.parentOf.get(note.id)
      if (parent) add(parent.id, note.id)
      for (const child of edit.ix.childrenOf.get(note.id) ?? []) add(note.id, child.id)
    }
    const releases = new Map<string, Note[]>()
    for (const [headingId, childIds] of released) {
      const children = edit.ix.childrenOf.get(headingId) ?? []
      releases.set(
        headingId,
        children.filter((c) => childIds.has(c.id)),
      )
    }
    releaseChildren(edit, releases)
    records.push(...edit.records())
  }
  return records
}
