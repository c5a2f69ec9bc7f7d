import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { Hocuspocus, type Document } from '@hocuspocus/server'
import crossws from 'crossws/adapters/node'
import * as Y from 'yjs'
import type {
  LanGroupStatus,
  LanHubStatus,
  LanJoinEntry,
  LanJoinInfo,
} from '../../shared/host/lanHostApi'
import type { SyncRole } from '../../shared/sync/checkVersion'
import { groupDocName, parseDocName, SYNC_PATH } from '../../shared/sync/docNames'
import { attemptThrottle } from './attemptThrottle'
import { docStore } from './docStore'
import { resolveDocument } from './hubResolver'
import { freshHubState, keptSession, loadHubState, saveHubState, type HubState } from './hubState'
import { formatCode, joinKeys, type JoinKeys } from './joinCodes'
import { requestGuard } from './requestGuard'
import { hubRequestHandler, type HubHttpOptions } from './hubHttp'
import { staticFiles, type StaticFiles } from './staticFiles'
import { updateGuard } from './updateGuard'

/**
 * The LAN hub: one HTTP port that serves the built renderer to the tables' browsers and runs the
 * sync server (Hocuspocus, WebSocket at /sync) for the workshop's documents. Plain Node with no
 * Electron import: Electron main starts it from the console's 「LAN共有」, and browser mode's
 * server (`node scripts/serve-web.mjs --lan`) runs the same code.
 */
export interface LanHubOptions {
  /** The built renderer (out/renderer). */
  rootDirectory: string
  /** Where the hub keeps its state and the documents (<userData>/lan). */
  dataDirectory: string
  /** Addresses to listen on (e.g. the chosen interface's address); the first one is shown. */
  addresses: readonly string[]
  port: number
  /** More names the Host header may carry (besides the addresses), e.g. a name mapped to one. */
  hostNames?: readonly string[]
  /** Origins trusted besides the hub's own (the Electron app's, for the facilitator's window). */
  extraOrigins?: readonly string[]
  /** Lets an admin (the facilitator's page in browser mode) call /lan/api with this bearer key. */
  adminKey?: string
  /** A line per event; never note text. */
  log?: (line: string) => void
  /** The largest WebSocket message accepted (bytes). */
  maxMessageBytes?: number
  /** Delay before a changed document is written to disk, and the longest it may wait. */
  storeDebounceMs?: number
  storeMaxDebounceMs?: number
  /** Failed join attempts per address and minute before every attempt is refused. */
  maxFailedAttempts?: number
  /** More HTTP routes, after the Host and Origin checks (hubHttp.ts `routes`). */
  routes?: HubHttpOptions['routes']
}

// The join codes and the status are part of the host contract (the console shows them).
export type JoinEntry = LanJoinEntry
export type JoinInfo = LanJoinInfo
export type GroupStatus = LanGroupStatus
export type HubStatus = LanHubStatus

export interface LanHub {
  readonly url: string
  start(): Promise<void>
  /** Opens the session of a workshop (its groups can then join); returns the codes. */
  open(session: { workshopId: string; groupIds: readonly string[] }): Promise<JoinInfo>
  joinInfo(): JoinInfo | null
  status(): HubStatus
  /** 「すべて切断」: every connection ends and every token and code is replaced. */
  disconnectAll(): Promise<JoinInfo | null>
  /** Ends the session (sharing off, the hub still listening): every connection, every code. */
  close(): Promise<void>
  /** Writes every changed document now. */
  flush(): Promise<void>
  /** The hub's copy of a document while it is open (for checks and tests). */
  document(name: string): Y.Doc | undefined
  stop(): Promise<void>
}

interface Session {
  workshopId: string
  groupIds: Set<string>
  state: HubState
  keys: JoinKeys
}

interface ConnectionContext {
  address: string
  role?: SyncRole
  groupId?: string
}

