import type { BoardUiState } from './boardUiStore'

/**
 * What one appearance of a note shows of the board's UI state (selected, picked up, moving,
 * being edited, its area's Tab stop, a focus request), packed into one number: a note reads it
 * with ONE store subscription and re-renders only when its own number changes (at 1,000 notes,
 * six subscriptions per note were most of the board's JS heap and of the work of each change).
 */
export interface NoteAppearance {
  noteId: string
  /** appearanceKey(scene, parentId, noteId). */
  key: string
  /** areaName(scene). */
  area: string
  /** The area's first entry (its Tab stop until another note of the area had the focus). */
  first: boolean
  /** An extra appearance of a multi-scene note (it never takes a focus request). */
  secondary: boolean
}

export interface NoteUiFlags {
  selected: boolean
  picked: boolean
  moving: boolean
  editing: boolean
  tabStop: boolean
  /** A pending focus request's sequence number (0: none). */
  focusSeq: number
}

const SELECTED = 1
const PICKED = 2
const MOVING = 4
const EDITING = 8
const TAB_STOP = 16
/** The focus request's sequence number sits above the flags. */
const SEQ_UNIT = 32

/** The appearance's flags as one number (a selector's result: compared by value). */
export function packNoteUiFlags(state: BoardUiState, note: NoteAppearance): number {
  const { noteId } = note
  let bits = 0
  if (state.selected.has(noteId)) bits |= SELECTED
  if (state.picked?.ids.includes(noteId) === true) bits |= PICKED
  if (state.dragging?.ids.includes(noteId) === true) bits |= MOVING
  if (state.editingKey === note.key) bits |= EDITING
  const stop = state.tabStops[note.area]
  if (stop === note.key || (note.first && stop === undefined)) bits |= TAB_STOP
  const seq = !note.secondary && state.focus?.noteId === noteId ? state.focus.seq : 0
  return bits + seq * SEQ_UNIT
}

export function unpackNoteUiFlags(packed: number): NoteUiFlags {
  return {
    selected: (packed & SELECTED) !== 0,
    picked: (packed & PICKED) !== 0,
    moving: (packed & MOVING) !== 0,
    editing: (packed & EDITING) !== 0,
    tabStop: (packed & TAB_STOP) !== 0,
    focusSeq: Math.floor(packed / SEQ_UNIT),
  }
}
