import { createContext, useContext, type ReactNode } from 'react'

/**
 * Table mode (a table's device joined to the LAN session: features/table): the theme screens'
 * header shows the connection state and 「参加をやめる」 (`bar`) where the way back to the setup
 * would be, and nothing that leads to other groups (テーマ1's group switcher).
 */
export interface TableModeFrame {
  bar: ReactNode
}

export const TableModeContext = createContext<TableModeFrame | null>(null)

export function useTableMode(): TableModeFrame | null {
  return useContext(TableModeContext)
}
