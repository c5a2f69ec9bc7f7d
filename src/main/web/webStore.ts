import * as nodeFs from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import {
  readBackupRequestSchema,
  writeBackupRequestSchema,
  writeSnapshotRequestSchema,
} from '../../shared/host/hostApi'
import { LIMITS } from '../../shared/model/limits'
import { idSchema } from '../../shared/model/schemas'
import { fileErrorCode, type FsLike } from '../services/atomicFile'
import { backupDirectory, createBackupStore } from '../services/backupStore'
import { createSnapshotStore, snapshotDirectory } from '../services/snapshotStore'
import { storeRequestAllowed, type WebStoreGuardOptions } from './webStoreGuard'

/**
 * Browser mode's disk store: the second copy of each workshop and its backups as real files,
 * served to the facilitator's page by `npm run web` (scripts/serve-web.mjs). The same stores
 * and atomic writes as the desktop app (snapshotStore, backupStore: temp file, fsync, rename),
 * in the same layout under one folder: `<folder>/workshops/` and `<folder>/backups/<id>/`.
 *
 * The page talks to it over HTTP (renderer/host/serverStores.ts), under STORE_API_PREFIX:
 *
 *   GET    info                          → { directory, snapshots, backups }
 *   GET    snapshots                     → SnapshotInfo[]
 *   GET    snapshots/<id>                → the text (404: none)
 *   PUT    snapshots/<id>                ← the text
 *   DELETE snapshots/<id>
 *   GET    backups/<id>                  → BackupList
 *   POST   backups/<id>                  ← { reason, position?, content } → BackupInfo
 *   GET    backups/<id>/<backupId>       → the text (404: gone)
 *
 * Every request passes webStoreGuard (only the facilitator's own page); every payload its
 * schema and the stores' checks (a workshop file of that workshop, sizes, caps). A refused
 * write answers `{ error: <errno name> }` with a status the page maps to its error codes.
 */
export const STORE_API_PREFIX = '/api/store/'

/** The largest body: a workshop file plus the JSON around it (Japanese text may be escaped). */
export const MAX_STORE_BODY_BYTES = LIMITS.snapshotBytes * 2 + 64 * 1024

export interface WebStoreOptions extends WebStoreGuardOptions {
  /** The folder holding `workshops/` and `backups/`. */
  dataDirectory: string
  fs?: FsLike
  now?: () => number
  maxBodyBytes?: number
}

export interface WebStore {
  readonly directory: string
  /** Answers a request under STORE_API_PREFIX; false for any other path (not handled). */
  handle(request: IncomingMessage, response: ServerResponse, path: string): boolean
}

/** The status a refused store operation answers with. */
const STATUS_OF: Record<string, number> = {
  ENOSPC: 507,
  EACCES: 403,
  EPERM: 403,
  EROFS: 403,
  EFBIG: 413,
  EINVAL: 400,
}

class BadRequest extends Error {
  constructor(readonly status: number) {
    super(`bad request (${String(status)})`)
  }
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}

const json = (response: ServerResponse, status: number, value: unknown): void => {
  send(response, status, JSON.stringify(value), 'application/json')
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0')
  if (declared > maxBytes) throw new BadRequest(413)
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new BadRequest(413)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BadRequest(400)
  }
}

function workshopIdOf(segment: string | undefined): string {
  const parsed = idSchema.safeParse(segment)
  if (!parsed.success) throw new BadRequest(400)
  return parsed.data
}

export function createWebStore(options: WebStoreOptions): WebStore {
  const fs = options.fs ?? nodeFs
  const directory = options.dataDirectory
  const snapshots = createSnapshotStore({ directory: snapshotDirectory(directory), fs })
  const backups = createBackupStore({ directory: backupDirectory(directory), fs, now: options.now })
  const maxBody = options.maxBodyBytes ?? MAX_STORE_BODY_BYTES

  async function route(
    request: IncomingMessage,
    response: ServerResponse,
    segments: string[],
  ): Promise<void> {
    const method = request.method ?? 'GET'
    const [kind, id, backupId, ...rest] = segments
    if (rest.length > 0) throw new BadRequest(404)
    if (kind === 'info' && id === undefined && method === 'GET') {
      json(response, 200, {
        directory,
        snapshots: snapshots.directory,
        backups: backups.directory,
      })
      return
    }
    if (kind === 'snapshots' && id === undefined && backupId === undefined) {
      if (method !== 'GET') throw new BadRequest(405)
      json(response, 200, await snapshots.list())
      return
    }
    if (kind === 'snapshots' && backupId === undefined) {
      const workshopId = workshopIdOf(id)
      if (method === 'GET') {
        const text = await snapshots.read(workshopId)
        if (text === null) send(response, 404, 'Not Found', 'text/plain')
        else send(response, 200, text, 'application/json')
      } else if (method === 'PUT') {
        const parsed = writeSnapshotRequestSchema.safeParse({
          workshopId,
          content: await readBody(request, maxBody),
        })
        if (!parsed.success) throw new BadRequest(400)
        await snapshots.write(parsed.data.workshopId, parsed.data.content)
        response.writeHead(204, { 'cache-control': 'no-store' }).end()
      } else if (method === 'DELETE') {
        await snapshots.delete(workshopId)
        response.writeHead(204, { 'cache-control': 'no-store' }).end()
      } else {
        throw new BadRequest(405)
      }
      return
    }
    if (kind === 'backups' && backupId === undefined) {
      const workshopId = workshopIdOf(id)
      if (method === 'GET') {
        json(response, 200, await backups.list(workshopId))
      } else if (method === 'POST') {
        const body = parseJson(await readBody(request, maxBody))
        const parsed = writeBackupRequestSchema.safeParse(
          typeof body === 'object' && body !== null ? { ...body, workshopId } : null,
        )
        if (!parsed.success) throw new BadRequest(400)
        const { reason, content, position } = parsed.data
        json(response, 200, await backups.write(workshopId, reason, content, position ?? null))
      } else {
        throw new BadRequest(405)
      }
      return
    }
    if (kind === 'backups') {
      if (method !== 'GET') throw new BadRequest(405)
      const parsed = readBackupRequestSchema.safeParse({ workshopId: id, backupId })
      if (!parsed.success) throw new BadRequest(400)
      const text = await backups.read(parsed.data.workshopId, parsed.data.backupId)
      if (text === null) send(response, 404, 'Not Found', 'text/plain')
      else send(response, 200, text, 'application/json')
      return
    }
    throw new BadRequest(404)
  }

  return {
    directory,
    handle(request, response, path) {
      if (!path.startsWith(STORE_API_PREFIX)) return false
      if (!storeRequestAllowed(request, options)) {
        send(response, 403, 'Forbidden', 'text/plain')
        return true
      }
      const segments = path.slice(STORE_API_PREFIX.length).split('/')
      route(request, response, segments).catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy()
          return
        }
        if (error instanceof BadRequest) {
          json(response, error.status, { error: 'EINVAL' })
          return
        }
        const code = fileErrorCode(error)
        json(response, STATUS_OF[code] ?? 500, { error: code })
      })
      return true
    },
  }
}

/** `<home>/TaneBoard-data`: where `npm run web` keeps its files unless told otherwise. */
export function defaultWebDataDirectory(home: string): string {
  return join(home, 'TaneBoard-data')
}
