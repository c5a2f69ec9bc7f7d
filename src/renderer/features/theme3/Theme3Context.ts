import { createContext, useContext } from 'react'
import type { AnyRecord } from '../../../shared/model/schemas'
import type { ThemeEditing } from '../../shell/themeEditing'

/** What every part of the テーマ3 screen shares: where it is, how it edits and announces. */
export interface Theme3ContextValue extends ThemeEditing {
  /**
   * After a deletion: announces it and shows a notice whose 元に戻す brings back exactly the
   * deleted records (even when other edits were made since).
   */
  deleted: (message: string, records: readonly AnyRecord[]) => void
}

export const Theme3Context = createContext<Theme3ContextValue | null>(null)

export function useTheme3(): Theme3ContextValue {
  const value = useContext(Theme3Context)
  if (!value) throw new Error('useTheme3 outside of Theme3Context')
  return value
}
