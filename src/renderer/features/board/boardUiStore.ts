import { createStore, type StoreApi } from 'zustand/vanilla'

/**
 * What the テーマ1 board shows besides the doc: selection, a note picked up with the keyboard,
 * the note being edited, the open note menu, the drag in progress and its drop hint, focus
 * requests and the screen-reader announcement. One store per board screen; every note reads
 * only the booleans it needs from it, so a change re-renders the notes it concerns.
 */

export type DropMode = 'before' | 'after' | 'into' | 'end'

export interface DropHint {
  /** An appearance key (see boardKeys) or an area key ('area:tray', 'area:daily', …). */
  key: string
  mode: DropMode
}

export interface PickedNotes {
  /** The focused note that was picked up (it leads; announcements are about it). */
  noteId: string
  /** Every note moving with it (the selection when it was part of it), in reading order. */
  ids: readonly string[]
  /** How many moves were applied since the pick-up (Escape undoes them). */
  steps: number
}

export interface NoteMenuState {
  noteId: string
  /** The appearance the menu was opened from (focus goes back to it). */
  itemKey: string
  /** Where to show the menu (viewport coordinates of the button or the note). */
  anchor: { left: number; top: number; bottom: number }
}

export interface BoardUiState {
  selected: ReadonlySet<string>
  /** The note a Shift+click range starts from. */
  anchorId: string | null
  picked: PickedNotes | null
  editingKey: string | null
  menu: NoteMenuState | null
  dragging: { noteId: string; ids: readonly string[] } | null
  dropHint: DropHint | null
  /** Ask the primary appearance of a note to take the focus (seq makes repeats count). */
  focus: { noteId: string; seq: number } | null
  announcement: { text: string; seq: number }
  cardOpen: boolean
}

export interface BoardUiActions {
  set(patch: Partial<BoardUiState>): void
  select(ids: readonly string[], anchorId?: string | null): void
  toggleSelected(id: string): void
  clearSelection(): void
  requestFocus(noteId: string): void
  announce(text: string): void
  setDropHint(hint: DropHint | null): void
}

export type BoardUiStore = StoreApi<BoardUiState & BoardUiActions>

const NONE: ReadonlySet<string> = new Set()

export function createBoardUiStore(): BoardUiStore {
  return createStore<BoardUiState & BoardUiActions>()((set, get) => ({
    selected: NONE,
    anchorId: null,
    picked: null,
    editingKey: null,
    menu: null,
    dragging: null,
    dropHint: null,
    focus: null,
    announcement: { text: '', seq: 0 },
    cardOpen: false,

    set: (patch) => {
      set(patch)
    },
    select: (ids, anchorId) => {
      const current = get().selected
      const same = ids.length === current.size && ids.every((id) => current.has(id))
      set({
        selected: same ? current : ids.length === 0 ? NONE : new Set(ids),
        anchorId: anchorId === undefined ? (ids[0] ?? null) : anchorId,
      })
    },
    toggleSelected: (id) => {
      const next = new Set(get().selected)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      set({ selected: next, anchorId: id })
    },
    clearSelection: () => {
      if (get().selected.size > 0) set({ selected: NONE, anchorId: null })
    },
    requestFocus: (noteId) => {
      set({ focus: { noteId, seq: (get().focus?.seq ?? 0) + 1 } })
    },
    announce: (text) => {
      set({ announcement: { text, seq: get().announcement.seq + 1 } })
    },
    setDropHint: (hint) => {
      const current = get().dropHint
      if (current?.key === hint?.key && current?.mode === hint?.mode) return
      set({ dropHint: hint })
    },
  }))
}
