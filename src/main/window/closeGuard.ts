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
  /** Called once the window may go (e.g. to resume an app.quit() the close interrupted). */
  onReleased?: () => void
}

export interface CloseGuard {
  /** Asks the page to flush now and resolves when it has (or the timeout passed). */
  requestFlush(): Promise<void>
}

export function guardCloseUntilFlushed(window: FlushingWindow, deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.timeoutMs ?? 3000
  let nextId = 1
  let released = false
  let closing: Promise<void> | null = null

  function requestFlush(): Promise<void> {
    if (window.isDestroyed() || window.webContents.isDestroyed()) return Promise.resolve()
    const requestId = nextId++
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        deps.ipcMain.removeListener(HOST_EVENTS.flushDone, onAck)
        resolve()
      }
      const onAck = (event: { sender: unknown }, id: unknown): void => {
        // Only this window's page can answer, and only this request.
        if (event.sender === window.webContents && id === requestId) done()
      }
      const timer = setTimeout(done, timeoutMs)
      deps.ipcMain.on(HOST_EVENTS.flushDone, onAck)
      window.webContents.send(HOST_EVENTS.flushRequest, requestId)
    })
  }

  window.on('close', (event) => {
    if (released) return
    event.preventDefault()
    closing ??= requestFlush().then(() => {
      released = true
      if (!window.isDestroyed()) window.destroy()
      deps.onReleased?.()
    })
  })

  return { requestFlush }
}
