import { createKeyedQueue } from '../../shared/async/keyedQueue'
import { appError } from '../../shared/errors/appError'
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_REASONS,
  backupIdOfFileName,
  backupsToPrune,
  newBackupId,
  parseBackupId,
  sortBackupIdsNewestFirst,
  type BackupReason,
} from '../../shared/backups/backupNames'
import type { BackupInfo, BackupList } from '../../shared/host/hostApi'
import { LIMITS } from '../../shared/model/limits'
import { idSchema } from '../../shared/model/schemas'
import {
  OPFS_DATA_LOCATION,
  isDomError,
  later,
  openWritableOpfsDirectory,
  storageError,
  type OpfsDirectoryHandle,
  type OpfsFileHandle,
} from './snapshotStores'

/**
 * Where the browser host keeps the automatic backups: in the Origin Private File System as
 * `backups/<workshopId>/<backupId>.taneboard` (written through createWritable, which replaces the
 * file atomically on close), or in localStorage as `taneboard.backup.<workshopId>.<backupId>`
 * where OPFS is unavailable. Names and rotation come from src/shared/backups/backupNames.ts.
 */

export const BACKUP_DIRECTORY = 'backups'
export const BACKUP_LOCAL_STORAGE_PREFIX = 'taneboard.backup.'

export function opfsBackupLocation(workshopId: string): string {
  return `${OPFS_DATA_LOCATION}の ${BACKUP_DIRECTORY}/${workshopId}`
}

export function localStorageBackupLocation(workshopId: string): string {
  return `このブラウザの保存領域（localStorage）の「${BACKUP_LOCAL_STORAGE_PREFIX}${workshopId}.」で始まる項目`
}

export interface BackupStore {
  /** The backups of one workshop, newest first, and where they are kept. */
  list(workshopId: string): Promise<BackupList>
  /** The text of one backup, or null when it is gone. */
  read(workshopId: string, backupId: string): Promise<string | null>
  /**
   * Writes a new backup atomically (a transition's names its `position`), then deletes the oldest
   * of its kind beyond BACKUP_RETENTION. A failed write rejects with a code and leaves every
   * earlier backup as it was.
   */
  write(
    workshopId: string,
    reason: BackupReason,
    content: string,
    position?: string | null,
  ): Promise<BackupInfo>
}

export interface BackupStoreDeps {
  /** The OPFS root; rejects or is missing when OPFS is unavailable. */
  getRootDirectory?: () => Promise<OpfsDirectoryHandle>
  storage?: Storage
  /** The clock that names new backups (ms since the epoch); defaults to Date.now. */
  now?: () => number
  /** Defaults to LIMITS.snapshotBytes. */
  maxBytes?: number
}

/** OPFS when it works (including createWritable), else localStorage. */
export async function openBackupStore(deps: BackupStoreDeps): Promise<BackupStore> {
  const maxBytes = deps.maxBytes ?? LIMITS.snapshotBytes
  const options = { now: deps.now ?? Date.now, maxBytes }
  const dir = await openWritableOpfsDirectory(deps.getRootDirectory, BACKUP_DIRECTORY)
  if (dir) return rotatingStore(opfsBackend(dir, maxBytes), options)
  if (deps.storage) return rotatingStore(localStorageBackend(deps.storage, maxBytes), options)
  throw appError('host.noStorage')
}

/** Where the files of one store live; ids and names are checked before any call. */
interface BackupBackend {
  location(workshopId: string): string
  /** Every stored backup id of the workshop, in no particular order. */
  ids(workshopId: string): Promise<string[]>
  /** The size in bytes of a complete backup; null when it is gone or was never completed. */
  bytes(workshopId: string, backupId: string): Promise<number | null>
  read(workshopId: string, backupId: string): Promise<string | null>
  /** Stores a new backup whole, or rejects and leaves nothing behind. */
  put(workshopId: string, backupId: string, content: string): Promise<void>
  remove(workshopId: string, backupId: string): Promise<void>
}

const REASONS: ReadonlySet<string> = new Set(BACKUP_REASONS)

