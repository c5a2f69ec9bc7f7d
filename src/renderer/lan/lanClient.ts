import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import { SYNC_PATH } from '../../shared/sync/docNames'
import { createReplica, type Replica, type ReplicaOptions } from './lanReplica'
import type { LanLink, LanStatus } from './lanStatus'

export { linkLabel, type LanLink, type LanStatus } from './lanStatus'

/**
 * The device's connection to the hub: one WebSocket (Hocuspocus, every document over it), each
 * document kept in IndexedDB (y-indexeddb) so unsent changes survive a reload, and the
 * connection's state taken from the socket itself (Hocuspocus' onSynced does not report a
 * disconnect). Loaded lazily: nothing of it is in the initial chunk.
 */
export interface LanClientOptions extends Omit<ReplicaOptions, 'current'> {
  current: ReplicaOptions['current']
  /** The hub's address, e.g. http://192.168.137.1:8730/ (its sync socket is ws://…/sync). */
  hubUrl: string
  /** A join token or a typed code. */
  token: string
  /** Keep documents in IndexedDB (off in tests without IndexedDB). */
  persist?: boolean
  /** After this long without the socket the link shows as offline (default 4 s). */
  offlineAfterMs?: number
  /** The shortest and longest wait between reconnection attempts (default 0.5 s and 5 s). */
  retryDelayMs?: readonly [number, number]
  /** The WebSocket class (tests in Node pass one that sends the page's Origin). */
  webSocket?: typeof WebSocket
}

export interface LanClient {
  readonly replica: Replica
  status(): LanStatus
  onStatus(listener: (status: LanStatus) => void): () => void
  /** Resolves once every document has been read from IndexedDB and reconciled. */
  ready: Promise<void>
  stop(): void
}

/** The IndexedDB database (y-indexeddb) that keeps one document on this device. */
export function lanDbName(docName: string): string {
  return `taneboard-lan:${docName}`
}

/** ws://host:port/sync for an http(s) page address. */
export function syncUrl(hubUrl: string): string {
  const url = new URL(hubUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = SYNC_PATH
  url.search = ''
  url.hash = ''
  return url.href
}

export function startLanClient(options: LanClientOptions): LanClient {
  const replica = createReplica(options)
  const listeners = new Set<(status: LanStatus) => void>()
  let link: LanLink = 'connecting'
  let refused = false
  let everConnected = false
  let offlineTimer: ReturnType<typeof setTimeout> | null = null

  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(options.hubUrl),
    // Its retry library never connects when maxDelay < minDelay: keep both explicit.
    delay: options.retryDelayMs?.[0] ?? 500,
    minDelay: options.retryDelayMs?.[0] ?? 500,
    maxDelay: options.retryDelayMs?.[1] ?? 5_000,
    factor: 1.5,
    // A link that stays silent this long is taken for dead (a half-open socket) and reopened.
    messageReconnectTimeout: 12_000,
    ...(options.webSocket ? { WebSocketPolyfill: options.webSocket } : {}),
  })

  const status = (): LanStatus => ({ link, unsent: replica.unsentKeys().size, refused })
  let lastUnsent = 0
  const emit = (): void => {
    const now = status()
    lastUnsent = now.unsent
    for (const listener of listeners) listener(now)
  }

  const providers: HocuspocusProvider[] = []
  /** Everything put so far is at the hub once every document is synced with nothing unsent. */
  function checkSent(): void {
    const sent =
      socket.status === WebSocketStatus.Connected &&
      providers.every((p) => p.isSynced && p.unsyncedChanges === 0)
    if (sent && replica.unsentKeys().size > 0) replica.markSent()
    // Tell the screen every change of the count (typed offline: オフライン・未送信n件).
    if (replica.unsentKeys().size !== lastUnsent) emit()
  }
  // While something is unsent, look again each second: the provider's callbacks can all fire
  // before the socket reports itself connected after a hub restart, and nothing would call
  // checkSent again until the next edit (the table kept showing 送信中1件 with all at the hub).
  const recheck = setInterval(() => {
    if (replica.unsentKeys().size > 0) checkSent()
  }, 1_000)
  const persistences: IndexeddbPersistence[] = []
  const loaded: Promise<unknown>[] = []
  for (const [name, { doc }] of replica.docs) {
    if (options.persist !== false) {
      const persistence = new IndexeddbPersistence(lanDbName(name), doc)
      persistences.push(persistence)
      loaded.push(persistence.whenSynced)
    }
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token: options.token,
      onAuthenticationFailed: () => {
        refused = true
        emit()
      },
      onAuthenticated: () => {
        refused = false
        emit()
      },
      onUnsyncedChanges: checkSent,
      // After each sync with the hub: publish what only the session has (typed while the
      // document was not open, or not kept by IndexedDB).
      onSynced: () => {
        replica.reconcile(name)
        checkSent()
      },
    })
    providers.push(provider)
  }

  socket.on('status', ({ status: socketStatus }: { status: WebSocketStatus }) => {
    if (socketStatus === WebSocketStatus.Connected) {
      everConnected = true
      link = 'connected'
      if (offlineTimer) clearTimeout(offlineTimer)
      offlineTimer = null
    } else if (link === 'connected' || link === 'connecting') {
      link = everConnected ? 'reconnecting' : 'connecting'
      offlineTimer ??= setTimeout(() => {
        offlineTimer = null
        if (link !== 'connected') {
          link = 'offline'
          emit()
        }
      }, options.offlineAfterMs ?? 4_000)
    }
    emit()
  })

  const ready = Promise.all(loaded).then(() => {
    replica.reconcile(undefined, false)
    for (const provider of providers) provider.attach()
    emit()
  })

  return {
    replica,
    ready,
    status,
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stop() {
      if (offlineTimer) clearTimeout(offlineTimer)
      clearInterval(recheck)
      for (const provider of providers) provider.destroy()
      socket.destroy()
      for (const persistence of persistences) void persistence.destroy()
      replica.destroy()
      listeners.clear()
    },
  }
}
