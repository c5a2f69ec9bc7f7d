import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import { useStore } from 'zustand'
import type { BoardActions } from './boardActions'
import type { BoardUiState, BoardUiStore, DropMode } from './boardUiStore'

/** The board screen's own things, shared by every area and note (a stable value). */
export interface BoardContextValue {
  workshopId: string
  groupId: string
  boardId: string
  ui: BoardUiStore
  actions: BoardActions
  /** The id of the hidden instructions for moving notes (dnd-kit renders them). */
  dragHelpId: string
}

export const BoardContext = createContext<BoardContextValue | null>(null)

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoard outside of a テーマ1 board')
  return value
}

/** Reads the board's UI state with a selector (return primitives, or use useShallow). */
export function useBoardUi<T>(selector: (state: BoardUiState) => T): T {
  return useStore(useBoard().ui, selector)
}

/**
 * The drop hint shown at `key` (an appearance, cluster or area key) while dragging: re-renders
 * only when the hint comes or goes there.
 */
export function useDropMode(key: string): DropMode | null {
  const { dropHints } = useBoard().ui.getState()
  const subscribe = useCallback(
    (listener: () => void) => dropHints.subscribe(key, listener),
    [dropHints, key],
  )
  return useSyncExternalStore(subscribe, () => dropHints.modeAt(key))
}
