import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { mainWindowOptions } from './mainWindow'
import {
  DEAD_PROXY,
  hardenSession,
  hardenWebContents,
  isSameOrigin,
  REMOTE_URL_PATTERNS,
  secureWebPreferences,
  type BlockedAttempt,
} from './windowSecurity'

const APP_ORIGIN = 'app://taneboard'
const HOSTILE_URLS = ['https://evil.example', 'file:///etc/passwd', 'javascript:alert(1)']
const ALL_URLS = [...HOSTILE_URLS, 'app://taneboard/index.html', 'app://taneboard/other.html']

type Listener = (...args: unknown[]) => void

/** Records what hardenWebContents registers, so the test can fire events at it. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const webRtcPolicies: string[] = []
  const fake = {
    setWebRTCIPHandlingPolicy(policy: string) {
      webRtcPolicies.push(policy)
    },
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return fake
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler
    },
  }
  return {
    contents: fake as unknown as WebContents,
    webRtcPolicies,
    emit(event: string, ...args: unknown[]) {
      const registered = listeners.get(event) ?? []
      expect(registered.length).toBeGreaterThan(0)
      for (const listener of registered) listener(...args)
    },
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window open handler')
      return openHandler({ url })
    },
  }
}

function fakeEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      webviewTag: false,
      backgroundThrottling: false,
    })
  })

  it('is what the main window uses', () => {
    const options = mainWindowOptions('/p.js')
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.js'))
    expect(options).toMatchObject({
      width: 1366,
      height: 860,
      minWidth: 1024,
      minHeight: 700,
      backgroundColor: '#f6f3ea',
      title: 'タネボード',
      show: false,
    })
  })
})

describe('hardenWebContents', () => {
  it.each(ALL_URLS)('prevents navigation of the page and its frames to %s', (url) => {
    const blocked: BlockedAttempt[] = []
    const fake = fakeContents()
    hardenWebContents(fake.contents, APP_ORIGIN, (attempt) => blocked.push(attempt))

    const navigation = fakeEvent(url)
    fake.emit('will-navigate', navigation, url)
    const frameNavigation = fakeEvent(url)
    fake.emit('will-frame-navigate', frameNavigation)

    expect(navigation.preventDefault).toHaveBeenCalled()
    expect(frameNavigation.preventDefault).toHaveBeenCalled()
    expect(blocked.map((b) => b.kind)).toEqual(['navigation', 'frame-navigation'])
    expect(blocked[0]?.sameOrigin).toBe(url.startsWith('app://taneboard/'))
  })

  it.each(ALL_URLS)('denies window.open(%j)', (url) => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, APP_ORIGIN)
    expect(fake.openWindow(url)).toEqual({ action: 'deny' })
  })

  it('lets WebRTC use UDP only through the (dead) proxy: no peer, STUN or TURN traffic', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, APP_ORIGIN)
    expect(fake.webRtcPolicies).toEqual(['disable_non_proxied_udp'])
  })

  it('prevents attaching a webview', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, APP_ORIGIN)
    const event = fakeEvent('')
    fake.emit('will-attach-webview', event, {}, { src: 'https://evil.example' })
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'mediaKeySystem',
  'idle-detection',
  'hid',
  'serial',
  'usb',
  'window-management',
  'storage-access',
  'top-level-storage-access',
  'fileSystem',
  'keyboardLock',
  'local-fonts',
  'screen-wake-lock',
  'unknown',
]

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void
type CheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean
type BeforeRequest = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void

function hardenedFakeSession(allowedOrigins?: string[], liveOrigins?: () => readonly string[]) {
  const captured: {
    request?: RequestHandler
    check?: CheckHandler
    device?: () => boolean
    filter?: { urls: string[] }
    beforeRequest?: BeforeRequest
    proxy?: unknown
  } = {}
  const fake = {
    setProxy: (config: unknown) => {
      captured.proxy = config
      return Promise.resolve()
    },
    setPermissionRequestHandler: (handler: RequestHandler) => (captured.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (captured.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (captured.device = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequest) => {
        captured.filter = filter
        captured.beforeRequest = listener
      },
    },
  }
  void hardenSession(fake as unknown as Session, { allowedOrigins, liveOrigins })
  return captured
}

function isCancelled(beforeRequest: BeforeRequest | undefined, url: string): boolean | undefined {
  let cancel: boolean | undefined
  beforeRequest?.({ url }, (response) => (cancel = response.cancel))
  return cancel
}

/** Asks the hardened session for a permission; returns [request granted, check granted]. */
function ask(
  session: ReturnType<typeof hardenedFakeSession>,
  permission: string,
  requestingUrl: string,
  isMainFrame = true,
): [boolean | undefined, boolean | undefined] {
  let granted: boolean | undefined
  session.request?.({}, permission, (value) => (granted = value), { requestingUrl, isMainFrame })
  const origin = new URL(requestingUrl).origin
  return [granted, session.check?.({}, permission, origin, { requestingUrl, isMainFrame })]
}

