import { AppError, appError } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import type { SnapshotInfo } from '../../shared/host/hostApi'
import { idSchema } from '../../shared/model/schemas'

/**
 * Where the browser host keeps snapshot files: the Origin Private File System (one file per
 * workshop, written through createWritable, which replaces the file atomically on close), or
 * localStorage where OPFS is unavailable.
 */

export const OPFS_DATA_LOCATION = 'このブラウザの保存領域（オリジン専用ファイルシステム）'
export const LOCAL_STORAGE_DATA_LOCATION =
  'このブラウザの保存領域（localStorage。容量が小さいため、こまめにファイルへ書き出してください）'
export const SNAPSHOT_DIRECTORY = 'workshops'
export const SNAPSHOT_SUFFIX = '.taneboard.json'
export const LOCAL_STORAGE_PREFIX = 'taneboard.snapshot.'
const PROBE_FILE = '.write-probe'

/** The subset of FileSystemFileHandle we use (a fake implements it in tests). */
export interface OpfsFileHandle {
  readonly kind: 'file'
  getFile(): Promise<{ size: number; lastModified: number; text(): Promise<string> }>
  createWritable?(): Promise<{
    write(data: string): Promise<void>
    close(): Promise<void>
    abort(): Promise<void>
  }>
}

/** The subset of FileSystemDirectoryHandle we use. */
export interface OpfsDirectoryHandle {
  readonly kind: 'directory'
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<OpfsDirectoryHandle>
  getFileHandle(name: string, options?: { create?: boolean }): Promise<OpfsFileHandle>
  removeEntry(name: string): Promise<void>
  entries(): AsyncIterable<[string, OpfsFileHandle | OpfsDirectoryHandle]>
}

export interface SnapshotStore {
  dataLocation: string
  list(): Promise<SnapshotInfo[]>
  read(workshopId: string): Promise<string | null>
  write(workshopId: string, content: string): Promise<void>
  remove(workshopId: string): Promise<void>
}

/** OPFS when it works (including createWritable), else localStorage. */
export async function openSnapshotStore(deps: {
  getRootDirectory?: () => Promise<OpfsDirectoryHandle>
  storage?: Storage
}): Promise<SnapshotStore> {
  const dir = await openWritableOpfsDirectory(deps.getRootDirectory, SNAPSHOT_DIRECTORY)
  if (dir) return opfsStore(dir)
  if (deps.storage) return localStorageStore(deps.storage)
  throw appError('host.noStorage')
}

/**
 * The OPFS folder `name` (created if needed) when files in it can be written with
 * createWritable; null when OPFS is missing or refused (private window, old browser).
 */
export async function openWritableOpfsDirectory(
  getRootDirectory: (() => Promise<OpfsDirectoryHandle>) | undefined,
  name: string,
): Promise<OpfsDirectoryHandle | null> {
  if (!getRootDirectory) return null
  try {
    const root = await getRootDirectory()
    const dir = await root.getDirectoryHandle(name, { create: true })
    const probe = await dir.getFileHandle(PROBE_FILE, { create: true })
    const writable = typeof probe.createWritable === 'function'
    await dir.removeEntry(PROBE_FILE).catch(() => undefined)
    return writable ? dir : null
  } catch {
    return null
  }
}

