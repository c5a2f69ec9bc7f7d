import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { SyncRole } from '../../shared/sync/checkVersion'
import type { WorkshopSession } from '../stores/workshopSession'
import { lanDbName, startLanClient, type LanClient } from './lanClient'
import type { LanStatus } from './lanStatus'
import type { TimerState } from '../../shared/timer/timerState'

/**
 * The LAN client bound to the app's workshop session (loaded lazily by lanConnection.ts; nothing
 * of Yjs or Hocuspocus is in the initial chunk).
 *
 * - Outbound: every change the session commits (origins 'local', 'home', 'import', 'restore')
 *   goes to the hub under this device's slot (its editor id).
 * - Inbound: versions from elsewhere enter through the session's one `commit` with origin
 *   'remote': written as they are (never re-stamped), no undo entry, not sent back.
 * - A device that does not have the workshop yet (a table's first join: an empty IndexedDB)
 *   receives it whole from the hub's documents (meta: the workshop and timetable; its group's:
 *   the group, its boards and everything on them); the session creates it from those records.
 *
 * What the replica compares against is the workshop as this device has it: the open one while a
 * screen shows it, else the last version the session committed or stored.
 */
export interface LanSessionOptions {
  /** The hub's address, e.g. http://192.168.137.1:8730/ */
  hubUrl: string
  /** The join token (from the hub's join info or `POST /lan/join`). */
  token: string
  workshopId: string
  role: SyncRole
  /** A table: its own group; the facilitator: every group of the workshop. */
  groupIds: readonly string[]
  session: WorkshopSession
  /** This device's slot in the documents: its installation's editor id. */
  slot: string
  /** Keep the documents in IndexedDB (y-indexeddb); off in tests without IndexedDB. */
  persist?: boolean
  webSocket?: typeof WebSocket
  offlineAfterMs?: number
  retryDelayMs?: readonly [number, number]
}

export interface LanSession {
  readonly client: LanClient
  status(): LanStatus
  onStatus(listener: (status: LanStatus) => void): () => void
  /** The workshop as this device has it; null until it has arrived from the hub. */
  workshop(): WorkshopDoc | null
  onWorkshop(listener: (doc: WorkshopDoc) => void): () => void
  /** The facilitator's timer from meta (tables follow it); null if none. */
  timer(): TimerState | null
  onTimer(listener: (timer: TimerState | null) => void): () => void
  /** The facilitator's console publishes its timer (ignored for a table). */
  publishTimer(state: TimerState): void
  /** Resolves once the documents have been read from IndexedDB and the socket is opening. */
  ready: Promise<void>
  /** Closes the socket and the documents. With `forget`, their IndexedDB copies are deleted. */
  stop(options?: { forget?: boolean }): Promise<void>
}

export async function createLanSession(options: LanSessionOptions): Promise<LanSession> {
  const { session, workshopId } = options
  const workshopListeners = new Set<(doc: WorkshopDoc) => void>()
  let known: WorkshopDoc | null = null
  const learn = (doc: WorkshopDoc): void => {
    known = doc
    for (const listener of [...workshopListeners]) listener(doc)
  }
  const unsubscribeCommits = session.onCommitted((change) => {
    if (change.workshopId === workshopId) learn(change.doc)
  })
  const knownNow = (): WorkshopDoc | null => known
  const stored = await session.readTrue(workshopId)
  // A change committed while reading is newer than what was read.
  if (stored && knownNow() === null) learn(stored)

  const openDoc = (): WorkshopDoc | null => {
    const { doc, status } = session.store.getState()
    return status === 'ready' && doc?.workshop.id === workshopId ? doc : null
  }
  const current = (): WorkshopDoc | null => openDoc() ?? knownNow()

  const client = startLanClient({
    hubUrl: options.hubUrl,
    token: options.token,
    workshopId,
    role: options.role,
    groupIds: options.groupIds,
    slot: options.slot,
    session,
    current,
    persist: options.persist,
    webSocket: options.webSocket,
    offlineAfterMs: options.offlineAfterMs,
    retryDelayMs: options.retryDelayMs,
  })

  // A screen that opens the workshop reads it from IndexedDB: take in at once anything the
  // documents show that it does not have yet.
  const unsubscribeStore = session.store.subscribe((state, previous) => {
    const opened =
      state.status === 'ready' &&
      state.doc?.workshop.id === workshopId &&
      (previous.status !== 'ready' || previous.doc?.workshop.id !== workshopId)
    if (opened) client.replica.reconcile(undefined, false)
  })

  return {
    client,
    status: () => client.status(),
    onStatus: (listener) => client.onStatus(listener),
    workshop: current,
    onWorkshop(listener) {
      workshopListeners.add(listener)
      return () => workshopListeners.delete(listener)
    },
    timer: () => client.replica.timer(),
    onTimer: (listener) => client.replica.onTimer(listener),
    publishTimer: (state) => {
      client.replica.publishTimer(state)
    },
    ready: client.ready,
    async stop(stopOptions = {}) {
      unsubscribeCommits()
      unsubscribeStore()
      workshopListeners.clear()
      client.stop()
      if (stopOptions.forget) await forgetDocuments(client)
    },
  }
}

/** Deletes the IndexedDB copies of the client's documents (y-indexeddb's databases). */
async function forgetDocuments(client: LanClient): Promise<void> {
  if (typeof indexedDB === 'undefined') return
  await Promise.all(
    [...client.replica.docs.keys()].map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(lanDbName(name))
          request.onsuccess = () => {
            resolve()
          }
          request.onerror = () => {
            resolve()
          }
          request.onblocked = () => {
            resolve()
          }
        }),
    ),
  )
}
