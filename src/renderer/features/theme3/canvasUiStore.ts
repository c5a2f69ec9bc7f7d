import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { CanvasArea } from '../../../shared/model/schemas'

/**
 * What a テーマ3 canvas shows besides the doc: the note picked up with the keyboard, the note being
 * edited, the pointer drag and where it would land, focus requests and each area's Tab stop.
 * One store per canvas; notes read only what concerns them.
 */
export interface CanvasUiState {
  /** The note picked up with the keyboard and how many moves were applied since (Escape undoes them). */
  picked: { noteId: string; steps: number } | null
  editingId: string | null
  /** The note being dragged by pointer. */
  dragging: string | null
  /** Where a pointer drop would land: the area, before a note of it (null: at the end). */
  dropAt: { area: CanvasArea; beforeId: string | null } | null
  /** Ask a note to take the focus (seq makes repeats count). */
  focus: { noteId: string; seq: number } | null
  /** Roving tabindex: the note of each area that is its Tab stop (missing: the first one). */
  tabStops: Partial<Record<CanvasArea, string>>
}

export interface CanvasUiActions {
  set(patch: Partial<CanvasUiState>): void
  requestFocus(noteId: string): void
  setTabStop(area: CanvasArea, noteId: string): void
}

export type CanvasUiStore = StoreApi<CanvasUiState & CanvasUiActions>

export function createCanvasUiStore(): CanvasUiStore {
  return createStore<CanvasUiState & CanvasUiActions>()((set) => ({
    picked: null,
    editingId: null,
    dragging: null,
    dropAt: null,
    focus: null,
    tabStops: {},
    set: (patch) => {
      set(patch)
    },
    requestFocus: (noteId) => {
      set((s) => ({ focus: { noteId, seq: (s.focus?.seq ?? 0) + 1 } }))
    },
    setTabStop: (area, noteId) => {
      set((s) =>
        s.tabStops[area] === noteId ? s : { tabStops: { ...s.tabStops, [area]: noteId } },
      )
    },
  }))
}

export const CanvasUiContext = createContext<CanvasUiStore | null>(null)

export function useCanvasUiStore(): CanvasUiStore {
  const store = useContext(CanvasUiContext)
  if (!store) throw new Error('useCanvasUiStore outside of a テーマ3 canvas')
  return store
}

/** Reads the canvas's UI state with a selector (return primitives). */
export function useCanvasUi<T>(selector: (state: CanvasUiState & CanvasUiActions) => T): T {
  return useStore(useCanvasUiStore(), selector)
}
