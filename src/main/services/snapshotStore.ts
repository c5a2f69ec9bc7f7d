import { join } from 'node:path'
import type { SnapshotInfo } from '../../shared/host/hostApi'
import { LIMITS } from '../../shared/model/limits'
import { idSchema } from '../../shared/model/schemas'
import {
  FileError,
  fileErrorCode,
  isTempFileOf,
  readFileCapped,
  writeFileAtomic,
  type FsLike,
} from './atomicFile'
import { createKeyedQueue } from './keyedQueue'

/** The second durable copy of each workshop, outside IndexedDB. */
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
}

const SNAPSHOT_SUFFIX = '.taneboard.json'

/** `<userData>/workshops`. */
export function snapshotDirectory(userDataPath: string): string {
  return join(userDataPath, 'workshops')
}

/** The workshop id stored in `fileName`, or null if it is not a snapshot file. */
function workshopIdOf(fileName: string): string | null {
  if (!fileName.endsWith(SNAPSHOT_SUFFIX)) return null
  const id = fileName.slice(0, -SNAPSHOT_SUFFIX.length)
  return idSchema.safeParse(id).success ? id : null
}

function isSnapshotTempFile(fileName: string): boolean {
  // Temp names are `.<id>.taneboard.json.<unique>.tmp`; recover the target name to check the id.
  const match = /^\.(.+?\.taneboard\.json)\./.exec(fileName)
  return (
    match?.[1] !== undefined && workshopIdOf(match[1]) !== null && isTempFileOf(fileName, match[1])
  )
}

/** Creates the store; writes and deletes of one workshop run one at a time, in call order. */
export function createSnapshotStore(options: SnapshotStoreOptions): SnapshotStore {
  const { directory, fs } = options
  const maxBytes = options.maxBytes ?? LIMITS.snapshotBytes
  const tempFilesInUse = new Set<string>()
  /** Writes and deletes of one workshop run one at a time, in call order. */
  const serialized = createKeyedQueue()

  function pathOf(workshopId: string): string {
    if (!idSchema.safeParse(workshopId).success) {
      throw new FileError('EINVAL', 'invalid workshop id')
    }
    return join(directory, `${workshopId}${SNAPSHOT_SUFFIX}`)
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
      let names: string[]
      try {
        names = await fs.readdir(directory)
      } catch (error) {
        if (fileErrorCode(error) === 'ENOENT') return []
        throw new FileError(fileErrorCode(error), 'could not list snapshots')
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
      if (Buffer.byteLength(content, 'utf8') > maxBytes) {
        throw new FileError('EFBIG', `snapshot is larger than ${maxBytes} bytes`)
      }
      return serialized(workshopId, async () => {
        try {
          await fs.mkdir(directory, { recursive: true })
        } catch (error) {
          throw new FileError(fileErrorCode(error), 'could not create the snapshot folder')
        }
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
      })
    },

    async delete(workshopId) {
      const path = pathOf(workshopId)
      return serialized(workshopId, async () => {
        try {
          await fs.unlink(path)
        } catch (error) {
          if (fileErrorCode(error) !== 'ENOENT') {
            throw new FileError(fileErrorCode(error), 'could not delete the snapshot')
          }
        }
      })
    },
  }
}
