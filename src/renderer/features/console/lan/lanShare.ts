import { useEffect } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { errorRef, type ErrorRef } from '../../../../shared/errors/errorCodes'
import { errorRefOf } from '../../../../shared/errors/appError'
import type {
  LanHostApi,
  LanInterface,
  LanResult,
  LanState,
} from '../../../../shared/host/lanHostApi'
import { workshopGroups } from '../../../../shared/ops/groupOps'
import {
  lanConnection,
  startLanSession,
  stopLanSession,
  type LanJoin,
} from '../../../lan/lanConnection'
import { useAppServices, useWorkshopStore, type AppServices } from '../../../session/appServices'

/**
 * The console's 「LAN共有」 state, one per window: the host's LAN state (polled every 2 s while the
 * console is open), the interfaces to choose from, the last error, and the actions. While this
 * workshop is shared, the window's own sync client runs as the facilitator over every group
 * (lanConnection: every group's records land in this window's session, IndexedDB, the second
 * copy and the backups), and a group added to the workshop is opened on the hub too.
 */
export interface LanShareData {
  /** The host's last answer; null until the first one. */
  state: LanState | null
  interfaces: LanInterface[]
  busy: boolean
  error: ErrorRef | null
  /** 「すべて切断」 happened: the panel says so (the new codes are shown). */
  replaced: boolean
}

export const lanShareStore = createStore<LanShareData>(() => ({
  state: null,
  interfaces: [],
  busy: false,
  error: null,
  replaced: false,
}))

export function useLanShare<T>(selector: (data: LanShareData) => T): T {
  return useStore(lanShareStore, selector)
}

/** How often the state is read while the console is open (each group's devices, last change). */
export const LAN_POLL_MS = 2_000

/** The facilitator's sync client (lanConnection), replaceable in tests. */
export interface LanClientControl {
  start(join: LanJoin, services: AppServices): Promise<void>
  stop(): Promise<void>
}

export const realLanClient: LanClientControl = {
  start: (join, services) => startLanSession(join, { services }),
  // Only the facilitator's connection: a table's own (table mode) is never this console's to end.
  stop: () =>
    lanConnection.getState().join?.role === 'facilitator' ? stopLanSession() : Promise.resolve(),
}

type Host = Pick<AppServices['host'], keyof LanHostApi>

async function refresh(host: Host): Promise<void> {
  try {
    const state = await host.lanState()
    lanShareStore.setState({ state })
  } catch (error) {
    lanShareStore.setState({ error: errorRefOf(error) ?? errorRef('lanShare.unreachable') })
  }
}

export async function refreshInterfaces(host: Host): Promise<void> {
  try {
    lanShareStore.setState({ interfaces: await host.lanInterfaces() })
  } catch {
    lanShareStore.setState({ interfaces: [] })
  }
}

async function act(run: () => Promise<LanResult>, replaced = false): Promise<boolean> {
  lanShareStore.setState({ busy: true, error: null, replaced: false })
  try {
    const result = await run()
    if (result.ok) lanShareStore.setState({ state: result.state, replaced })
    else lanShareStore.setState({ error: result.error })
    return result.ok
  } catch (error) {
    lanShareStore.setState({ error: errorRefOf(error) ?? errorRef('lanShare.failed') })
    return false
  } finally {
    lanShareStore.setState({ busy: false })
  }
}

export const lanShareActions = {
  start: (
    host: Host,
    request: { workshopId: string; groupIds: string[]; address: string; port: number },
  ) => act(() => host.lanStart(request)),
  stop: (host: Host) => act(() => host.lanStop()),
  disconnectAll: (host: Host) => act(() => host.lanDisconnectAll(), true),
}

/** Whether this workshop is the one being shared. */
export function sharesWorkshop(state: LanState | null, workshopId: string): boolean {
  return state?.sharing === true && state.status?.workshopId === workshopId
}

/**
 * Runs while the console of `workshopId` is open: reads the state now and every 2 s, keeps the
 * facilitator's client in step with it, and opens groups the workshop gained on the hub.
 */
export function useLanShareController(
  workshopId: string,
  client: LanClientControl = realLanClient,
): void {
  const services = useAppServices()
  const host = services.host
  const state = useLanShare((s) => s.state)
  // The group ids as one string: the console is not rendered again for a table's edit.
  const groupKey = useWorkshopStore((s) =>
    s.doc?.workshop.id === workshopId
      ? workshopGroups(s.doc)
          .map((g) => g.id)
          .join(',')
      : '',
  )

  useEffect(() => {
    void refresh(host)
    void refreshInterfaces(host)
    const timer = window.setInterval(() => {
      if (lanShareStore.getState().state?.mode !== 'none') void refresh(host)
    }, LAN_POLL_MS)
    return () => {
      window.clearInterval(timer)
    }
  }, [host])

  // The facilitator's client: every group of the shared workshop, with the current codes.
  const shared = sharesWorkshop(state, workshopId)
  const clientUrl = state?.clientUrl ?? null
  const token = state?.join?.facilitator.token ?? null
  const joinedKey = state?.join?.groups.map((g) => g.groupId).join(',') ?? ''
  const known = state !== null
  const sharingAny = state?.sharing === true
  useEffect(() => {
    if (!known) return
    if (!sharingAny) {
      void client.stop()
      return
    }
    // another workshop is shared: its console keeps its own client
    if (!shared || !clientUrl || !token) return
    const join: LanJoin = {
      hubUrl: clientUrl,
      token,
      workshopId,
      role: 'facilitator',
      groupIds: joinedKey === '' ? [] : joinedKey.split(','),
    }
    client.start(join, services).catch(() => {
      // the link's state shows the failure; the next poll tries again
    })
  }, [known, sharingAny, shared, clientUrl, token, joinedKey, workshopId, client, services])

  // A group added while sharing: open it on the hub (its code appears, the client follows).
  useEffect(() => {
    if (!shared || groupKey === '') return
    const joined = new Set(joinedKey.split(','))
    const all = groupKey.split(',')
    if (all.every((id) => joined.has(id))) return
    void host.lanOpenSession({ workshopId, groupIds: all }).then((result) => {
      if (result.ok) lanShareStore.setState({ state: result.state })
    })
  }, [shared, groupKey, joinedKey, workshopId, host])
}
