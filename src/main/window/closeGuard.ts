import { HOST_EVENTS } from '../../shared/host/channels'

/**
 * Holds a window open until its page has written everything pending (IndexedDB and the snapshot
 * file), then lets it close. The page answers a flush request with the request id; a page that
 * does not answer within `timeoutMs` (hung, or not loaded) does not keep the window open.
 *
 * Electron is injected: the window and ipcMain are the few methods used here.
 */

export interface FlushingWindow {
  webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean }
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  isDestroyed(): boolean
  destroy(): void
}

type AckListener = (event: { sender: unknown }, ...args: unknown[]) => void

export interface FlushAckSource {
  on(channel: string, listener: AckListener): unknown
  removeListener(channel: string, listener: AckListener): unknown
}

export interface CloseGuardDeps {
  ipcMain: FlushAckSource
  timeoutMs?: number
  /**
   * Asked when the page could not write everything (disk full, no permission) or did not answer:
   * true closes anyway, false keeps the window open. Without it the window closes.
   */
  confirmCloseUnsaved?: () => Promise<boolean>
  /** Called once the window may go (e.g. to resume an app.quit() the close interrupted). */
  onReleased?: () => void
}

export interface CloseGuard {
  /** Asks the page to flush now; true when it wrote everything, false on failure or timeout. */
  requestFlush(): Promise<boolean>
}

export function guardCloseUntilFlushed(window: FlushingWindow, deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.timeoutMs ?? 3000
  let nextId = 1
  let released = false
  let closing: Promise<void> | null = null

  function requestFlush(): Promise<boolean> {
    if (window.isDestroyed() || window.webContents.isDestroyed()) return Promise.resolve(true)
    const requestId = nextId++
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(timer)
        deps.ipcMain.removeListener(HOST_EVENTS.flushDone, onAck)
        resolve(ok)
      }
      const onAck = (event: { sender: unknown }, id: unknown, ok: unknown): void => {
        // Only this window's page can answer, and only this request.
        if (event.sender === window.webContents && id === requestId) done(ok === true)
      }
      const timer = setTimeout(() => {
        done(false)
      }, timeoutMs)
      deps.ipcMain.on(HOST_EVENTS.flushDone, onAck)
      window.webContents.send(HOST_EVENTS.flushRequest, requestId)
    })
  }

  window.on('close', (event) => {
    if (released) return
    event.preventDefault()
    closing ??= requestFlush()
      .then(async (ok) => ok || !deps.confirmCloseUnsaved || (await deps.confirmCloseUnsaved()))
      .then((close) => {
        if (!close) {
          // The user keeps the window (and the unsaved work): a later close asks again.
          closing = null
          return
        }
        released = true
        if (!window.isDestroyed()) window.destroy()
        deps.onReleased?.()
      })
  })

  return { requestFlush }
}
