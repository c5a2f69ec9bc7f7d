import { appError, errorRefOf } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import {
  lanStateOff,
  type LanHostApi,
  type LanHubStatus,
  type LanJoinInfo,
  type LanResult,
  type LanState,
} from '../../shared/host/lanHostApi'

/**
 * The LAN part of the browser host. In browser mode the hub is the server the page came from
 * (`npm run web -- --lan`); it printed a facilitator URL `…/#/lan-admin/<adminKey>`. The key is
 * taken from the fragment (never sent in a request line), kept in sessionStorage and removed
 * from the address bar; the page then calls the hub's admin API with it as a bearer key.
 *
 * sessionStorage rather than localStorage: the key is the facilitator's alone and only good for
 * one run of the server (a new one each start), so it should not outlive the tab nor be written
 * to the profile for every later page of this origin to read; a reload keeps it.
 */
export const LAN_ADMIN_KEY_ITEM = 'taneboard.lanAdminKey'

const ADMIN_ROUTE = /^#\/lan-admin\/([A-Za-z0-9_-]{16,128})\/?$/

/** Takes the admin key from `#/lan-admin/<key>` into storage and leaves `#/` in its place. */
export function adoptLanAdminKey(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  storage: Pick<Storage, 'setItem'> | undefined,
  history: Pick<History, 'replaceState'>,
): boolean {
  const key = ADMIN_ROUTE.exec(location.hash)?.[1]
  if (!key) return false
  try {
    storage?.setItem(LAN_ADMIN_KEY_ITEM, key)
  } catch {
    // storage refused: the key stays usable for this page only through the address bar
    return false
  }
  history.replaceState(null, '', `${location.pathname}${location.search}#/`)
  return true
}

export interface BrowserLanDeps {
  /** Where the key is kept (sessionStorage). */
  storage?: Pick<Storage, 'getItem'>
  /** The page's origin, which is the hub's when the hub served it. */
  origin: string
  fetch?: typeof fetch
}

interface AdminReply {
  status: LanHubStatus
  join: LanJoinInfo | null
}

export function createBrowserLan(deps: BrowserLanDeps): LanHostApi {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init))
  const key = (): string | null => {
    try {
      return deps.storage?.getItem(LAN_ADMIN_KEY_ITEM) ?? null
    } catch {
      return null
    }
  }

  async function call(path: string, body?: unknown): Promise<unknown> {
    const adminKey = key()
    if (!adminKey) throw appError('lanShare.needsHub')
    let response: Response
    try {
      response = await doFetch(new URL(path, deps.origin).href, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${adminKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      })
    } catch {
      throw appError('lanShare.unreachable')
    }
    if (response.status === 404) throw appError('lanShare.needsHub')
    if (response.status === 401 || response.status === 429) {
      throw appError('lanShare.adminRefused')
    }
    if (!response.ok) throw appError('lanShare.failed')
    return (await response.json()) as unknown
  }

  const stateOf = (reply: AdminReply): LanState => {
    const { status, join } = reply
    const sharing = status.workshopId !== null && join !== null
    const hub = join ? new URL(join.url) : new URL(deps.origin)
    return {
      mode: 'server',
      sharing,
      address: hub.hostname,
      port: Number(hub.port || 80),
      clientUrl: `${deps.origin}/`,
      status,
      join: sharing ? join : null,
    }
  }

  const readState = async (): Promise<LanState> =>
    stateOf((await call('/lan/api/status')) as AdminReply)

  async function result(action: () => Promise<unknown>): Promise<LanResult> {
    try {
      await action()
      return { ok: true, state: await readState() }
    } catch (error) {
      return { ok: false, error: errorRefOf(error) ?? errorRef('lanShare.failed') }
    }
  }

  return {
    lanInterfaces: () => Promise.resolve([]),

    async lanState() {
      if (!key()) return lanStateOff('none')
      return readState()
    },

    // The server already listens where it was started: address and port are its own.
    lanStart: ({ workshopId, groupIds }) =>
      result(() => call('/lan/api/session', { workshopId, groupIds })),

    lanStop: () => result(() => call('/lan/api/stop', {})),

    lanOpenSession: ({ workshopId, groupIds }) =>
      result(() => call('/lan/api/session', { workshopId, groupIds })),

    lanDisconnectAll: () => result(() => call('/lan/api/disconnect', {})),
  }
}
