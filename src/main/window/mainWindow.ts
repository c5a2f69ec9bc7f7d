import type { BrowserWindowConstructorOptions } from 'electron'
import { secureWebPreferences } from './windowSecurity'

/** The paper colour of the poster, shown before the first paint so the window never flashes. */
export const WINDOW_BACKGROUND = '#f6f3ea'

/** Options of the main window; it stays hidden until 'ready-to-show'. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: WINDOW_BACKGROUND,
    title: 'タネボード',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  }
}
