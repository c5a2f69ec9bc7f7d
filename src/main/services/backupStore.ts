import { createKeyedQueue } from '../../shared/async/keyedQueue'
import { join } from 'node:path'
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_REASONS,
  BACKUP_RETENTION,
  backupIdOfFileName,
  backupsToPrune,
  newBackupId,
  parseBackupId,
  sortBackupIdsNewestFirst,
  type BackupKind,
  type BackupReason,
} from '../../shared/backups/backupNames'
import type { BackupInfo, BackupList } from '../../shared/host/hostApi'
import { LIMITS } from '../../shared/model/limits'
import { idSchema } from '../../shared/model/schemas'
import {
  FileError,
  fileErrorCode,
  isTempFileOf,
  readFileCapped,
  renameWithRetry,
  writeFileAtomic,
  type FsLike,
} from './atomicFile'
import { diskNameOf, legacyNameOf, workshopIdInText } from './diskNames'
import { isWorkshopFileOf, STORE_LIMITS } from './storeLimits'

/**
 * The automatic backups of each workshop: `<backups folder>/<disk name>/<backupId>.taneboard`,
 * each a workshop file; the disk name is the workshop id made safe on every disk (diskNames.ts). Names and rotation come from src/shared/backups/backupNames.ts.
 */
export interface BackupStore {
  /** The folder holding one sub-folder per workshop. */
  readonly directory: string
  /** The folder of one workshop's backups (shown to the user). */
  locationOf(workshopId: string): string
  /**
   * The backups of one workshop, newest first (none when the folder does not exist yet); also
   * removes temp files left behind by an interrupted write.
   */
  list(workshopId: string): Promise<BackupList>
  /** The backup text, or null when it is gone. Throws 'EFBIG: ...' for an oversized file. */
  read(workshopId: string, backupId: string): Promise<string | null>
  /**
   * Writes a new backup atomically (a transition's names its `position`), then deletes the oldest
   * of its kind beyond the retention (BACKUP_RETENTION). Throws FileError
   * ('ENOSPC: ...', 'EACCES: ...', ...) and prunes nothing when the write fails.
   */
  write(
    workshopId: string,
    reason: BackupReason,
    content: string,
    position?: string | null,
  ): Promise<BackupInfo>
}

/** What createBackupStore needs. */
export interface BackupStoreOptions {
  /** Usually `backupDirectory(app.getPath('userData'))`. */
  directory: string
  fs: FsLike
  /** Defaults to LIMITS.snapshotBytes. */
  maxBytes?: number
  /** How many of each kind stay; defaults to BACKUP_RETENTION. */
  retention?: Readonly<Record<BackupKind, number>>
  /** The clock that names new backups (ms since the epoch); defaults to Date.now. */
  now?: () => number
  /** What a backup may hold; defaults to isWorkshopFileOf (a workshop file of that id). */
  checkContent?: (workshopId: string, content: string) => boolean
  /** Defaults to STORE_LIMITS.backupWorkshops. */
  maxWorkshops?: number
  /** Defaults to STORE_LIMITS.backupTotalBytes. */
  maxTotalBytes?: number
}

/** `<userData>/backups`. */
export function backupDirectory(userDataPath: string): string {
  return join(userDataPath, 'backups')
}

const REASONS: ReadonlySet<string> = new Set(BACKUP_REASONS)

/** Whether `fileName` is a temp file of one of our backup files (`.<id>.taneboard.<unique>.tmp`). */
function isBackupTempFile(fileName: string): boolean {
  const match = /^\.(.+?\.taneboard)\./.exec(fileName)
  return (
    match?.[1] !== undefined &&
    backupIdOfFileName(match[1]) !== null &&
    isTempFileOf(fileName, match[1])
  )
}

/** A new backup id, as a FileError when there is none (a clock out of range, 999 clashes). */
function nameNewBackup(
  nowMs: number,
  reason: BackupReason,
  existing: readonly string[],
  position: string | null,
): string {
  try {
    return newBackupId(nowMs, reason, new Set(existing), position)
  } catch {
    throw new FileError('EINVAL', 'could not name the backup')
  }
}