function checkWorkshopId(workshopId: string): void {
  if (!idSchema.safeParse(workshopId).success) throw appError('host.invalidWorkshopId')
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** A new backup id; host.unnamedBackup when there is none (a clock out of range, 999 clashes). */
function nameNewBackup(
  nowMs: number,
  reason: BackupReason,
  existing: readonly string[],
  position: string | null,
): string {
  try {
    return newBackupId(nowMs, reason, new Set(existing), position)
  } catch {
    throw appError('host.unnamedBackup')
  }
}

/** Naming, rotation and one-at-a-time writes per workshop, over either backend. */
function rotatingStore(
  backend: BackupBackend,
  options: { now: () => number; maxBytes: number },
): BackupStore {
  const serialized = createKeyedQueue()

  return {
    async list(workshopId) {
      checkWorkshopId(workshopId)
      const backups: BackupInfo[] = []
      for (const backupId of sortBackupIdsNewestFirst(await backend.ids(workshopId))) {
        const parsed = parseBackupId(backupId)
        const bytes = parsed ? await backend.bytes(workshopId, backupId) : null
        if (parsed && bytes !== null) backups.push({ backupId, workshopId, ...parsed, bytes })
      }
      return { location: backend.location(workshopId), backups }
    },

    async read(workshopId, backupId) {
      checkWorkshopId(workshopId)
      if (parseBackupId(backupId) === null) throw appError('host.invalidBackupId')
      return backend.read(workshopId, backupId)
    },

    async write(workshopId, reason, content, position = null) {
      checkWorkshopId(workshopId)
      if (!REASONS.has(reason)) throw appError('host.invalidBackupReason')
      const bytes = utf8Bytes(content)
      if (bytes > options.maxBytes)
        throw appError('host.fileTooLarge', { maxBytes: options.maxBytes })
      return serialized(workshopId, async () => {
        const existing = await backend.ids(workshopId)
        const backupId = nameNewBackup(options.now(), reason, existing, position)
        const parsed = parseBackupId(backupId)
        if (!parsed) throw appError('host.unnamedBackup')
        await backend.put(workshopId, backupId, content)
        // Only now, with the new backup stored, may older ones go. The new one always stays, even
        // when a clock set back names it older than the others.
        for (const old of backupsToPrune(existing, backupId)) {
          // Best effort: one that cannot go now goes after the next write.
          await backend.remove(workshopId, old).catch(() => undefined)
        }
        return { backupId, workshopId, ...parsed, bytes }
      })
    },
  }
}

function opfsBackend(root: OpfsDirectoryHandle, maxBytes: number): BackupBackend {
  const fileName = (backupId: string) => `${backupId}${BACKUP_FILE_EXTENSION}`
  /** `<workshopId>/<backupId>` of the writes under way: their file exists but is still empty. */
  const writing = new Set<string>()

  async function folder(workshopId: string, create: boolean): Promise<OpfsDirectoryHandle | null> {
    try {
      return await root.getDirectoryHandle(workshopId, { create })
    } catch (error) {
      if (!create && isDomError(error, 'NotFoundError')) return null
      throw storageError(error, create ? 'write' : 'read')
    }
  }

  async function fileOf(workshopId: string, backupId: string): Promise<OpfsFileHandle | null> {
    const dir = await folder(workshopId, false)
    if (!dir) return null
    try {
      return await dir.getFileHandle(fileName(backupId))
    } catch (error) {
      if (isDomError(error, 'NotFoundError') || isDomError(error, 'TypeMismatchError')) return null
      throw storageError(error, 'read')
    }
  }

  return {
    location: opfsBackupLocation,

    async ids(workshopId) {
      const dir = await folder(workshopId, false)
      if (!dir) return []
      const ids: string[] = []
      try {
        for await (const [name, handle] of dir.entries()) {
          const backupId = handle.kind === 'file' ? backupIdOfFileName(name) : null
          if (backupId !== null) ids.push(backupId)
        }
      } catch (error) {
        throw storageError(error, 'read')
      }
      return ids
    },

    async bytes(workshopId, backupId) {
      const handle = await fileOf(workshopId, backupId)
      if (!handle) return null
      let size: number
      try {
        size = (await handle.getFile()).size
      } catch (error) {
        if (isDomError(error, 'NotFoundError')) return null
        throw storageError(error, 'read')
      }
      if (size > 0) return size
      // A backup is never empty: this one was created by a write that never finished (the tab
      // closed before close()). Remove it, unless that write is still going on.
      if (!writing.has(`${workshopId}/${backupId}`)) {
        const dir = await folder(workshopId, false)
        await dir?.removeEntry(fileName(backupId)).catch(() => undefined)
      }
      return null
    },

    async read(workshopId, backupId) {
      const handle = await fileOf(workshopId, backupId)
      if (!handle) return null
      let file: Awaited<ReturnType<OpfsFileHandle['getFile']>>
      try {
        file = await handle.getFile()
      } catch (error) {
        if (isDomError(error, 'NotFoundError')) return null
        throw storageError(error, 'read')
      }
      // Checked before reading: an oversized file is never loaded.
      if (file.size > maxBytes) throw appError('host.fileTooLarge', { maxBytes })
      try {
        return await file.text()
      } catch (error) {
        throw storageError(error, 'read')
      }
    },

    async put(workshopId, backupId, content) {
      const dir = await folder(workshopId, true)
      if (!dir) throw storageError(null, 'write')
      const key = `${workshopId}/${backupId}`
      writing.add(key)
      try {
        // getFileHandle creates an empty file at once; the stream writes to a swap file and
        // close() replaces the file atomically. On failure nothing of this backup may remain.
        const handle = await dir.getFileHandle(fileName(backupId), { create: true })
        try {
          if (!handle.createWritable) throw new Error('createWritable is not supported')
          const stream = await handle.createWritable()
          try {
            await stream.write(content)
            await stream.close()
          } catch (error) {
            await stream.abort().catch(() => undefined)
            throw error
          }
        } catch (error) {
          await dir.removeEntry(fileName(backupId)).catch(() => undefined)
          throw error
        }
      } catch (error) {
        throw storageError(error, 'write')
      } finally {
        writing.delete(key)
      }
    },

    async remove(workshopId, backupId) {
      const dir = await folder(workshopId, false)
      try {
        await dir?.removeEntry(fileName(backupId))
      } catch (error) {
        if (!isDomError(error, 'NotFoundError')) throw storageError(error, 'write')
      }
    },
  }
}

function localStorageBackend(storage: Storage, maxBytes: number): BackupBackend {
  const prefix = (workshopId: string) => `${BACKUP_LOCAL_STORAGE_PREFIX}${workshopId}.`
  const key = (workshopId: string, backupId: string) => `${prefix(workshopId)}${backupId}`
  return {
    location: localStorageBackupLocation,

    ids: (workshopId) =>
      later(() => {
        const ids: string[] = []
        for (let i = 0; i < storage.length; i += 1) {
          const storageKey = storage.key(i)
          if (!storageKey?.startsWith(prefix(workshopId))) continue
          const backupId = storageKey.slice(prefix(workshopId).length)
          if (parseBackupId(backupId) !== null) ids.push(backupId)
        }
        return ids
      }),

    bytes: (workshopId, backupId) =>
      later(() => {
        const content = storage.getItem(key(workshopId, backupId))
        return content === null ? null : utf8Bytes(content)
      }),

    read: (workshopId, backupId) =>
      later(() => {
        const content = storage.getItem(key(workshopId, backupId))
        if (content !== null && utf8Bytes(content) > maxBytes) {
          throw appError('host.fileTooLarge', { maxBytes })
        }
        return content
      }),

    // setItem stores the whole value or throws and stores nothing.
    put: (workshopId, backupId, content) =>
      later(() => {
        try {
          storage.setItem(key(workshopId, backupId), content)
        } catch (error) {
          throw storageError(error, 'write')
        }
      }),

    remove: (workshopId, backupId) =>
      later(() => {
        storage.removeItem(key(workshopId, backupId))
      }),
  }
}
