import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/** The few file-handle methods we use; `FileHandle` from node:fs/promises satisfies it. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>
  readFile(options: { encoding: 'utf8' }): Promise<string>
  stat(): Promise<{ size: number; isFile(): boolean }>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The few promise fs functions the main process uses; `node:fs/promises` satisfies it. */
export interface FsLike {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>
  rename(oldPath: string, newPath: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>
  /** Removes an empty folder. */
  rmdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; mtime: Date; isFile(): boolean }>
}

/** Suffix of the temporary files written next to their target. */
const TEMP_SUFFIX = '.tmp'

/** Error codes (errno names) that the renderer maps to messages. */
export type FileErrorCode =
  'ENOSPC' | 'EACCES' | 'EPERM' | 'EROFS' | 'EFBIG' | 'ENOENT' | 'EINVAL' | 'EIO'

/**
 * An Error whose message starts with its code ("ENOSPC: ..."), because only the message crosses
 * the IPC boundary.
 */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`)
    this.name = 'FileError'
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set<FileErrorCode>([
  'ENOSPC',
  'EACCES',
  'EPERM',
  'EROFS',
  'EFBIG',
  'ENOENT',
  'EINVAL',
])

/** The errno name of a thrown value, narrowed to the codes we report ('EIO' for anything else). */
export function fileErrorCode(error: unknown): FileErrorCode {
  if (error instanceof FileError) return error.code
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EDQUOT') return 'ENOSPC'
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as FileErrorCode) : 'EIO'
}

/** The temp path used while writing `target`: hidden, in the same folder, unique per write. */
function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`
  return join(dirname(target), `.${basename(target)}.${unique}${TEMP_SUFFIX}`)
}

/** Whether `fileName` is one of our temp files for a target named `targetName`. */
export function isTempFileOf(fileName: string, targetName: string): boolean {
  return fileName.startsWith(`.${targetName}.`) && fileName.endsWith(TEMP_SUFFIX)
}

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** Permissions of a newly created file (default 0o666, minus the umask). */
  mode?: number
  /** Told the temp path before it is created, so callers can avoid cleaning it up mid-write. */
  onTempPath?: (tempPath: string) => void
  /** Waits between rename attempts (default RENAME_RETRY_DELAYS_MS); tests pass shorter ones. */
  renameRetryDelaysMs?: readonly number[]
  /** How to wait (default setTimeout); tests record the waits. */
  sleep?: (ms: number) => Promise<void>
}

/**
 * Errors a rename may hit for a moment on Windows, when an antivirus scanner, the search indexer
 * or a backup tool has the target (or the fresh temp file) open without sharing delete access.
 */
const TRANSIENT_RENAME_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES'])

/**
 * Waits before each further rename attempt: doubling from 10 ms, 8 retries, about 2.5 s in all
 * (scanners usually release a file within a few hundred milliseconds). Bounded, so that a rename
 * that can never succeed still fails, and the caller reports it.
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 20, 40, 80, 160, 320, 640, 1280]

const wait = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

/** Renames, retrying transient Windows sharing errors (EPERM, EBUSY, EACCES) with backoff. */
export async function renameWithRetry(
  fs: Pick<FsLike, 'rename'>,
  from: string,
  to: string,
  delaysMs: readonly number[] = RENAME_RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = wait,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      const delay = delaysMs[attempt]
      if (delay === undefined || typeof code !== 'string' || !TRANSIENT_RENAME_CODES.has(code)) {
        throw error
      }
      await sleep(delay)
    }
  }
}

/**
 * Replaces `target` with `data` so that a reader (or a crash) sees either the old or the new
 * content, never a mix: write a temp file in the same folder, fsync it, rename it over the target,
 * then fsync the folder so the rename itself is durable. A rename refused for a moment (Windows
 * antivirus or indexer: EPERM, EBUSY, EACCES) is retried a few times with backoff.
 * On failure the temp file is removed and a FileError is thrown; the old target is untouched.
 */
export async function writeFileAtomic(
  fs: FsLike,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const tempPath = tempPathFor(target)
  options.onTempPath?.(tempPath)
  try {
    // 'wx': never follow or reuse an existing file at the temp path.
    const handle = await fs.open(tempPath, 'wx', options.mode ?? 0o666)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, tempPath, target, options.renameRetryDelaysMs, options.sleep)
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined)
    throw new FileError(fileErrorCode(error), `could not write ${basename(target)}`)
  }
  await syncDirectory(fs, dirname(target))
}

/** fsync a folder so a rename in it survives power loss. Windows cannot open folders: ignore. */
async function syncDirectory(fs: FsLike, directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort: the data itself is already fsynced and renamed.
  }
}

/**
 * Reads a UTF-8 file, refusing it (FileError 'EFBIG') when larger than `maxBytes`. The size is
 * taken from the open handle, so the file checked is the file read. A leading BOM is dropped.
 */
export async function readFileCapped(fs: FsLike, path: string, maxBytes: number): Promise<string> {
  let handle: FileHandleLike
  try {
    // Refuse FIFOs and devices before opening: opening a FIFO for reading blocks.
    if (!(await fs.stat(path)).isFile())
      throw new FileError('EIO', `${basename(path)} is not a file`)
    handle = await fs.open(path, 'r')
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(fileErrorCode(error), `could not open ${basename(path)}`)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new FileError('EIO', `${basename(path)} is not a file`)
    if (stats.size > maxBytes) {
      throw new FileError('EFBIG', `${basename(path)} is larger than ${maxBytes} bytes`)
    }
    const text = await handle.readFile({ encoding: 'utf8' })
    return text.startsWith('\uFEFF') ? text.slice(1) : text
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(fileErrorCode(error), `could not read ${basename(path)}`)
  } finally {
    await handle.close()
  }
}
