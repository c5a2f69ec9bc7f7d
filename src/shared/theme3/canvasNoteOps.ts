import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import {
  CANVAS_AREAS,
  type AnyRecord,
  type CanvasArea,
  type CanvasNote,
  type CanvasRef,
  type NoteColor,
} from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'
import { cleanText, ifChanged } from '../theme2/theme2Edit'
import {
  areaNotes,
  canvasAreaNotes,
  canvasNoteText,
  liveCanvas,
  liveCanvasNote,
  resolveRef,
} from './theme3Queries'

/**
 * Notes of a テーマ3 canvas: typed in one of the four areas, or a live reference to テーマ1 or
 * テーマ2 content (its text is read from the record, never copied). Pure ops like the others.
 */

/** The colour of a typed note and of a reference (so a reference stands out on the canvas). */
export const CANVAS_NOTE_COLORS = { typed: 'yellow', ref: 'green' } as const satisfies Record<
  string,
  NoteColor
>

function notesOfCanvas(doc: WorkshopDoc, canvasId: string): number {
  let count = 0
  for (const note of Object.values(doc.canvasNotes)) {
    if (note.deletedAt === null && note.canvasId === canvasId) count++
  }
  return count
}

function newNote(
  doc: WorkshopDoc,
  canvasId: string,
  area: CanvasArea,
  fields: { text: string; ref: CanvasRef | null; color: NoteColor },
  ctx: EditContext,
): CanvasNote | null {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas || notesOfCanvas(doc, canvasId) >= LIMITS.notesPerCanvas) return null
  return {
    ...newRecordBase(ctx),
    type: 'canvasNote',
    workshopId: doc.workshop.id,
    boardId: canvas.boardId,
    canvasId,
    area,
    order: nextOrder(areaNotes(doc, canvasId, area)),
    ...fields,
  }
}

/** A note typed into an area (blank text adds nothing). */
export function addCanvasNote(
  doc: WorkshopDoc,
  canvasId: string,
  area: CanvasArea,
  text: string,
  ctx: EditContext,
  color: NoteColor = CANVAS_NOTE_COLORS.typed,
): AnyRecord[] {
  const cleaned = cleanText(text)
  if (cleaned.trim() === '') return []
  const note = newNote(doc, canvasId, area, { text: cleaned, ref: null, color }, ctx)
  return note ? [note] : []
}

/**
 * A live reference to テーマ1 or テーマ2 content of the canvas's own group. Refused when the record
 * is missing, deleted or another group's, and when the area already refers to it.
 */
export function addCanvasRef(
  doc: WorkshopDoc,
  canvasId: string,
  area: CanvasArea,
  ref: CanvasRef,
  ctx: EditContext,
): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return []
  const groupId = doc.boards[canvas.boardId]?.groupId ?? null
  const resolved = resolveRef(doc, ref, groupId)
  if (resolved.missing || resolved.deleted || resolved.foreign) return []
  const already = areaNotes(doc, canvasId, area).some(
    (n) => n.ref?.type === ref.type && n.ref.id === ref.id,
  )
  if (already) return []
  const fields = { text: '', ref: { ...ref }, color: CANVAS_NOTE_COLORS.ref }
  const note = newNote(doc, canvasId, area, fields, ctx)
  return note ? [note] : []
}

export interface CanvasNotePatch {
  /** Ignored for a reference: its text is the referenced record's. */
  text?: string
  color?: NoteColor
}

export function updateCanvasNote(
  doc: WorkshopDoc,
  noteId: string,
  patch: CanvasNotePatch,
): AnyRecord[] {
  const note = liveCanvasNote(doc, noteId)
  if (!note) return []
  const next: CanvasNote = { ...note }
  if (patch.text !== undefined && note.ref === null) {
    const cleaned = cleanText(patch.text)
    if (cleaned.trim() === '') return []
    next.text = cleaned
  }
  if (patch.color !== undefined) next.color = patch.color
  return ifChanged(note, next)
}

/**
 * Turns a reference into a note of its own with the text it shows now (the table wants to reword
 * it); from then on it no longer follows the source. Nothing for a typed note.
 */
export function detachCanvasRef(doc: WorkshopDoc, noteId: string): AnyRecord[] {
  const note = liveCanvasNote(doc, noteId)
  if (!note || note.ref === null) return []
  const text = cleanText(canvasNoteText(doc, note))
  if (text.trim() === '') return []
  return [{ ...note, ref: null, text, color: CANVAS_NOTE_COLORS.typed }]
}

export interface CanvasMoveTarget {
  area: CanvasArea
  /** Put the notes before this note of the area; null, missing or moving: at the end. */
  beforeId?: string | null
}

/**
 * Moves notes of one canvas to an area, before a note of it (or to the end), keeping their
 * reading order. Notes of another canvas and deleted notes are left alone.
 */
export function moveCanvasNotes(
  doc: WorkshopDoc,
  ids: readonly string[],
  target: CanvasMoveTarget,
): AnyRecord[] {
  const first = ids.map((id) => liveCanvasNote(doc, id)).find((n) => n !== undefined)
  if (!first) return []
  const canvasId = first.canvasId
  const areas = canvasAreaNotes(doc, canvasId)
  const reading = CANVAS_AREAS.flatMap((a) => areas[a])
  const movingSet = new Set(ids)
  const moving = reading.filter((n) => movingSet.has(n.id))
  if (moving.length === 0) return []
  const rest = areas[target.area].filter((n) => !movingSet.has(n.id))
  const beforeIndex = target.beforeId == null ? -1 : rest.findIndex((n) => n.id === target.beforeId)
  const at = beforeIndex < 0 ? rest.length : beforeIndex
  const sequence = [...rest.slice(0, at), ...moving, ...rest.slice(at)]
  const current = areas[target.area]
  const unchanged =
    sequence.length === current.length && sequence.every((note, i) => note.id === current[i]?.id)
  if (unchanged) return []
  return sequence.flatMap((note, index) =>
    ifChanged(note, { ...note, area: target.area, order: index + 1 }),
  )
}

export function deleteCanvasNotes(
  doc: WorkshopDoc,
  ids: readonly string[],
  ctx: EditContext,
): AnyRecord[] {
  const now = ctx.now()
  return [...new Set(ids)].flatMap((id) => {
    const note = liveCanvasNote(doc, id)
    return note ? [{ ...note, deletedAt: now }] : []
  })
}

export type CanvasDirection = 'up' | 'down' | 'left' | 'right'

/**
 * The keyboard move for an arrow key, or null when the note cannot go that way. Up/down swap
 * places with the neighbour in its area; left/right move it to the end of the previous/next area
 * (事実・情報 → そこから考えられること → 補足する情報・資料 → 伝え方・共有の方法).
 */
export function canvasNeighbourTarget(
  doc: WorkshopDoc,
  noteId: string,
  direction: CanvasDirection,
): CanvasMoveTarget | null {
  const note = liveCanvasNote(doc, noteId)
  if (!note) return null
  const siblings = areaNotes(doc, note.canvasId, note.area)
  const index = siblings.findIndex((n) => n.id === noteId)
  switch (direction) {
    case 'up': {
      const previous = siblings[index - 1]
      return previous ? { area: note.area, beforeId: previous.id } : null
    }
    case 'down':
      if (index >= siblings.length - 1) return null
      return { area: note.area, beforeId: siblings[index + 2]?.id ?? null }
    case 'left':
    case 'right': {
      const next = CANVAS_AREAS.indexOf(note.area) + (direction === 'left' ? -1 : 1)
      const area = CANVAS_AREAS[next]
      return area === undefined ? null : { area, beforeId: null }
    }
  }
}