function opfsStore(dir: OpfsDirectoryHandle): SnapshotStore {
  const fileName = (workshopId: string) => `${workshopId}${SNAPSHOT_SUFFIX}`
  const existing = async (workshopId: string): Promise<OpfsFileHandle | null> => {
    try {
      return await dir.getFileHandle(fileName(workshopId))
    } catch (error) {
      if (isDomError(error, 'NotFoundError')) return null
      throw storageError(error, 'read')
    }
  }
  return {
    dataLocation: OPFS_DATA_LOCATION,
    async list() {
      const out: SnapshotInfo[] = []
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind !== 'file' || !name.endsWith(SNAPSHOT_SUFFIX)) continue
        const workshopId = name.slice(0, -SNAPSHOT_SUFFIX.length)
        if (!idSchema.safeParse(workshopId).success) continue
        const file = await handle.getFile()
        out.push({
          workshopId,
          bytes: file.size,
          savedAt: new Date(file.lastModified).toISOString(),
        })
      }
      return out
    },
    async read(workshopId) {
      const handle = await existing(workshopId)
      if (!handle) return null
      try {
        return await (await handle.getFile()).text()
      } catch (error) {
        throw storageError(error, 'read')
      }
    },
    async write(workshopId, content) {
      try {
        const handle = await dir.getFileHandle(fileName(workshopId), { create: true })
        if (!handle.createWritable) throw new Error('createWritable is not supported')
        // The stream writes to a swap file; close() replaces the file atomically.
        const stream = await handle.createWritable()
        try {
          await stream.write(content)
          await stream.close()
        } catch (error) {
          await stream.abort().catch(() => undefined)
          throw error
        }
      } catch (error) {
        throw storageError(error, 'write')
      }
    },
    async remove(workshopId) {
      try {
        await dir.removeEntry(fileName(workshopId))
      } catch (error) {
        if (!isDomError(error, 'NotFoundError')) throw storageError(error, 'write')
      }
    },
  }
}

interface StoredSnapshot {
  savedAt: string
  content: string
}

function localStorageStore(storage: Storage): SnapshotStore {
  const key = (workshopId: string) => `${LOCAL_STORAGE_PREFIX}${workshopId}`
  const load = (storageKey: string): StoredSnapshot | null => {
    const raw = storage.getItem(storageKey)
    if (raw === null) return null
    try {
      const value: unknown = JSON.parse(raw)
      if (
        typeof value === 'object' &&
        value !== null &&
        'content' in value &&
        typeof value.content === 'string' &&
        'savedAt' in value &&
        typeof value.savedAt === 'string'
      ) {
        return { content: value.content, savedAt: value.savedAt }
      }
    } catch {
      // Not our envelope: hand back the raw text so the reader reports it as corrupt.
    }
    return { content: raw, savedAt: new Date(0).toISOString() }
  }
  return {
    dataLocation: LOCAL_STORAGE_DATA_LOCATION,
    list: () =>
      later(() => {
        const out: SnapshotInfo[] = []
        for (let i = 0; i < storage.length; i += 1) {
          const storageKey = storage.key(i)
          if (!storageKey?.startsWith(LOCAL_STORAGE_PREFIX)) continue
          const workshopId = storageKey.slice(LOCAL_STORAGE_PREFIX.length)
          const stored = load(storageKey)
          if (!stored || !idSchema.safeParse(workshopId).success) continue
          out.push({
            workshopId,
            bytes: new TextEncoder().encode(stored.content).length,
            savedAt: stored.savedAt,
          })
        }
        return out
      }),
    read: (workshopId) => later(() => load(key(workshopId))?.content ?? null),
    write: (workshopId, content) =>
      later(() => {
        const stored: StoredSnapshot = { savedAt: new Date().toISOString(), content }
        try {
          storage.setItem(key(workshopId), JSON.stringify(stored))
        } catch (error) {
          throw storageError(error, 'write')
        }
      }),
    remove: (workshopId) =>
      later(() => {
        storage.removeItem(key(workshopId))
      }),
  }
}

/** Runs `fn` as a promise: a synchronous throw becomes a rejection. */
export function later<T>(fn: () => T): Promise<T> {
  return Promise.resolve().then(fn)
}

export function isDomError(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name
}

/** The AppError of a storage failure (the original stays as `cause`). */
export function storageError(error: unknown, action: 'read' | 'write'): AppError {
  let code:
    'host.storageFull' | 'host.storageDenied' | 'host.backupWriteFailed' | 'host.backupReadFailed'
  if (isDomError(error, 'QuotaExceededError')) {
    code = 'host.storageFull'
  } else if (isDomError(error, 'NotAllowedError') || isDomError(error, 'SecurityError')) {
    code = 'host.storageDenied'
  } else {
    code = action === 'write' ? 'host.backupWriteFailed' : 'host.backupReadFailed'
  }
  return new AppError(errorRef(code), { cause: error })
}
