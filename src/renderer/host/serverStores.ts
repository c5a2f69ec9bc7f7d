import { AppError, appError } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import type { BackupInfo, BackupList, SnapshotInfo } from '../../shared/host/hostApi'
import { LIMITS } from '../../shared/model/limits'
import { idSchema } from '../../shared/model/schemas'
import type { BackupStore } from './backupStores'
import type { SnapshotStore } from './snapshotStores'

/**
 * The second copy and the backups as real files on the disk of the computer that serves the page
 * (`npm run web`: src/main/web/webStore.ts, the desktop app's stores and atomic writes), reached
 * over HTTP. Only the page this server served may use it: every request carries the header the
 * server asks for (a page of another origin cannot send it without a CORS preflight, which the
 * server never grants) and, when the page holds the LAN admin key, that key.
 */
export const STORE_API_PATH = '/api/store/'

/** Bodies up to this size are sent with `keepalive` (the browser allows 64 KB in flight). */
const KEEPALIVE_MAX_BYTES = 48 * 1024

export interface ServerStoreInfo {
  /** The folder holding everything (shown on ホーム and the backups screen). */
  directory: string
  snapshots: string
  backups: string
}

export interface ServerStoreDeps {
  /** The page's origin (the server's). */
  origin: string
  fetch: typeof fetch
  /** The LAN admin key, when the page holds one. */
  adminKey?: () => string | null
}

export interface ServerStores {
  info: ServerStoreInfo
  snapshots: SnapshotStore
  backups: BackupStore
}

/** The AppError of a refused request (the server answers with an errno name). */
function refusal(status: number, action: 'read' | 'write'): AppError {
  if (status === 507) return appError('host.storageFull')
  if (status === 403) return appError('host.storageDenied')
  if (status === 413) return appError('host.fileTooLarge', { maxBytes: LIMITS.snapshotBytes })
  if (status === 400) return appError('host.invalidWorkshopId')
  return new AppError(
    errorRef(action === 'write' ? 'host.backupWriteFailed' : 'host.backupReadFailed'),
  )
}

function checkId(workshopId: string): void {
  if (!idSchema.safeParse(workshopId).success) throw appError('host.invalidWorkshopId')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isInfo(value: unknown): value is ServerStoreInfo {
  return (
    isObject(value) &&
    typeof value.directory === 'string' &&
    typeof value.snapshots === 'string' &&
    typeof value.backups === 'string'
  )
}

/**
 * The server's disk store, or null when the page was not served by one (a static host, a file,
 * `--no-disk`, another server) or it refuses this page.
 */
export async function openServerStores(deps: ServerStoreDeps): Promise<ServerStores | null> {
  const call = requester(deps)
  let info: unknown
  try {
    const response = await call('GET', 'info')
    if (!response.ok) return null
    info = await response.json()
  } catch {
    return null
  }
  if (!isInfo(info)) return null
  return { info, snapshots: snapshotStore(info, call), backups: backupStore(call) }
}

type Call = (method: string, path: string, body?: string) => Promise<Response>

function requester(deps: ServerStoreDeps): Call {
  return async (method, path, body) => {
    const key = deps.adminKey?.() ?? null
    try {
      return await deps.fetch(new URL(`${STORE_API_PATH}${path}`, deps.origin).href, {
        method,
        headers: {
          'x-taneboard-store': '1',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'text/plain; charset=utf-8' }),
        },
        body,
        cache: 'no-store',
        credentials: 'omit',
        // A write while the page is being closed still reaches the server, when small enough for
        // the browser's keepalive budget (64 KB in flight).
        keepalive: body !== undefined && new Blob([body]).size <= KEEPALIVE_MAX_BYTES,
      })
    } catch {
      throw appError('host.serverUnreachable')
    }
  }
}

/** The text of a read; null for 404. */
async function textOrNull(response: Response): Promise<string | null> {
  if (response.status === 404) return null
  if (!response.ok) throw refusal(response.status, 'read')
  return response.text()
}

function snapshotStore(info: ServerStoreInfo, call: Call): SnapshotStore {
  return {
    dataLocation: info.snapshots,
    async list() {
      const response = await call('GET', 'snapshots')
      if (!response.ok) throw refusal(response.status, 'read')
      return (await response.json()) as SnapshotInfo[]
    },
    async read(workshopId) {
      checkId(workshopId)
      return textOrNull(await call('GET', `snapshots/${workshopId}`))
    },
    async write(workshopId, content) {
      checkId(workshopId)
      const response = await call('PUT', `snapshots/${workshopId}`, content)
      if (!response.ok) throw refusal(response.status, 'write')
    },
    async remove(workshopId) {
      checkId(workshopId)
      const response = await call('DELETE', `snapshots/${workshopId}`)
      if (!response.ok && response.status !== 404) throw refusal(response.status, 'write')
    },
  }
}

function backupStore(call: Call): BackupStore {
  return {
    async list(workshopId) {
      checkId(workshopId)
      const response = await call('GET', `backups/${workshopId}`)
      if (!response.ok) throw refusal(response.status, 'read')
      return (await response.json()) as BackupList
    },
    async read(workshopId, backupId) {
      checkId(workshopId)
      return textOrNull(await call('GET', `backups/${workshopId}/${encodeURIComponent(backupId)}`))
    },
    async write(workshopId, reason, content, position = null) {
      checkId(workshopId)
      const body = JSON.stringify({ reason, content, ...(position ? { position } : {}) })
      const response = await call('POST', `backups/${workshopId}`, body)
      if (!response.ok) throw refusal(response.status, 'write')
      return (await response.json()) as BackupInfo
    },
  }
}
