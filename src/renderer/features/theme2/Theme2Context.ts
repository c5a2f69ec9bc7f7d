import { createContext, useContext } from 'react'
import type { Edit } from '../../stores/storeTypes'

/** What every part of the テーマ2 screen shares: where it is, how it edits and announces. */
export interface Theme2ContextValue {
  workshopId: string
  groupId: string
  boardId: string
  /** Applies an edit through the workshop store (one undo step); true when the doc changed. */
  apply: (edit: Edit) => boolean
  /** Says something to screen readers (aria-live, polite). */
  announce: (message: string) => void
  /** After a deletion: announces it and shows a notice (saying how to undo it). */
  deleted: (message: string) => void
}

export const Theme2Context = createContext<Theme2ContextValue | null>(null)

export function useTheme2(): Theme2ContextValue {
  const value = useContext(Theme2Context)
  if (!value) throw new Error('useTheme2 outside of Theme2Context')
  return value
}
