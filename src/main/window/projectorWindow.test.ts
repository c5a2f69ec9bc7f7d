import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  createProjectorWindows,
  pickProjectorDisplay,
  PROJECTOR_WINDOW_TITLE,
  type DisplayLike,
  type ProjectorWindowLike,
  type ScreenLike,
} from './projectorWindow'
import { secureWebPreferences } from './windowSecurity'

const ROUTE = '#/w/ws-1/g/grp-1/theme1/projector'
const ENTRY = 'app://taneboard/index.html'

const LAPTOP: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }
const PROJECTOR: DisplayLike = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } }

function fakeScreen(displays: DisplayLike[]): ScreenLike {
  const inside = (rect: Rectangle, d: DisplayLike) =>
    rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width
  return {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0]!,
    getDisplayMatching: (rect) => displays.find((d) => inside(rect, d)) ?? displays[0]!,
  }
}

class FakeWindow implements ProjectorWindowLike {
  readonly urls: string[] = []
  readonly calls: string[] = []
  destroyed = false
  minimized = false
  private readonly listeners = new Map<string, () => void>()
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  isDestroyed() {
    return this.destroyed
  }
  loadURL(url: string) {
    this.urls.push(url)
    return Promise.resolve()
  }
  show() {
    this.calls.push('show')
  }
  focus() {
    this.calls.push('focus')
  }
  isMinimized() {
    return this.minimized
  }
  restore() {
    this.calls.push('restore')
    this.minimized = false
  }
  close() {
    this.calls.push('close')
    this.destroyed = true
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener)
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener)
  }
  emit(event: string) {
    this.listeners.get(event)?.()
  }
}

function setup(displays: DisplayLike[] = [LAPTOP]) {
  const created: FakeWindow[] = []
  const windows = createProjectorWindows({
    createWindow: (options) => {
      const window = new FakeWindow(options)
      created.push(window)
      return window
    },
    screen: fakeScreen(displays),
    preloadPath: '/app/out/preload/index.js',
    entryUrl: ENTRY,
  })
  return { windows, created }
}

describe('projector window', () => {
  it('opens a normal, secured window on the route when there is one display', async () => {
    const { windows, created } = setup()
    await windows.open(ROUTE)
    expect(created).toHaveLength(1)
    const [window] = created
    expect(window?.urls).toEqual([`${ENTRY}${ROUTE}`])
    expect(window?.options.webPreferences).toEqual(
      secureWebPreferences('/app/out/preload/index.js'),
    )
    expect(window?.options).toMatchObject({ title: PROJECTOR_WINDOW_TITLE, show: false })
    expect(window?.options.fullscreen).toBeUndefined()
    expect(window?.options.x).toBeUndefined()
    window?.emit('ready-to-show')
    expect(window?.calls).toContain('show')
    expect(windows.current()).toBe(window)
  })

  it('goes full screen on the display that is not showing the caller', async () => {
    const { windows, created } = setup([LAPTOP, PROJECTOR])
    await windows.open(ROUTE, { getBounds: () => ({ x: 100, y: 100, width: 1000, height: 700 }) })
    expect(created[0]?.options).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    })
  })

  it('picks the laptop when the caller sits on the other display, and none for one display', () => {
    const onProjector = { getBounds: () => ({ x: 1500, y: 10, width: 800, height: 600 }) }
    expect(pickProjectorDisplay(fakeScreen([LAPTOP, PROJECTOR]), onProjector)).toBe(LAPTOP)
    expect(pickProjectorDisplay(fakeScreen([LAPTOP, PROJECTOR]))).toBe(PROJECTOR)
    expect(pickProjectorDisplay(fakeScreen([LAPTOP]), onProjector)).toBeNull()
  })

  it('reuses the open window: restores, shows, focuses and loads the new route', async () => {
    const { windows, created } = setup()
    await windows.open(ROUTE)
    const window = created[0]!
    window.minimized = true
    await windows.open('#/w/ws-1/g/grp-2/theme1/projector')
    expect(created).toHaveLength(1)
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
    expect(window.urls.at(-1)).toBe(`${ENTRY}#/w/ws-1/g/grp-2/theme1/projector`)
  })

  it('opens a new window after the old one was closed or destroyed', async () => {
    const { windows, created } = setup()
    await windows.open(ROUTE)
    created[0]?.emit('closed')
    expect(windows.current()).toBeNull()
    await windows.open(ROUTE)
    expect(created).toHaveLength(2)
    created[1]!.destroyed = true
    expect(windows.current()).toBeNull()
    await windows.open(ROUTE)
    expect(created).toHaveLength(3)
  })

  it('closes the projector window on request (when the main window closes)', async () => {
    const { windows, created } = setup()
    windows.close()
    await windows.open(ROUTE)
    windows.close()
    expect(created[0]?.calls).toEqual(['close'])
    expect(windows.current()).toBeNull()
  })
})
