import { createStore, type StoreApi } from 'zustand/vanilla'
import type { EditGesture } from '../../stores/editGesture'

/**
 * What the テーマ1 board shows besides the doc: selection, a note picked up with the keyboard,
 * the note being edited, the open note menu, the drag in progress and its drop hint, focus
 * requests and the screen-reader announcement. One store per board screen; every note reads
 * only the booleans it needs from it, so a change re-renders the notes it concerns. The drop
 * hint, which changes as the pointer moves, is kept apart (DropHints): only the spots it leaves
 * and enters hear of it, rather than every note's selectors running again.
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
  /** The moves since the pick-up: one undo step (Ctrl+Z after the drop; Escape before it). */
  gesture: EditGesture
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
  /** 見出しの下にまとめる: the notes to gather (the first leads) while the dialog is open. */
  gather: { ids: readonly string[] } | null
  /** 元の付箋とまとめる: the imported copy being merged while the dialog is open. */
  merging: { copyId: string } | null
  /** A pointer drag: the note held, the notes moving with it, and its one undo step. */
  dragging: { noteId: string; ids: readonly string[]; gesture: EditGesture } | null
  /** The drop hint while dragging (read it with useDropMode; set it with setDropHint). */
  dropHints: DropHints
  /** Ask the primary appearance of a note to take the focus (seq makes repeats count). */
  focus: { noteId: string; seq: number } | null
  announcement: { text: string; seq: number }
  cardOpen: boolean
  /**
   * The Tab stop of each area (roving tabindex), by area name: the appearance key of the note
   * last focused there. Missing: the area's first note is its Tab stop.
   */
  tabStops: Readonly<Partial<Record<string, string>>>
}

export interface BoardUiActions {
  set(patch: Partial<BoardUiState>): void
  select(ids: readonly string[], anchorId?: string | null): void
  toggleSelected(id: string): void
  clearSelection(): void
  requestFocus(noteId: string): void
  announce(text: string): void
  setDropHint(hint: DropHint | null): void
  /** Makes the appearance `key` its area's Tab stop. */
  setTabStop(area: string, key: string): void
  /** Forgets the appearance `key` as its area's Tab stop (when it is: it left the area). */
  clearTabStop(area: string, key: string): void
}

export type BoardUiStore = StoreApi<BoardUiState & BoardUiActions>

/** Where the drop would land, by key: a change tells only the keys it leaves and enters. */
export interface DropHints {
  current(): DropHint | null
  /** The hint's mode at `key`, or null when the hint is elsewhere. */
  modeAt(key: string): DropMode | null
  subscribe(key: string, listener: () => void): () => void
}

function createDropHints(): DropHints & { set(hint: DropHint | null): void } {
  let hint: DropHint | null = null
  const listeners = new Map<string, Set<() => void>>()
  const notify = (key: string | undefined) => {
    if (key === undefined) return
    for (const listener of [...(listeners.get(key) ?? [])]) listener()
  }
  return {
    current: () => hint,
    modeAt: (key) => (hint?.key === key ? hint.mode : null),
    subscribe: (key, listener) => {
      let forKey = listeners.get(key)
      if (!forKey) {
        forKey = new Set()
        listeners.set(key, forKey)
      }
      forKey.add(listener)
      return () => {
        forKey.delete(listener)
        if (forKey.size === 0 && listeners.get(key) === forKey) listeners.delete(key)
      }
    },
    set: (next) => {
      const previous = hint
      if (previous?.key === next?.key && previous?.mode === next?.mode) return
      hint = next
      notify(previous?.key)
      if (next?.key !== previous?.key) notify(next?.key)
    },
  }
}

const NONE: ReadonlySet<string> = new Set()

export function createBoardUiStore(): BoardUiStore {
  const dropHints = createDropHints()
  return createStore<BoardUiState & BoardUiActions>()((set, get) => ({
    selected: NONE,
    anchorId: null,
    picked: null,
    editingKey: null,
    menu: null,
    gather: null,
    merging: null,
    dragging: null,
    dropHints,
    focus: null,
    announcement: { text: '', seq: 0 },
    cardOpen: false,
    tabStops: {},

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
      dropHints.set(hint)
    },
    setTabStop: (area, key) => {
      const stops = get().tabStops
      if (stops[area] !== key) set({ tabStops: { ...stops, [area]: key } })
    },
    clearTabStop: (area, key) => {
      const stops = get().tabStops
      if (stops[area] !== key) return
      set({ tabStops: Object.fromEntries(Object.entries(stops).filter(([a]) => a !== area)) })
    },
  }))
}
