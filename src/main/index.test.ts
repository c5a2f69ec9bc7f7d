import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { HOST_CHANNELS } from '../shared/host/hostApi'
import { CONTENT_SECURITY_POLICY } from '../shared/host/csp'
import { DEAD_PROXY, secureWebPreferences } from './window/windowSecurity'

// Loads the real entry point against a fake 'electron' and checks the wiring.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  const appListeners = new Map<string, Listener>()
  const handlers = new Map<string, Listener>()
  const eventListeners = new Map<string, Listener>()
  const powerListeners = new Map<string, Listener>()
  const windows: FakeWindow[] = []
  const fakeUserData = `${process.env.TMPDIR ?? '/tmp'}/taneboard-index-test-${String(process.pid)}`
  const calls = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionHandlerSet: false,
    blockedPatterns: [] as string[],
    proxies: [] as unknown[],
    reloads: 0,
    menus: [] as string[][],
  }

  class FakeWindow {
    readonly webContents = {
      mainFrame: { url: 'app://taneboard/index.html' },
      printToPDF: () => Promise.resolve(new Uint8Array()),
      send: (): void => undefined,
      isDestroyed: () => false,
      reload: (): void => {
        calls.reloads++
      },
    }
    readonly options: unknown
    loadedUrl = ''
    constructor(options: unknown) {
      this.options = options
      windows.push(this)
    }
    readonly listeners = new Map<string, Listener>()
    once(): void {}
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener)
    }
    show(): void {}
    focus(): void {}
    isMinimized(): boolean {
      return false
    }
    isDestroyed(): boolean {
      return false
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      return Promise.resolve()
    }
    static getAllWindows(): FakeWindow[] {
      return windows
    }
  }

  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      // userData is written to when the LAN hub runs: a temporary folder, removed afterwards
      getPath: (name: string) => (name === 'userData' ? fakeUserData : `/fake/${name}`),
      getVersion: () => '9.9.9',
      quit: () => undefined,
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: { label: string }[] }) =>
        calls.menus.push(menu.template.map((item) => item.label)),
    },
    screen: {
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getDisplayMatching: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    dialog: {},
    powerSaveBlocker: { start: () => 1, stop: () => undefined },
    powerMonitor: {
      on: (event: string, listener: Listener) => powerListeners.set(event, listener),
      removeListener: (event: string) => powerListeners.delete(event),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
      on: (channel: string, listener: Listener) => eventListeners.set(channel, listener),
      removeListener: (channel: string) => eventListeners.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        calls.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (calls.permissionHandlerSet = true),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        setProxy: (config: unknown) => {
          calls.proxies.push(config)
          return Promise.resolve()
        },
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }) =>
            calls.blockedPatterns.push(...filter.urls),
        },
      },
    },
  }
  return {
    electron,
    appListeners,
    handlers,
    eventListeners,
    powerListeners,
    windows,
    calls,
    fakeUserData,
  }
})

vi.mock('electron', () => fake.electron)

/** A port of 18720-18729 (the console engineer's test ports) nothing listens on now. */
async function portNobodyUses(): Promise<number> {
  for (let port = 18720; port <= 18729; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => {
        resolve(false)
      })
      probe.listen(port, '127.0.0.1', () => {
        probe.close(() => {
          resolve(true)
        })
      })
    })
    if (free) return port
  }
  throw new Error('no free port in 18720-18729')
}

afterAll(async () => {
  await rm(fake.fakeUserData, { recursive: true, force: true })
})

beforeAll(async () => {
  // Even a development build (vitest's import.meta.env.DEV is true) ignores a remote address.
  process.env.ELECTRON_RENDERER_URL = 'http://attacker.example/'
  await import('./index')
  await new Promise((resolve) => setTimeout(resolve, 0))
})