/** Thrown from hooks: Hocuspocus answers permission-denied or closes the socket. */
class Refused extends Error {
  reason = 'permission-denied'
}

export function createLanHub(options: LanHubOptions): LanHub {
  const log = options.log ?? (() => undefined)
  const port = options.port
  const shownHost = options.addresses[0] ?? '127.0.0.1'
  const baseUrl = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`
  const guard = requestGuard(
    [...options.addresses, ...(options.hostNames ?? [])],
    port,
    options.extraOrigins,
  )
  const throttle = attemptThrottle({ maxFailures: options.maxFailedAttempts ?? 10 })
  const store = docStore(options.dataDirectory)
  const updates = updateGuard()
  const lastChange = new Map<string, number>()
  const servers: Server[] = []
  let files: StaticFiles | null = null
  let session: Session | null = null
  let listening = false

  const entry = (token: string, code: string): JoinEntry => ({
    token,
    code: formatCode(code),
    url: `${baseUrl}#/join/${token}`,
  })

  const joinInfo = (): JoinInfo | null => {
    if (!session) return null
    const { keys } = session
    return {
      workshopId: session.workshopId,
      url: baseUrl,
      facilitator: entry(keys.facilitatorToken, keys.facilitatorCode),
      groups: [...session.groupIds].map((groupId) => ({
        groupId,
        ...entry(keys.tableToken(groupId), keys.tableCode(groupId)),
      })),
    }
  }

  const hocuspocus = new Hocuspocus<ConnectionContext>({
    quiet: true,
    debounce: options.storeDebounceMs ?? 500,
    maxDebounce: options.storeMaxDebounceMs ?? 2_000,
    timeout: 30_000,
    unloadImmediately: true,

    onAuthenticate: ({ token, documentName, context, connectionConfig }) => {
      const address = context.address
      if (throttle.blocked(address)) throw new Refused('throttled')
      const ref = parseDocName(documentName)
      const current = session
      const scope = current?.keys.verify(token, current.groupIds) ?? null
      // No session open (sharing just started, or the hub restarting): not a guess, not counted.
      if (!current) {
        log(`[lan] refused ${documentName.slice(0, 100)} from ${address}: no session open`)
        throw new Refused('no-session')
      }
      const fail = (why: string): never => {
        throttle.failed(address, token)
        log(`[lan] refused ${why} for ${documentName.slice(0, 100)} from ${address}`)
        throw new Refused(why)
      }
      if (!ref || ref.workshopId !== current.workshopId) return fail('document')
      if (!scope) return fail('token')
      if (scope.role === 'facilitator') {
        if (ref.kind === 'group' && !current.groupIds.has(ref.groupId)) {
          current.groupIds.add(ref.groupId)
          void rememberSession()
        }
        return Promise.resolve({ role: 'facilitator' })
      }
      if (ref.kind === 'meta') {
        connectionConfig.readOnly = true
        return Promise.resolve({ role: 'table', groupId: scope.groupId })
      }
      if (ref.groupId !== scope.groupId) return fail('scope')
      return Promise.resolve({ role: 'table', groupId: scope.groupId })
    },

    beforeSync: ({ type, payload, documentName, document, context, connection }) => {
      // 1: sync step 2, 2: update. Read-only connections' writes are never applied anyway.
      if ((type !== 1 && type !== 2) || connection.readOnly) return Promise.resolve()
      const ref = parseDocName(documentName)
      const role = context.role
      if (!ref || !role) throw new Refused('document')
      const refusal = updates.check(documentName, ref, document, payload, role)
      if (refusal) {
        log(`[lan] refused an update to ${documentName} from a ${role} (${refusal})`)
        throw new Refused(refusal)
      }
      return Promise.resolve()
    },

    onLoadDocument: async ({ documentName }) => (await store.load(documentName)) ?? undefined,

    onStoreDocument: async ({ documentName, document }) => {
      await store.store(documentName, Y.encodeStateAsUpdate(document))
    },

    onChange: ({ documentName, document, transactionOrigin }) => {
      lastChange.set(documentName, Date.now())
      if (transactionOrigin !== HUB_ORIGIN) scheduleResolve(documentName, document)
      return Promise.resolve()
    },

    afterUnloadDocument: ({ documentName }) => {
      updates.forget(documentName)
      return Promise.resolve()
    },
  })

  const kept = keptSession(options.dataDirectory, log)
  const rememberSession = (): Promise<void> =>
    kept.remember(session && { workshopId: session.workshopId, groupIds: [...session.groupIds] })

  const HUB_ORIGIN = { source: 'local' as const, context: { hub: true } }
  const pendingResolves = new Map<string, ReturnType<typeof setTimeout>>()
  function scheduleResolve(name: string, document: Document): void {
    if (pendingResolves.has(name)) return
    pendingResolves.set(
      name,
      setTimeout(() => {
        pendingResolves.delete(name)
        const current = session
        const ref = parseDocName(name)
        if (!current || !ref || ref.workshopId !== current.workshopId) return
        const written = resolveDocument(document, ref, current.state.editorId, HUB_ORIGIN)
        if (written > 0) log(`[lan] kept both sides of ${written} conflicting versions in ${name}`)
      }, 20),
    )
  }

  const ws = crossws({
    serverOptions: { maxPayload: options.maxMessageBytes ?? 8 * 1024 * 1024 },
    hooks: {
      open(peer) {
        const connection = hocuspocus.handleConnection(
          peer.websocket as unknown as WebSocket,
          peer.request,
          { address: peer.remoteAddress ?? 'unknown' },
        )
        ;(peer as unknown as { hub?: typeof connection }).hub = connection
      },
      message(peer, message) {
        ;(peer as unknown as { hub?: { handleMessage(d: Uint8Array): void } }).hub?.handleMessage(
          message.uint8Array(),
        )
      },
      close(peer, event) {
        ;(
          peer as unknown as { hub?: { handleClose(e: { code?: number; reason?: string }): void } }
        ).hub?.handleClose({ code: event.code, reason: event.reason })
      },
      error(peer) {
        log(`[lan] socket error from ${peer.remoteAddress ?? 'unknown'}`)
      },
    },
  })

  const refuseUpgrade = (socket: Duplex, status: string): void => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    socket.destroy()
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const address = request.socket.remoteAddress ?? 'unknown'
    const path = (request.url ?? '').split('?')[0]
    if (path !== SYNC_PATH) {
      refuseUpgrade(socket, '404 Not Found')
      return
    }
    if (!guard.hostAllowed(request.headers.host)) {
      refuseUpgrade(socket, '403 Forbidden')
      return
    }
    if (!guard.originAllowed(request.headers.origin, true)) {
      log(`[lan] refused a socket from another origin (${address})`)
      refuseUpgrade(socket, '403 Forbidden')
      return
    }
    if (throttle.blocked(address)) {
      refuseUpgrade(socket, '429 Too Many Requests')
      return
    }
    void ws.handleUpgrade(request, socket, head)
  }

  const onRequest = hubRequestHandler({
    guard,
    throttle,
    adminKey: options.adminKey,
    routes: options.routes,
    files: () => files,
    admin: {
      status: () => ({ status: hub.status(), join: hub.joinInfo() }),
      open: (session) => hub.open(session),
      disconnectAll: () => hub.disconnectAll(),
      close: () => hub.close(),
    },
    join: (code) => {
      const current = session
      if (!current) return 'noSession'
      const scope = current.keys.verify(code, current.groupIds)
      if (!scope) return null
      return scope.role === 'facilitator'
        ? {
            role: 'facilitator',
            workshopId: current.workshopId,
            token: current.keys.facilitatorToken,
          }
        : {
            role: 'table',
            workshopId: current.workshopId,
            groupId: scope.groupId,
            token: current.keys.tableToken(scope.groupId),
          }
    },
    log,
  })

  const hub: LanHub = {
    url: baseUrl,

    async start() {
      if (listening) return
      // A hub that died without stopping opens its session again before anyone can connect.
      const previous = await kept.load()
      if (previous && !session) {
        await hub.open(previous)
        log('[lan] the session open when the hub stopped is open again')
      }
      files = await staticFiles(options.rootDirectory)
      void files.warm().catch(() => undefined)
      for (const address of options.addresses) {
        const server = createServer(onRequest)
        server.on('upgrade', onUpgrade)
        server.on('clientError', (_error, socket) => socket.destroy())
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject)
          server.listen({ port, host: address }, () => {
            server.off('error', reject)
            resolve()
          })
        })
        servers.push(server)
      }
      listening = true
      log(`[lan] hub listening on ${baseUrl}`)
    },

    async open({ workshopId, groupIds }) {
      if (session?.workshopId !== workshopId) {
        if (session) await hub.disconnectAll()
        const state = await loadHubState(options.dataDirectory, workshopId)
        session = {
          workshopId,
          groupIds: new Set(),
          state,
          keys: joinKeys(state.secret, workshopId),
        }
      }
      for (const id of groupIds) session.groupIds.add(id)
      await rememberSession()
      return joinInfo() as JoinInfo
    },

    joinInfo,

    status() {
      const groups = new Map<string, GroupStatus>()
      const current = session
      if (current) {
        for (const groupId of current.groupIds) {
          const name = groupDocName(current.workshopId, groupId)
          groups.set(groupId, { groupId, devices: 0, lastChangeAt: lastChange.get(name) ?? null })
        }
        for (const document of hocuspocus.documents.values()) {
          const ref = parseDocName(document.name)
          if (ref?.kind !== 'group') continue
          const status = groups.get(ref.groupId)
          if (!status) continue
          const sockets = new Set(
            document
              .getConnections()
              .filter((c) => (c.context as ConnectionContext).role === 'table')
              .map((c) => c.socketId),
          )
          status.devices = sockets.size
        }
      }
      return {
        listening,
        workshopId: current?.workshopId ?? null,
        connections: hocuspocus.getConnectionsCount(),
        groups: [...groups.values()],
      }
    },

    async disconnectAll() {
      const current = session
      if (current) {
        current.state = freshHubState(current.state.editorId)
        current.keys = joinKeys(current.state.secret, current.workshopId)
        await saveHubState(options.dataDirectory, current.workshopId, current.state)
      }
      hocuspocus.closeConnections()
      ws.closeAll(4403, 'disconnected', true)
      log('[lan] every connection ended, every code replaced')
      return joinInfo()
    },

    async close() {
      if (!session) return
      await hub.disconnectAll()
      session = null
      // Sharing off on purpose: a restart does not open it again.
      await kept.forget()
      log('[lan] session closed')
    },

    async flush() {
      hocuspocus.flushPendingStores()
      // let the stores started above finish
      await new Promise((resolve) => setTimeout(resolve, 50))
    },

    document: (name) => hocuspocus.documents.get(name),

    async stop() {
      // Stopped on purpose (sharing off, the app quitting): the session is not opened again.
      // Forgotten first: nothing may come between closing the sockets and closing the servers.
      session = null
      await kept.forget()
      for (const timer of pendingResolves.values()) clearTimeout(timer)
      pendingResolves.clear()
      hocuspocus.flushPendingStores()
      hocuspocus.closeConnections()
      ws.closeAll(1001, 'hub stopped', true)
      await Promise.all(
        servers.splice(0).map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => {
                resolve()
              })
              server.closeAllConnections()
            }),
        ),
      )
      // wait for documents to be stored and unloaded
      for (let i = 0; i < 100 && hocuspocus.getDocumentsCount() > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      listening = false
      log('[lan] hub stopped')
    },
  }
  return hub
}
