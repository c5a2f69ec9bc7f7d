import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { SyncRole } from '../../shared/sync/checkVersion'
import type { TimerState } from '../../shared/timer/timerState'
import { getAppServices, type AppServices } from '../session/appServices'
import type { LanSession, LanSessionOptions } from './lanSession'
import type { LanStatus } from './lanStatus'

/**
 * This window's connection to the LAN hub, for screens: start it, follow its state, stop it.
 *
 * ```ts
 * import { startLanSession, stopLanSession, useLanStatus } from '../../lan/lanConnection'
 *
 * // The facilitator (console, 「LAN共有」): the token from the hub's join info
 * // (`hub.joinInfo().facilitator.token`), every group of the workshop.
 * await startLanSession({
 *   hubUrl: join.url, token: join.facilitator.token, workshopId,
 *   role: 'facilitator', groupIds: workshopGroups(doc).map((g) => g.id),
 * })
 * // A table (table mode, #/join): what POST /lan/join answered for its code.
 * await startLanSession({ hubUrl, token, workshopId, role: 'table', groupIds: [groupId] })
 *
 * const status = useLanStatus()          // { link, unsent, refused } | null when not connected
 * linkLabel(status)                      // 接続中 / 再接続中 / オフライン・未送信n件 (lanStatus.ts)
 * await stopLanSession()                 // closes the socket; { forget: true } also deletes the
 *                                        // documents' IndexedDB copies (a table leaving)
 * ```
 *
 * One connection per window: starting another (another workshop, token or groups, e.g. after
 * groups were added) stops the one before. Starting the same one again does nothing. The client
 * (Yjs, Hocuspocus, y-indexeddb) is loaded on the first start, never in the initial chunk.
 * Changes flow both ways through the window's workshop session: see lanSession.ts.
 */
export interface LanJoin {
  /** The hub's address, e.g. http://192.168.137.1:8730/ */
  hubUrl: string
  token: string
  workshopId: string
  role: SyncRole
  groupIds: readonly string[]
}

export interface LanConnectionState {
  /** The connection started (null when none). */
  join: LanJoin | null
  /** Its link; null until the client has loaded. */
  status: LanStatus | null
  /** Whether this device has the workshop (a table's first join: once it has arrived). */
  hasWorkshop: boolean
  /** The workshop as this device has it (after every commit); null until it has arrived. */
  workshop: WorkshopDoc | null
  /** The facilitator's timer as the meta document has it (read-only for tables); null if none. */
  timer: TimerState | null
}

export const lanConnection = createStore<LanConnectionState>(() => ({
  join: null,
  status: null,
  hasWorkshop: false,
  workshop: null,
  timer: null,
}))

let running: { join: LanJoin; session: Promise<LanSession> } | null = null

const sameJoin = (a: LanJoin, b: LanJoin): boolean =>
  a.hubUrl === b.hubUrl &&
  a.token === b.token &&
  a.workshopId === b.workshopId &&
  a.role === b.role &&
  a.groupIds.length === b.groupIds.length &&
  a.groupIds.every((id, i) => id === b.groupIds[i])

/** Starts (or keeps) the connection; resolves once the client is running. */
export async function startLanSession(
  join: LanJoin,
  options: { services?: AppServices } & Partial<
    Pick<LanSessionOptions, 'persist' | 'webSocket' | 'offlineAfterMs' | 'retryDelayMs'>
  > = {},
): Promise<void> {
  if (running && sameJoin(running.join, join)) {
    await running.session
    return
  }
  await stopLanSession()
  const services = options.services ?? getAppServices()
  lanConnection.setState({ join, status: null, hasWorkshop: false, workshop: null, timer: null })
  const session = import('./lanSession').then(({ createLanSession }) =>
    createLanSession({
      ...join,
      session: services.session,
      slot: services.ctx.editorId,
      persist: options.persist,
      webSocket: options.webSocket,
      offlineAfterMs: options.offlineAfterMs,
      retryDelayMs: options.retryDelayMs,
    }),
  )
  const mine = { join, session }
  running = mine
  try {
    const lan = await session
    if (running !== mine) return
    lan.onStatus((status) => {
      if (running === mine) lanConnection.setState({ status })
    })
    lan.onWorkshop((workshop) => {
      if (running === mine) lanConnection.setState({ hasWorkshop: true, workshop })
    })
    lan.onTimer((timer) => {
      if (running === mine) lanConnection.setState({ timer })
    })
    const workshop = lan.workshop()
    lanConnection.setState({
      status: lan.status(),
      hasWorkshop: workshop !== null,
      workshop,
      timer: lan.timer(),
    })
    await lan.ready
  } catch (error) {
    if (running === mine) {
      running = null
      lanConnection.setState({
        join: null,
        status: null,
        hasWorkshop: false,
        workshop: null,
        timer: null,
      })
    }
    throw error
  }
}

/** Stops the connection (if any). `forget`: also delete its documents' copies on this device. */
export async function stopLanSession(options: { forget?: boolean } = {}): Promise<void> {
  const current = running
  if (!current) return
  running = null
  lanConnection.setState({
    join: null,
    status: null,
    hasWorkshop: false,
    workshop: null,
    timer: null,
  })
  const lan = await current.session.catch(() => null)
  await lan?.stop(options)
}

/**
 * The facilitator's console publishes its timer into the session's meta document (tables' time
 * banners follow it). Does nothing without a connection of this workshop or as a table.
 */
export function publishLanTimer(workshopId: string, state: TimerState): void {
  const current = running
  if (current?.join.workshopId !== workshopId || current.join.role !== 'facilitator') return
  void current.session.then(
    (lan) => {
      if (running === current) lan.publishTimer(state)
    },
    () => undefined,
  )
}

/** The link of this window's connection, null when there is none (or it is loading). */
export function useLanStatus(): LanStatus | null {
  return useStore(lanConnection, (state) => state.status)
}

export function useLanConnection<T>(selector: (state: LanConnectionState) => T): T {
  return useStore(lanConnection, selector)
}