describe('main entry point', () => {
  it('registers app:// as a standard, secure scheme and serves it with the CSP', async () => {
    expect(fake.calls.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    const handler = fake.calls.protocolHandlers.get('app')
    expect(handler).toBeDefined()
    const response = await handler?.(new Request('app://taneboard/%2e%2e%2fpackage.json'))
    expect(response?.status).toBe(403)
    expect(response?.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    // a page's policy names the LAN hub's loopback socket (the default port until the hub runs)
    const page = await handler?.(new Request('app://taneboard/index.html'))
    expect(page?.status).toBe(200)
    expect(page?.headers.get('Content-Security-Policy')).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self'",
        "connect-src 'self' ws://127.0.0.1:8730",
      ),
    )
  })

  it('hardens the session and every web contents, WebRTC included', () => {
    expect(fake.calls.permissionHandlerSet).toBe(true)
    expect(fake.calls.blockedPatterns).toContain('https://*/*')
    expect(fake.calls.proxies).toEqual([DEAD_PROXY])
    const policies: string[] = []
    const contents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      setWebRTCIPHandlingPolicy: (policy: string) => policies.push(policy),
    }
    fake.appListeners.get('web-contents-created')?.({}, contents)
    expect(policies).toEqual(['disable_non_proxied_udp'])
  })

  it('ignores ELECTRON_RENDERER_URL naming a remote address: loads and trusts only app://', async () => {
    expect(fake.windows[0]?.loadedUrl).toBe('app://taneboard/index.html')
    const getAppInfo = fake.handlers.get(HOST_CHANNELS.getAppInfo)
    await expect(
      getAppInfo?.({ senderFrame: { url: 'http://attacker.example/' } }),
    ).rejects.toThrow()
  })

  it('opens one hidden, secured main window on app://taneboard/index.html', () => {
    expect(fake.windows).toHaveLength(1)
    const [window] = fake.windows
    expect(window?.loadedUrl).toBe('app://taneboard/index.html')
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: {
        ...secureWebPreferences(''),
        preload: expect.stringMatching(/preload[\\/]index\.js$/) as unknown,
      },
    })
  })

  it('handles every host channel and answers getAppInfo for the main frame, without the user-data path', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort())
    const getAppInfo = fake.handlers.get(HOST_CHANNELS.getAppInfo)
    const senderFrame = fake.windows[0]?.webContents.mainFrame
    await expect(getAppInfo?.({ senderFrame })).resolves.toEqual({
      name: 'タネボード',
      version: '9.9.9',
      host: 'electron',
      dataLocation: 'このパソコンのタネボード用フォルダ',
    })
    expect(JSON.stringify(await getAppInfo?.({ senderFrame }))).not.toContain('/fake/')
    await expect(getAppInfo?.({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow()
  })

  it('answers the LAN channels: off until started, and stops the hub when the app quits', async () => {
    const senderFrame = fake.windows[0]?.webContents.mainFrame
    const lanState = fake.handlers.get(HOST_CHANNELS.lanState)
    await expect(lanState?.({ senderFrame })).resolves.toMatchObject({
      mode: 'desktop',
      sharing: false,
    })
    const lanStart = fake.handlers.get(HOST_CHANNELS.lanStart)
    await expect(
      lanStart?.(
        { senderFrame },
        { workshopId: 'ws-1', groupIds: [], address: '203.0.113.9', port: 8730 },
      ),
    ).resolves.toEqual({ ok: false, error: { code: 'lanShare.addressUnavailable' } })
    await expect(
      lanStart?.(
        { senderFrame: { url: 'https://evil.example/' } },
        { workshopId: 'ws-1', groupIds: [], address: '127.0.0.1', port: 8730 },
      ),
    ).rejects.toThrow()
    expect(fake.appListeners.has('will-quit')).toBe(true)
  })

  it('names the hub’s loopback socket in the pages’ CSP, reloading once for another port', async () => {
    const senderFrame = fake.windows[0]?.webContents.mainFrame
    const lanStart = fake.handlers.get(HOST_CHANNELS.lanStart)
    const lanStop = fake.handlers.get(HOST_CHANNELS.lanStop)
    const handler = fake.calls.protocolHandlers.get('app')
    const policy = async () =>
      (await handler?.(new Request('app://taneboard/index.html')))?.headers.get(
        'Content-Security-Policy',
      )
    const port = await portNobodyUses()
    const started = (await lanStart?.(
      { senderFrame },
      { workshopId: 'ws-1', groupIds: ['g1'], address: '127.0.0.1', port },
    )) as { ok: boolean; state: { clientUrl: string } }
    try {
      expect(started.ok).toBe(true)
      expect(started.state.clientUrl).toBe(`http://127.0.0.1:${String(port)}/`)
      expect(await policy()).toContain(`connect-src 'self' ws://127.0.0.1:${String(port)};`)
      expect(fake.calls.reloads).toBe(fake.windows.length)
    } finally {
      await lanStop?.({ senderFrame })
    }
    // stopped: the policy stays (no second reload); the session filter no longer lets it through
    expect(await policy()).toContain(`connect-src 'self' ws://127.0.0.1:${String(port)};`)
    expect(fake.calls.reloads).toBe(fake.windows.length)
  })

  it('opens one secured projector window on a route, whose main frame may call the host too', async () => {
    const openProjector = fake.handlers.get(HOST_CHANNELS.openProjectorWindow)
    const senderFrame = fake.windows[0]?.webContents.mainFrame
    const route = '#/w/ws-1/g/grp-1/theme1/projector'
    await openProjector?.({ senderFrame }, { route })
    await openProjector?.({ senderFrame }, { route })
    expect(fake.windows).toHaveLength(2)
    const projector = fake.windows[1]
    expect(projector?.loadedUrl).toBe(`app://taneboard/index.html${route}`)
    expect(projector?.options).toMatchObject({
      show: false,
      webPreferences: {
        ...secureWebPreferences(''),
        preload: expect.stringMatching(/preload[\\/]index\.js$/) as unknown,
      },
    })
    const getAppInfo = fake.handlers.get(HOST_CHANNELS.getAppInfo)
    await expect(
      getAppInfo?.({ senderFrame: projector?.webContents.mainFrame }),
    ).resolves.toMatchObject({ host: 'electron' })
    await expect(
      openProjector?.({ senderFrame }, { route: 'https://evil.example/#/w/x' }),
    ).rejects.toThrow(/invalid request/)
  })
})