/** Creates the store; writes of one workshop run one at a time, in call order. */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { directory, fs } = options
  const maxBytes = options.maxBytes ?? LIMITS.snapshotBytes
  const retention = options.retention ?? BACKUP_RETENTION
  const now = options.now ?? Date.now
  const checkContent = options.checkContent ?? isWorkshopFileOf
  const maxWorkshops = options.maxWorkshops ?? STORE_LIMITS.backupWorkshops
  const maxTotalBytes = options.maxTotalBytes ?? STORE_LIMITS.backupTotalBytes
  const tempFilesInUse = new Set<string>()
  /** Writes and deletes of one workshop run one at a time, in call order. */
  const serialized = createKeyedQueue()

  function folderOf(workshopId: string): string {
    if (!idSchema.safeParse(workshopId).success) {
      throw new FileError('EINVAL', 'invalid workshop id')
    }
    return join(directory, diskNameOf(workshopId))
  }

  /**
   * Moves the backups a workshop had in a folder under its old name (the id itself) into its
   * encoded folder, then removes the old folder when it is empty. Names are compared exactly as
   * the disk lists them, and only files holding this workshop move: on a disk that folds case the
   * old folder `Abc` may hold backups of the workshop `abc`. A backup already in the new folder
   * wins. Best effort: what cannot move stays and is tried again next time.
   */
  async function migrateLegacy(workshopId: string): Promise<void> {
    const legacy = legacyNameOf(workshopId)
    if (legacy === null) return
    const present = await fs.readdir(directory).catch(() => [] as string[])
    if (!present.includes(legacy)) return
    await serialized(workshopId, async () => {
      const legacyFolder = join(directory, legacy)
      const folder = folderOf(workshopId)
      const legacyNames = await fs.readdir(legacyFolder).catch(() => [] as string[])
      await fs.mkdir(folder, { recursive: true })
      const existing = new Set((await namesIn(folder)) ?? [])
      for (const backupId of backupIdsIn(legacyNames)) {
        const from = fileOf(legacyFolder, backupId)
        if (existing.has(`${backupId}${BACKUP_FILE_EXTENSION}`)) {
          await fs.unlink(from).catch(() => undefined)
          continue
        }
        const text = await readFileCapped(fs, from, maxBytes).catch(() => null)
        if (text === null || workshopIdInText(text) !== workshopId) continue
        await renameWithRetry(fs, from, fileOf(folder, backupId)).catch(() => undefined)
      }
      await fs.rmdir(legacyFolder).catch(() => undefined)
    })
  }

  function fileOf(folder: string, backupId: string): string {
    return join(folder, `${backupId}${BACKUP_FILE_EXTENSION}`)
  }

  /** The names in a workshop's folder; null when the folder does not exist. */
  async function namesIn(folder: string): Promise<string[] | null> {
    try {
      return await fs.readdir(folder)
    } catch (error) {
      if (fileErrorCode(error) === 'ENOENT') return null
      throw new FileError(fileErrorCode(error), 'could not list backups')
    }
  }

  function backupIdsIn(names: readonly string[]): string[] {
    return names.map(backupIdOfFileName).filter((id): id is string => id !== null)
  }

  async function infoOf(
    folder: string,
    workshopId: string,
    backupId: string,
  ): Promise<BackupInfo | null> {
    const parsed = parseBackupId(backupId)
    if (!parsed) return null
    try {
      const stats = await fs.stat(fileOf(folder, backupId))
      if (!stats.isFile()) return null
      return {
        backupId,
        workshopId,
        reason: parsed.reason,
        savedAt: parsed.savedAt,
        position: parsed.position,
        bytes: stats.size,
      }
    } catch {
      return null // deleted meanwhile
    }
  }

  /**
   * Refuses (ENOSPC) a backup that would take the backups over their caps: a new workshop's
   * folder beyond maxWorkshops, or all backups together beyond maxTotalBytes. The backups the
   * write will prune still count: the cap holds at every moment.
   */
  async function checkRoom(folder: string, bytes: number): Promise<void> {
    const folders = await fs.readdir(directory).catch(() => [] as string[])
    const isNew = !folders.some((name) => join(directory, name) === folder)
    if (isNew && folders.length + 1 > maxWorkshops) {
      throw new FileError('ENOSPC', `backups of more than ${maxWorkshops} workshops`)
    }
    let total = bytes
    for (const name of folders) {
      const names = await fs.readdir(join(directory, name)).catch(() => [] as string[])
      for (const id of backupIdsIn(names)) {
        total += await fs.stat(fileOf(join(directory, name), id)).then(
          (stats) => (stats.isFile() ? stats.size : 0),
          () => 0,
        )
      }
    }
    if (total > maxTotalBytes) {
      throw new FileError('ENOSPC', `backups would take more than ${maxTotalBytes} bytes`)
    }
  }

  async function removeStaleTempFile(path: string): Promise<void> {
    if (tempFilesInUse.has(path)) return
    await fs.unlink(path).catch(() => undefined)
  }

  /**
   * Deletes the oldest backups so that `kept` (just written) and the newest of each kind remain
   * (backupsToPrune, BACKUP_RETENTION).
   */
  async function prune(folder: string, others: readonly string[], kept: string): Promise<void> {
    // The new backup always stays, even when a clock set back names it older than the others.
    const doomed = backupsToPrune(others, kept, retention)
    for (const id of doomed) {
      // Best effort: the backup is written; a file that cannot go now goes after the next write.
      await fs.unlink(fileOf(folder, id)).catch(() => undefined)
    }
  }

  return {
    directory,

    locationOf: folderOf,

    async list(workshopId) {
      const folder = folderOf(workshopId)
      await migrateLegacy(workshopId).catch(() => undefined)
      const names = (await namesIn(folder)) ?? []
      const backups: BackupInfo[] = []
      for (const name of names) {
        if (isBackupTempFile(name)) await removeStaleTempFile(join(folder, name))
      }
      for (const id of sortBackupIdsNewestFirst(backupIdsIn(names))) {
        const info = await infoOf(folder, workshopId, id)
        if (info) backups.push(info)
      }
      return { location: folder, backups }
    },

    async read(workshopId, backupId) {
      const folder = folderOf(workshopId)
      if (parseBackupId(backupId) === null) throw new FileError('EINVAL', 'invalid backup id')
      await migrateLegacy(workshopId).catch(() => undefined)
      try {
        return await readFileCapped(fs, fileOf(folder, backupId), maxBytes)
      } catch (error) {
        if (fileErrorCode(error) === 'ENOENT') return null
        throw error
      }
    },

    async write(workshopId, reason, content, position = null) {
      const folder = folderOf(workshopId)
      if (!REASONS.has(reason)) throw new FileError('EINVAL', 'invalid backup reason')
      // The IPC schema caps characters; the file cap is in bytes (Japanese text is 3 bytes/char).
      const bytes = Buffer.byteLength(content, 'utf8')
      if (bytes > maxBytes) {
        throw new FileError('EFBIG', `backup is larger than ${maxBytes} bytes`)
      }
      // The page writes only workshop files of that workshop: junk never fills a backup slot.
      if (!checkContent(workshopId, content)) {
        throw new FileError('EINVAL', 'not a workshop file of this workshop')
      }
      // Earlier backups count in the rotation, and an import's needs its backup taken first.
      await migrateLegacy(workshopId).catch(() => undefined)
      return serialized(workshopId, async () => {
        await checkRoom(folder, bytes)
        try {
          await fs.mkdir(folder, { recursive: true })
        } catch (error) {
          throw new FileError(fileErrorCode(error), 'could not create the backup folder')
        }
        const existing = backupIdsIn((await namesIn(folder)) ?? [])
        const backupId = nameNewBackup(now(), reason, existing, position)
        const parsed = parseBackupId(backupId)
        if (!parsed) throw new FileError('EINVAL', 'the clock gives no valid backup name')
        let tempPath: string | undefined
        try {
          await writeFileAtomic(fs, fileOf(folder, backupId), content, {
            mode: 0o600,
            onTempPath: (temp) => {
              tempPath = temp
              tempFilesInUse.add(temp)
            },
          })
        } finally {
          if (tempPath !== undefined) tempFilesInUse.delete(tempPath)
        }
        // Only now, with the new backup safely on disk, may older ones go.
        await prune(folder, existing, backupId)
        return {
          backupId,
          workshopId,
          reason,
          savedAt: parsed.savedAt,
          position: parsed.position,
          bytes,
        }
      })
    },
  }
}
