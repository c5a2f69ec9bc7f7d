import type { Session, WebContents, WebPreferences } from 'electron'
import { APP_ORIGIN } from '../protocol/appProtocol'

/**
 * The web preferences of every window: isolated, sandboxed, no Node, no webview
 * (Electron security checklist items 2–4, 6, 8–10).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    // The facilitator's timer and chimes must keep time while the console window is hidden or
    // minimised (Chromium otherwise runs its timers about once a minute after 5 minutes).
    backgroundThrottling: false,
  }
}

/** What a blocked attempt looked like, for the log. */
export interface BlockedAttempt {
  kind: 'navigation' | 'frame-navigation' | 'window-open' | 'webview'
  url: string
  /** Whether the target was inside the app itself (a bug) rather than elsewhere (an attack). */
  sameOrigin: boolean
}

/** Same origin by scheme and host:port; `URL.origin` is 'null' for custom schemes like app:. */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const a = new URL(url)
    const b = new URL(origin)
    return a.protocol === b.protocol && a.host.toLowerCase() === b.host.toLowerCase()
  } catch {
    return false
  }
}

/**
 * WebRTC may only use UDP through a proxy, and the session's proxy is dead (DEAD_PROXY): a page
 * can open no peer connection, reach no STUN or TURN server and learn no local address. The
 * `connect-src` CSP and the webRequest filter do not cover WebRTC.
 */
export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp'

/**
 * Forbids every navigation, new window and webview (checklist items 11–14), and WebRTC outside
 * the dead proxy. The app is a single page, so nothing legitimate ever navigates: in-page (hash)
 * changes do not raise these events.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'setWebRTCIPHandlingPolicy'>,
  appOrigin: string,
  onBlocked: (attempt: BlockedAttempt) => void = () => undefined,
): void {
  const report = (kind: BlockedAttempt['kind'], url: string): void => {
    onBlocked({ kind, url, sameOrigin: isSameOrigin(url, appOrigin) })
  }

  contents.on('will-navigate', (event) => {
    event.preventDefault()
    report('navigation', event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault()
    report('frame-navigation', event.url)
  })
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault()
    report('webview', params.src ?? '')
  })
  contents.setWindowOpenHandler(({ url }) => {
    report('window-open', url)
    return { action: 'deny' }
  })
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY)
}

/**
 * The session's proxy: a port on this machine where nothing answers (9, "discard"), for every
 * scheme and SOCKS, with no DIRECT fallback. Whatever the webRequest filter does not see (WebRTC's
 * TCP and TLS relays) fails there instead of leaving the machine. Loopback addresses bypass a
 * proxy in Chromium, so the dev server still loads; app:// is not proxied.
 */
export const DEAD_PROXY = {
  mode: 'fixed_servers',
  proxyRules: 'http=127.0.0.1:9;https=127.0.0.1:9;ftp=127.0.0.1:9;socks=socks5://127.0.0.1:9',
} as const

/** URL patterns of everything remote; the app loads nothing from the network. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']

/** Options of hardenSession. */
export interface HardenSessionOptions {
  /**
   * Origins that may still be requested: only the electron-vite dev server in development
   * (pass both its http: and ws: origins).
   */
  allowedOrigins?: readonly string[]
  /** The app's own origin (app://taneboard); the only one besides the dev server to go full screen. */
  appOrigin?: string
  /**
   * Origins that may be requested for now, asked per request: the LAN hub's loopback socket
   * (`ws://127.0.0.1:<port>`) while the console's 「LAN共有」 is on, nothing otherwise.
   */
  liveOrigins?: () => readonly string[]
}

/**
 * The only permission ever granted: `fullscreen`, which Electron asks for when the page calls
 * element.requestFullscreen() (the projector view's F key). Without it the call never settles.
 * Not `automatic-fullscreen` (full screen without a user gesture).
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['fullscreen']

/**
 * Denies every permission (Electron approves them all by default: checklist item 5) except
 * `fullscreen` for the main frame of our own pages, every device, and every http(s)/ws(s)
 * request (item 1); sends whatever else tries the network to DEAD_PROXY. Resolves once the proxy
 * is in force: load no page before.
 */
export function hardenSession(
  session: Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'webRequest'
    | 'setProxy'
  >,
  options: HardenSessionOptions = {},
): Promise<void> {
  const allowedOrigins = options.allowedOrigins ?? []
  const ownOrigins = [options.appOrigin ?? APP_ORIGIN, ...allowedOrigins]
  const grants = (permission: string, url: string | undefined, isMainFrame: boolean): boolean =>
    GRANTED_PERMISSIONS.includes(permission) &&
    isMainFrame &&
    url !== undefined &&
    ownOrigins.some((origin) => isSameOrigin(url, origin))
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(grants(permission, details.requestingUrl, details.isMainFrame))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    grants(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  )
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (details, callback) => {
    const allowed = [...allowedOrigins, ...(options.liveOrigins?.() ?? [])].some((origin) =>
      isSameOrigin(details.url, origin),
    )
    callback({ cancel: !allowed })
  })
  return session.setProxy(DEAD_PROXY)
}
