import { createKeyedQueue } from '../../shared/async/keyedQueue'
import { join } from 'node:path'
import type { SnapshotInfo } from '../../shared/host/hostApi'
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
import {
  diskNameOf,
  idOfDiskName,
  idOfLegacyName,
  legacyNameOf,
  workshopIdInText,
} from './diskNames'
import { isWorkshopFileOf, STORE_LIMITS } from './storeLimits'

/**
 * The second durable copy of each workshop, outside IndexedDB:
 * `<folder>/<disk name>.taneboard.json`, the disk name being the workshop id made safe on every
 * disk (diskNames.ts); files under the old names (the id itself) are moved on first use.
 */
export interface SnapshotStore {
  /** The folder holding the snapshot files (shown to the user). */
  readonly directory: string
  /** Every stored snapshot; also removes temp files left behind by an interrupted write. */
  list(): Promise<SnapshotInfo[]>
  /** The snapshot text, or null when there is none. Throws 'EFBIG: ...' for an oversized file. */
  read(workshopId: string): Promise<string | null>
  /** Atomically replaces the snapshot. Throws FileError ('ENOSPC: ...', 'EACCES: ...', ...). */
  write(workshopId: string, content: string): Promise<void>
  /** Removes the snapshot; a missing one is not an error. */
  delete(workshopId: string): Promise<void>
}

/** What createSnapshotStore needs. */
export interface SnapshotStoreOptions {
  /** Usually `snapshotDirectory(app.getPath('userData'))`. */
  directory: string
  fs: FsLike
  /** Defaults to LIMITS.snapshotBytes. */
  maxBytes?: number
  /** What a snapshot may hold; defaults to isWorkshopFileOf (a workshop file of that id). */
  checkContent?: (workshopId: string, content: string) => boolean
  /** Defaults to STORE_LIMITS.snapshotFiles. */
  maxFiles?: number
  /** Defaults to STORE_LIMITS.snapshotTotalBytes. */
  maxTotalBytes?: number
}

const SNAPSHOT_SUFFIX = '.taneboard.json'

/** `<userData>/workshops`. */
export function snapshotDirectory(userDataPath: string): string {
  return join(userDataPath, 'workshops')
}

/** The workshop id stored in `fileName` (an encoded disk name), or null. */
function workshopIdOf(fileName: string): string | null {
  if (!fileName.endsWith(SNAPSHOT_SUFFIX)) return null
  return idOfDiskName(fileName.slice(0, -SNAPSHOT_SUFFIX.length))
}

/** The workshop id of a snapshot written before disk names were encoded, or null. */
function legacyWorkshopIdOf(fileName: string): string | null {
  if (!fileName.endsWith(SNAPSHOT_SUFFIX)) return null
  return idOfLegacyName(fileName.slice(0, -SNAPSHOT_SUFFIX.length))
}

function isSnapshotTempFile(fileName: string): boolean {
  // Temp names are `.<name>.taneboard.json.<unique>.tmp`; recover the target name to check it.
  const match = /^\.(.+?\.taneboard\.json)\./.exec(fileName)
  const target = match?.[1]
  return (
    target !== undefined &&
    (workshopIdOf(target) !== null || legacyWorkshopIdOf(target) !== null) &&
    isTempFileOf(fileName, target)
  )
}