describe('a .taneboard file double-clicked while the app runs', () => {
  it('goes from the second instance to the main window’s page only, read by main', async () => {
    const folder = join(fake.fakeUserData, 'Downloads')
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, '研修会_テーブルＡ.taneboard'), '{"format":"taneboard-workshop"}')
    const [main, projector] = fake.windows
    const sent: unknown[][] = []
    if (main) main.webContents.send = (...args: unknown[]) => void sent.push(args)
    // Windows starts a second TaneBoard.exe with the file; the lock hands its command line over
    fake.appListeners.get('second-instance')?.(
      {},
      [
        'C:/TaneBoard/TaneBoard.exe',
        '--allow-file-access-from-files',
        '研修会_テーブルＡ.taneboard',
      ],
      folder,
    )
    expect(sent).toEqual([['app:files-opened']])
    const take = fake.handlers.get(HOST_CHANNELS.takeOpenedFiles)
    // the projector window's page gets nothing, and takes nothing away from the main window
    expect(projector).toBeDefined()
    await expect(take?.({ senderFrame: projector?.webContents.mainFrame })).resolves.toEqual({
      files: [],
      omitted: 0,
    })
    await expect(take?.({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow()
    await expect(take?.({ senderFrame: main?.webContents.mainFrame })).resolves.toEqual({
      files: [{ name: '研修会_テーブルＡ.taneboard', content: '{"format":"taneboard-workshop"}' }],
      omitted: 0,
    })
    await expect(take?.({ senderFrame: main?.webContents.mainFrame })).resolves.toEqual({
      files: [],
      omitted: 0,
    })
  })

  it('on macOS arrives as open-file, which the app handles itself', () => {
    let prevented = false
    fake.appListeners.get('open-file')?.(
      { preventDefault: () => (prevented = true) },
      '/Users/me/研修会.taneboard',
    )
    expect(prevented).toBe(true)
  })
})

describe('the application menu', () => {
  it('is in Japanese from the start, and follows the page’s language', async () => {
    const onLinux = ['&File', '&Edit', '&View', '&Window', '&Help']
    const inJapanese = ['ファイル(&F)', '編集(&E)', '表示(&V)', 'ウィンドウ(&W)', 'ヘルプ(&H)']
    if (process.platform === 'darwin') return
    expect(fake.calls.menus[0]).toEqual(inJapanese)
    const setMenuLanguage = fake.handlers.get(HOST_CHANNELS.setMenuLanguage)
    const senderFrame = fake.windows[0]?.webContents.mainFrame
    await setMenuLanguage?.({ senderFrame }, 'en')
    expect(fake.calls.menus.at(-1)).toEqual(onLinux)
    await setMenuLanguage?.({ senderFrame }, 'en')
    expect(fake.calls.menus).toHaveLength(2)
    await expect(setMenuLanguage?.({ senderFrame }, 'fr')).rejects.toThrow()
    await setMenuLanguage?.({ senderFrame }, 'ja')
    expect(fake.calls.menus.at(-1)).toEqual(inJapanese)
  })
})

describe('closing and sleeping', () => {
  it('keeps the main window open until its page has flushed, and flushes on sleep or lock', () => {
    const [window] = fake.windows
    const sent: unknown[][] = []
    if (window) window.webContents.send = (...args: unknown[]) => void sent.push(args)
    let prevented = false
    window?.listeners.get('close')?.({ preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    expect(sent).toEqual([['app:flush-request', 1]])
    expect(fake.eventListeners.has('app:flush-done')).toBe(true)
    expect([...fake.powerListeners.keys()].sort()).toEqual(['lock-screen', 'suspend'])
    fake.powerListeners.get('suspend')?.()
    expect(sent).toHaveLength(2)
  })
})
