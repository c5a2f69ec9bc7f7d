import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { mainWindowOptions } from './mainWindow'

/**
 * The projector window: a second window of the app showing one read-only view (e.g. a group's
 * テーマ1 board) for the room. On the external display, full screen, when one is connected; else
 * a normal window next to the main one. There is at most one: asking again shows the new route
 * in the same window and brings it to the front.
 *
 * Electron is injected (createWindow, screen) so this is tested with fakes.
 */

/** The part of a Display used here. */
export interface DisplayLike {
  id: number
  bounds: Rectangle
}

/** The part of Electron's `screen` used here. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[]
  getPrimaryDisplay(): DisplayLike
  getDisplayMatching(rect: Rectangle): DisplayLike
}

/** The part of a BrowserWindow used here. */
export interface ProjectorWindowLike {
  isDestroyed(): boolean
  loadURL(url: string): Promise<void>
  show(): void
  focus(): void
  isMinimized(): boolean
  restore(): void
  close(): void
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'closed', listener: () => void): unknown
}

/** The window that asked (its bounds tell which display the moderator is looking at). */
export interface CallerWindowLike {
  getBounds(): Rectangle
}

export interface ProjectorWindowDeps<W extends ProjectorWindowLike> {
  createWindow: (options: BrowserWindowConstructorOptions) => W
  screen: ScreenLike
  preloadPath: string
  /** The app's page without a hash: app://taneboard/index.html (or the dev server's URL). */
  entryUrl: string
}

export interface ProjectorWindows<W extends ProjectorWindowLike> {
  /** Shows `route` (an already validated hash route) in the projector window. */
  open(route: string, caller?: CallerWindowLike | null): Promise<void>
  /** The open projector window, if any. */
  current(): W | null
  /** Closes the projector window (with the main window: a full-screen window has no frame). */
  close(): void
}

export const PROJECTOR_WINDOW_TITLE = 'タネボード 投影'

/** The display to project on: one that is not showing the caller (else null: a single display). */
export function pickProjectorDisplay(
  screen: ScreenLike,
  caller?: CallerWindowLike | null,
): DisplayLike | null {
  const displays = screen.getAllDisplays()
  if (displays.length < 2) return null
  const callerDisplay = caller
    ? screen.getDisplayMatching(caller.getBounds())
    : screen.getPrimaryDisplay()
  return displays.find((d) => d.id !== callerDisplay.id) ?? null
}

/** Options of the projector window: the main window's secure preferences, placed for the room. */
export function projectorWindowOptions(
  preloadPath: string,
  display: DisplayLike | null,
): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preloadPath)
  const options: BrowserWindowConstructorOptions = {
    ...base,
    title: PROJECTOR_WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    autoHideMenuBar: true,
  }
  if (!display) return options
  const { x, y, width, height } = display.bounds
  return { ...options, x, y, width, height, fullscreen: true }
}

export function createProjectorWindows<W extends ProjectorWindowLike>(
  deps: ProjectorWindowDeps<W>,
): ProjectorWindows<W> {
  let window: W | null = null

  const live = (): W | null => (window && !window.isDestroyed() ? window : null)

  return {
    async open(route, caller) {
      const url = `${deps.entryUrl}${route}`
      const existing = live()
      if (existing) {
        if (existing.isMinimized()) existing.restore()
        existing.show()
        existing.focus()
        await existing.loadURL(url)
        return
      }
      const display = pickProjectorDisplay(deps.screen, caller)
      const created = deps.createWindow(projectorWindowOptions(deps.preloadPath, display))
      window = created
      created.once('ready-to-show', () => {
        created.show()
      })
      created.on('closed', () => {
        if (window === created) window = null
      })
      await created.loadURL(url)
    },
    current: live,
    close() {
      live()?.close()
      window = null
    },
  }
}