/** Creates the store; writes and deletes of one workshop run one at a time, in call order. */
export function createSnapshotStore(options: SnapshotStoreOptions): SnapshotStore {
  const { directory, fs } = options
  const maxBytes = options.maxBytes ?? LIMITS.snapshotBytes
  const checkContent = options.checkContent ?? isWorkshopFileOf
  const maxFiles = options.maxFiles ?? STORE_LIMITS.snapshotFiles
  const maxTotalBytes = options.maxTotalBytes ?? STORE_LIMITS.snapshotTotalBytes
  const tempFilesInUse = new Set<string>()
  /** Writes and deletes of one workshop run one at a time, in call order. */
  const serialized = createKeyedQueue()

  function pathOf(workshopId: string): string {
    if (!idSchema.safeParse(workshopId).success) {
      throw new FileError('EINVAL', 'invalid workshop id')
    }
    return join(directory, `${diskNameOf(workshopId)}${SNAPSHOT_SUFFIX}`)
  }

  /** The file names in the folder, exactly as stored; [] when it does not exist. */
  async function namesInFolder(): Promise<string[]> {
    try {
      return await fs.readdir(directory)
    } catch (error) {
      if (fileErrorCode(error) === 'ENOENT') return []
      throw new FileError(fileErrorCode(error), 'could not list snapshots')
    }
  }

  /**
   * Moves the snapshot a workshop had under its old name (the id itself) to its encoded name.
   * Names are compared exactly as the folder lists them (a disk that folds case would open
   * `abc` for `Abc`), and only a file that holds this workshop moves: on such a disk the old
   * `Abc` may hold the workshop `abc`, written over it. An encoded file already there wins; the
   * old one is then removed. Best effort: a file that cannot move stays and is tried again.
   */
  async function migrateLegacy(workshopId: string): Promise<void> {
    const legacy = legacyNameOf(workshopId)
    if (legacy === null) return
    const legacyFile = `${legacy}${SNAPSHOT_SUFFIX}`
    if (!(await namesInFolder()).includes(legacyFile)) return
    const legacyPath = join(directory, legacyFile)
    await serialized(workshopId, async () => {
      // Looked at again inside the queue: a write may have come first.
      const present = await namesInFolder()
      if (!present.includes(legacyFile)) return
      const newFile = `${diskNameOf(workshopId)}${SNAPSHOT_SUFFIX}`
      if (present.includes(newFile)) {
        await fs.unlink(legacyPath).catch(() => undefined)
        return
      }
      const text = await readFileCapped(fs, legacyPath, maxBytes).catch(() => null)
      if (text === null || workshopIdInText(text) !== workshopId) return
      await renameWithRetry(fs, legacyPath, join(directory, newFile)).catch(() => undefined)
    })
  }

  /**
   * Refuses (ENOSPC) a write that would take the folder over its caps: a new workshop beyond
   * maxFiles, or all snapshots together beyond maxTotalBytes (the one replaced not counted).
   */
  async function checkRoom(target: string, bytes: number): Promise<void> {
    let files = 0
    let total = bytes
    let replaces = false
    for (const name of await namesInFolder()) {
      if (workshopIdOf(name) === null && legacyWorkshopIdOf(name) === null) continue
      const size = await fs.stat(join(directory, name)).then(
        (stats) => (stats.isFile() ? stats.size : 0),
        () => 0,
      )
      if (join(directory, name) === target) {
        replaces = true
        continue
      }
      files += 1
      total += size
    }
    if (!replaces && files + 1 > maxFiles) {
      throw new FileError('ENOSPC', `more than ${maxFiles} snapshots`)
    }
    if (total > maxTotalBytes) {
      throw new FileError('ENOSPC', `snapshots would take more than ${maxTotalBytes} bytes`)
    }
  }

  async function removeStaleTempFile(fileName: string): Promise<void> {
    const path = join(directory, fileName)
    if (tempFilesInUse.has(path)) return
    await fs.unlink(path).catch(() => undefined)
  }

  async function infoOf(fileName: string, workshopId: string): Promise<SnapshotInfo | null> {
    try {
      const stats = await fs.stat(join(directory, fileName))
      if (!stats.isFile()) return null
      return { workshopId, bytes: stats.size, savedAt: stats.mtime.toISOString() }
    } catch {
      return null // deleted meanwhile
    }
  }

  return {
    directory,

    async list() {
      let names = await namesInFolder()
      const legacyIds = names.map(legacyWorkshopIdOf).filter((id): id is string => id !== null)
      if (legacyIds.length > 0) {
        for (const id of legacyIds) await migrateLegacy(id).catch(() => undefined)
        names = await namesInFolder()
      }
      const infos: SnapshotInfo[] = []
      for (const name of names) {
        const workshopId = workshopIdOf(name)
        if (workshopId !== null) {
          const info = await infoOf(name, workshopId)
          if (info) infos.push(info)
        } else if (isSnapshotTempFile(name)) {
          await removeStaleTempFile(name)
        }
      }
      return infos.sort((a, b) => a.workshopId.localeCompare(b.workshopId))
    },

    async read(workshopId) {
      const path = pathOf(workshopId)
      await migrateLegacy(workshopId).catch(() => undefined)
      try {
        return await readFileCapped(fs, path, maxBytes)
      } catch (error) {
        if (fileErrorCode(error) === 'ENOENT') return null
        throw error
      }
    },

    async write(workshopId, content) {
      const path = pathOf(workshopId)
      // The IPC schema caps characters; the file cap is in bytes (Japanese text is 3 bytes/char).
      const bytes = Buffer.byteLength(content, 'utf8')
      if (bytes > maxBytes) {
        throw new FileError('EFBIG', `snapshot is larger than ${maxBytes} bytes`)
      }
      // The page writes only workshop files of that workshop: junk never replaces a second copy.
      if (!checkContent(workshopId, content)) {
        throw new FileError('EINVAL', 'not a workshop file of this workshop')
      }
      return serialized(workshopId, async () => {
        try {
          await fs.mkdir(directory, { recursive: true })
        } catch (error) {
          throw new FileError(fileErrorCode(error), 'could not create the snapshot folder')
        }
        await checkRoom(path, bytes)
        let tempPath: string | undefined
        try {
          await writeFileAtomic(fs, path, content, {
            mode: 0o600,
            onTempPath: (temp) => {
              tempPath = temp
              tempFilesInUse.add(temp)
            },
          })
        } finally {
          if (tempPath !== undefined) tempFilesInUse.delete(tempPath)
        }
      }).then(() => migrateLegacy(workshopId).catch(() => undefined))
    },

    async delete(workshopId) {
      const path = pathOf(workshopId)
      const legacy = legacyNameOf(workshopId)
      const legacyPresent =
        legacy !== null && (await namesInFolder()).includes(`${legacy}${SNAPSHOT_SUFFIX}`)
      return serialized(workshopId, async () => {
        const paths = legacyPresent
          ? [path, join(directory, `${legacy}${SNAPSHOT_SUFFIX}`)]
          : [path]
        for (const target of paths) {
          try {
            await fs.unlink(target)
          } catch (error) {
            if (fileErrorCode(error) !== 'ENOENT') {
              throw new FileError(fileErrorCode(error), 'could not delete the snapshot')
            }
          }
        }
      })
    },
  }
}
