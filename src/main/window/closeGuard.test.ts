import { describe, expect, it, vi } from 'vitest'
import { HOST_EVENTS } from '../../shared/host/channels'
import { guardCloseUntilFlushed, type FlushingWindow } from './closeGuard'

type Listener = (event: { sender: unknown }, ...args: unknown[]) => void

function fakeIpcMain() {
  const listeners = new Map<string, Set<Listener>>()
  return {
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(channel, set)
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener)
    },
    emit(channel: string, sender: unknown, ...args: unknown[]) {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender }, ...args)
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  }
}

function fakeWindow() {
  const sent: { channel: string; args: unknown[] }[] = []
  let closeListener: ((event: { preventDefault(): void }) => void) | null = null
  let destroyed = false
  const webContents = {
    send: (channel: string, ...args: unknown[]) => sent.push({ channel, args }),
    isDestroyed: () => destroyed,
  }
  const window: FlushingWindow = {
    webContents,
    on: (_event, listener) => {
      closeListener = listener
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true
    },
  }
  /** Plays the user closing the window; returns whether Electron was told to keep it. */
  const close = (): boolean => {
    let prevented = false
    closeListener?.({ preventDefault: () => (prevented = true) })
    return prevented
  }
  return { window, webContents, sent, close, isDestroyed: () => destroyed }
}

describe('guardCloseUntilFlushed', () => {
  it('keeps the window open until its page says everything is written', async () => {
    const ipcMain = fakeIpcMain()
    const win = fakeWindow()
    const onReleased = vi.fn()
    guardCloseUntilFlushed(win.window, { ipcMain, onReleased, timeoutMs: 60_000 })

    expect(win.close()).toBe(true)
    expect(win.sent).toEqual([{ channel: HOST_EVENTS.flushRequest, args: [1] }])
    expect(win.isDestroyed()).toBe(false)

    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 1)
    await vi.waitFor(() => {
      expect(win.isDestroyed()).toBe(true)
    })
    expect(onReleased).toHaveBeenCalledTimes(1)
    expect(ipcMain.count(HOST_EVENTS.flushDone)).toBe(0)
  })

  it('ignores answers from another page or to another request', async () => {
    const ipcMain = fakeIpcMain()
    const win = fakeWindow()
    guardCloseUntilFlushed(win.window, { ipcMain, timeoutMs: 60_000 })
    win.close()
    ipcMain.emit(HOST_EVENTS.flushDone, { other: 'page' }, 1, true)
    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 99, true)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(win.isDestroyed()).toBe(false)
    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 1, true)
    await vi.waitFor(() => {
      expect(win.isDestroyed()).toBe(true)
    })
  })

  it('asks only once when the user clicks close repeatedly', () => {
    const ipcMain = fakeIpcMain()
    const win = fakeWindow()
    guardCloseUntilFlushed(win.window, { ipcMain, timeoutMs: 60_000 })
    win.close()
    win.close()
    expect(win.sent).toHaveLength(1)
  })

  it('does not let a page that never answers hold the window open', async () => {
    vi.useFakeTimers()
    try {
      const ipcMain = fakeIpcMain()
      const win = fakeWindow()
      guardCloseUntilFlushed(win.window, { ipcMain, timeoutMs: 3000 })
      win.close()
      await vi.advanceTimersByTimeAsync(2999)
      expect(win.isDestroyed()).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(win.isDestroyed()).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('lets the window go without asking once released, and flushes on request', async () => {
    const ipcMain = fakeIpcMain()
    const win = fakeWindow()
    const guard = guardCloseUntilFlushed(win.window, { ipcMain, timeoutMs: 60_000 })
    const flushed = guard.requestFlush()
    expect(win.sent).toEqual([{ channel: HOST_EVENTS.flushRequest, args: [1] }])
    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 1, true)
    expect(await flushed).toBe(true)
    expect(win.isDestroyed()).toBe(false)
  })

  it('asks before closing when the page could not write everything, and keeps it if told', async () => {
    const ipcMain = fakeIpcMain()
    const win = fakeWindow()
    const answers = [false, true]
    const confirmCloseUnsaved = vi.fn(() => Promise.resolve(answers.shift() ?? true))
    guardCloseUntilFlushed(win.window, { ipcMain, confirmCloseUnsaved, timeoutMs: 60_000 })

    win.close()
    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 1, false)
    await vi.waitFor(() => {
      expect(confirmCloseUnsaved).toHaveBeenCalledTimes(1)
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(win.isDestroyed()).toBe(false)

    // A second close asks the page again, and this time the user closes anyway.
    expect(win.close()).toBe(true)
    expect(win.sent).toHaveLength(2)
    ipcMain.emit(HOST_EVENTS.flushDone, win.webContents, 2, false)
    await vi.waitFor(() => {
      expect(win.isDestroyed()).toBe(true)
    })
    expect(confirmCloseUnsaved).toHaveBeenCalledTimes(2)
  })
})
