import { createContext, useContext } from 'react'
import type { ThemeEditing } from '../../shell/themeEditing'

/** What every part of the テーマ2 screen shares: where it is, how it edits and announces. */
export interface Theme2ContextValue extends ThemeEditing {
  /** After a deletion: announces it and shows a notice (saying how to undo it). */
  deleted: (message: string) => void
}

export const Theme2Context = createContext<Theme2ContextValue | null>(null)

export function useTheme2(): Theme2ContextValue {
  const value = useContext(Theme2Context)
  if (!value) throw new Error('useTheme2 outside of Theme2Context')
  return value
}
