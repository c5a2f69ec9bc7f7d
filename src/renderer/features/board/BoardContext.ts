import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { BoardActions } from './boardActions'
import type { BoardUiState, BoardUiStore } from './boardUiStore'

/** The board screen's own things, shared by every area and note (a stable value). */
export interface BoardContextValue {
  workshopId: string
  groupId: string
  boardId: string
  ui: BoardUiStore
  actions: BoardActions
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
