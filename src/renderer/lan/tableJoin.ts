import { z } from 'zod/mini'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { errorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import { idSchema } from '../../shared/model/schemas'

/**
 * A table's join (table mode): what the hub answered for its code, kept in localStorage so that
 * a reload (even offline) returns straight to its group. Light: no Yjs here.
 *
 * The hub is the server this page came from (it serves the renderer and the sync socket on one
 * port), so the join asks `POST /lan/join` on the page's own origin, with the code or token in
 * the body (never in the request line).
 */
export interface TableJoin {
  /** The hub's address: this page's origin, e.g. http://192.168.137.1:8730/ */
  hubUrl: string
  /** The group's token (what the device presents to the hub; never the typed code). */
  token: string
  workshopId: string
  groupId: string
}

export const TABLE_JOIN_ITEM = 'taneboard.tableJoin'

const tableJoinSchema = z.strictObject({
  hubUrl: z.url({ protocol: /^https?$/ }).check(z.maxLength(300)),
  token: z.string().check(z.regex(/^[A-Za-z0-9._-]+$/), z.maxLength(200)),
  workshopId: idSchema,
  groupId: idSchema,
})

const joinAnswerSchema = z.object({
  role: z.enum(['table', 'facilitator']),
  workshopId: idSchema,
  groupId: z.optional(idSchema),
  token: z.string().check(z.minLength(1), z.maxLength(200)),
})

/** The kept join, or null (none, or not readable: then it is as if the device never joined). */
export function loadTableJoin(storage: Pick<Storage, 'getItem'> | undefined): TableJoin | null {
  try {
    const raw = storage?.getItem(TABLE_JOIN_ITEM)
    if (!raw) return null
    const parsed = tableJoinSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export type JoinResult = { ok: true; join: TableJoin } | { ok: false; error: ErrorRef }

const REFUSALS: Record<number, ErrorRef> = {
  403: errorRef('lanJoin.wrongCode'),
  429: errorRef('lanJoin.throttled'),
  503: errorRef('lanJoin.noSession'),
}

/**
 * Asks the hub what a typed code or a token opens. Only a table's code joins here; the
 * facilitator's code is refused with its own message (the facilitator uses the console).
 */
export async function requestTableJoin(
  code: string,
  deps: { origin: string; fetch?: typeof fetch; timeoutMs?: number },
): Promise<JoinResult> {
  const doFetch = deps.fetch ?? fetch
  const hubUrl = new URL('/', deps.origin).href
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort()
  }, deps.timeoutMs ?? 10_000)
  let response: Response
  try {
    response = await doFetch(new URL('/lan/join', deps.origin).href, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.trim() }),
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    })
  } catch {
    return { ok: false, error: errorRef('lanJoin.unreachable') }
  } finally {
    clearTimeout(timer)
  }
  if (!response.ok) {
    return { ok: false, error: REFUSALS[response.status] ?? errorRef('lanJoin.failed') }
  }
  const answer = joinAnswerSchema.safeParse(await response.json().catch(() => null))
  if (!answer.success) return { ok: false, error: errorRef('lanJoin.failed') }
  const { role, workshopId, groupId, token } = answer.data
  if (role !== 'table' || !groupId) return { ok: false, error: errorRef('lanJoin.facilitatorCode') }
  const join = { hubUrl, token, workshopId, groupId }
  return tableJoinSchema.safeParse(join).success
    ? { ok: true, join }
    : { ok: false, error: errorRef('lanJoin.failed') }
}

/** The window's kept join, for the App to choose table mode. */
export interface TableJoinState {
  join: TableJoin | null
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

export const tableJoinStore = createStore<TableJoinState>(() => ({
  join: loadTableJoin(defaultStorage()),
}))

/** Keeps a new join (replacing the one before) and enters table mode. */
export function keepTableJoin(join: TableJoin, storage = defaultStorage()): void {
  try {
    storage?.setItem(TABLE_JOIN_ITEM, JSON.stringify(join))
  } catch {
    // storage refused: the join holds for this page only
  }
  tableJoinStore.setState({ join })
}

/** Forgets the join (「参加をやめる」): the device is no longer a table. */
export function forgetTableJoin(storage = defaultStorage()): void {
  try {
    storage?.removeItem(TABLE_JOIN_ITEM)
  } catch {
    // nothing kept
  }
  tableJoinStore.setState({ join: null })
}

export function useTableJoin(): TableJoin | null {
  return useStore(tableJoinStore, (state) => state.join)
}