describe('hardenSession', () => {
  it.each(PERMISSIONS.filter((p) => p !== 'fullscreen'))(
    'denies the %s permission request and check, even to the app itself',
    (permission) => {
      const session = hardenedFakeSession()
      expect(ask(session, permission, 'app://taneboard/index.html')).toEqual([false, false])
      expect(ask(session, permission, 'https://evil.example/')).toEqual([false, false])
    },
  )

  it('grants fullscreen (requestFullscreen of the projector view) to the app main frame only', () => {
    const session = hardenedFakeSession()
    expect(
      ask(session, 'fullscreen', 'app://taneboard/index.html#/w/a/g/b/theme1/projector'),
    ).toEqual([true, true])
    expect(ask(session, 'fullscreen', 'app://taneboard/index.html', false)).toEqual([false, false])
    expect(ask(session, 'fullscreen', 'https://evil.example/')).toEqual([false, false])
    expect(ask(session, 'fullscreen', 'app://evil/index.html')).toEqual([false, false])
    expect(ask(session, 'automatic-fullscreen', 'app://taneboard/index.html')).toEqual([
      false,
      false,
    ])
  })

  it('grants fullscreen to the dev server only when it is allowed', () => {
    const url = 'http://localhost:5173/#/w/a/g/b/theme1/projector'
    expect(ask(hardenedFakeSession(), 'fullscreen', url)).toEqual([false, false])
    expect(ask(hardenedFakeSession(['http://localhost:5173']), 'fullscreen', url)).toEqual([
      true,
      true,
    ])
  })

  it('denies device access', () => {
    expect(hardenedFakeSession().device?.()).toBe(false)
  })

  it('cancels every http, https and ws request', () => {
    const session = hardenedFakeSession()
    expect(session.filter).toEqual({ urls: REMOTE_URL_PATTERNS })
    for (const url of [
      'https://evil.example/x.js',
      'http://127.0.0.1:8080/',
      'ws://evil.example/socket',
      'wss://evil.example/socket',
    ]) {
      expect(isCancelled(session.beforeRequest, url)).toBe(true)
    }
  })

  it('sends whatever the filter does not see (WebRTC relays) to a dead proxy on loopback', () => {
    const session = hardenedFakeSession()
    expect(session.proxy).toEqual(DEAD_PROXY)
    expect(DEAD_PROXY.mode).toBe('fixed_servers')
    // Every scheme and SOCKS goes to a closed loopback port; no DIRECT fallback, no bypass list.
    const rules = DEAD_PROXY.proxyRules.split(';')
    expect(rules.map((rule) => rule.split('=')[0])).toEqual(['http', 'https', 'ftp', 'socks'])
    for (const rule of rules) expect(rule).toMatch(/=(?:socks5:\/\/)?127\.0\.0\.1:9$/)
    expect(DEAD_PROXY.proxyRules).not.toMatch(/direct/i)
    expect(DEAD_PROXY).not.toHaveProperty('proxyBypassRules')
  })

  it('resolves only once the proxy is in force', async () => {
    let proxied = false
    const session = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: () => undefined },
      setProxy: () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            proxied = true
            resolve()
          }, 5),
        ),
    }
    await hardenSession(session as unknown as Session)
    expect(proxied).toBe(true)
  })

  it('lets only the dev server through in development', () => {
    const session = hardenedFakeSession(['http://localhost:5173', 'ws://localhost:5173'])
    expect(isCancelled(session.beforeRequest, 'http://localhost:5173/src/main.tsx')).toBe(false)
    expect(isCancelled(session.beforeRequest, 'ws://localhost:5173/')).toBe(false)
    expect(isCancelled(session.beforeRequest, 'http://localhost:5174/')).toBe(true)
    expect(isCancelled(session.beforeRequest, 'http://localhost.evil.example:5173/')).toBe(true)
  })

  it('lets the LAN hub’s loopback socket through only while 「LAN共有」 is on', () => {
    let live: string[] = []
    const session = hardenedFakeSession([], () => live)
    const socket = 'ws://127.0.0.1:8730/sync'
    expect(isCancelled(session.beforeRequest, socket)).toBe(true)
    live = ['ws://127.0.0.1:8730']
    expect(isCancelled(session.beforeRequest, socket)).toBe(false)
    expect(isCancelled(session.beforeRequest, 'ws://127.0.0.1:8731/sync')).toBe(true)
    expect(isCancelled(session.beforeRequest, 'ws://192.168.137.1:8730/sync')).toBe(true)
    expect(isCancelled(session.beforeRequest, 'http://127.0.0.1:8731/')).toBe(true)
    live = []
    expect(isCancelled(session.beforeRequest, socket)).toBe(true)
  })
})

describe('isSameOrigin', () => {
  it('compares scheme and host, also for custom schemes', () => {
    expect(isSameOrigin('app://taneboard/index.html', APP_ORIGIN)).toBe(true)
    expect(isSameOrigin('app://taneboard.evil/index.html', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('app://evil/taneboard', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('https://taneboard/', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('app://taneboard@evil/', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('not a url', APP_ORIGIN)).toBe(false)
  })
})
