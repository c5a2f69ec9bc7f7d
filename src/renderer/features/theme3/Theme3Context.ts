import { createContext, useContext } from 'react'
import type { ThemeEditing } from '../../shell/themeEditing'

/**
 * What every part of the テーマ3 screen shares: where it is, how it edits (deletions with a notice
 * whose 元に戻す undoes them: `remove`) and announces.
 */
export type Theme3ContextValue = ThemeEditing

export const Theme3Context = createContext<Theme3ContextValue | null>(null)

export function useTheme3(): Theme3ContextValue {
  const value = useContext(Theme3Context)
  if (!value) throw new Error('useTheme3 outside of Theme3Context')
  return value
}
