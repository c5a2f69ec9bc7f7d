import { createContext, useContext } from 'react'
import type { ThemeEditing } from '../../shell/themeEditing'

/**
 * What every part of the テーマ2 screen shares: where it is, how it edits (deletions with a notice
 * whose 元に戻す undoes them: `remove`) and announces.
 */
export type Theme2ContextValue = ThemeEditing

export const Theme2Context = createContext<Theme2ContextValue | null>(null)

export function useTheme2(): Theme2ContextValue {
  const value = useContext(Theme2Context)
  if (!value) throw new Error('useTheme2 outside of Theme2Context')
  return value
}
