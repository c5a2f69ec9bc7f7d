import { basename, dirname, posix } from 'node:path'
import type { FileHandleLike, FsLike } from '../atomicFile'
import { isDeviceName } from '../diskNames'

/**
 * An in-memory disk that behaves like NTFS (and APFS by default) where it matters to the stores:
 * names are kept as written but looked up ignoring case (`Abc` opens `abc`), and, like Windows,
 * a device name (`CON`, `nul.taneboard`, `COM1.x`) cannot be a file or a folder. Paths are POSIX.
 */
export interface CaseInsensitiveFs extends FsLike {
  /** Every file, by the path it is stored under (its case as first written), sorted. */
  files(): string[]
  /** Puts a file there directly, as an older version of the app would have left it. */
  put(path: string, text: string): void
  /** The text of a file (looked up ignoring case), or undefined. */
  text(path: string): string | undefined
}

interface Entry {
  path: string
  data: Buffer
  mtime: Date
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code })
}

export function caseInsensitiveFs(root = '/'): CaseInsensitiveFs {
  const fold = (path: string): string => posix.normalize(path).toLowerCase()
  const folders = new Map<string, string>([[fold(root), posix.normalize(root)]])
  const files = new Map<string, Entry>()

  /** Why `path` cannot be created (a device name, no parent folder), or null. */
  const cannotCreate = (path: string, needsParent = true): Error | null => {
    const stem = basename(path).split('.')[0] ?? ''
    if (isDeviceName(stem)) return errno('EINVAL', path)
    if (needsParent && !folders.has(fold(dirname(path)))) return errno('ENOENT', path)
    return null
  }
  const children = (path: string): string[] => {
    const key = fold(path)
    const names: string[] = []
    for (const [k, real] of folders)
      if (k !== key && fold(dirname(k)) === key) names.push(basename(real))
    for (const entry of files.values())
      if (fold(dirname(entry.path)) === key) names.push(basename(entry.path))
    return names
  }

  function handleOf(key: string): FileHandleLike {
    return {
      writeFile: (data) => {
        const entry = files.get(key)
        if (!entry) return Promise.reject(errno('ENOENT', key))
        entry.data = Buffer.from(data)
        entry.mtime = new Date()
        return Promise.resolve()
      },
      readFile: () => {
        const entry = files.get(key)
        return entry
          ? Promise.resolve(entry.data.toString('utf8'))
          : Promise.reject(errno('ENOENT', key))
      },
      stat: () => {
        const entry = files.get(key)
        return Promise.resolve({ size: entry?.data.length ?? 0, isFile: () => entry !== undefined })
      },
      sync: () => Promise.resolve(),
      close: () => Promise.resolve(),
    }
  }

  const fs: CaseInsensitiveFs = {
    open(path, flags) {
      const key = fold(path)
      if (flags === 'r') {
        if (folders.has(key) || files.has(key)) return Promise.resolve(handleOf(key))
        return Promise.reject(errno('ENOENT', path))
      }
      const refused = cannotCreate(path)
      if (refused) return Promise.reject(refused)
      if (flags.includes('x') && (files.has(key) || folders.has(key))) {
        return Promise.reject(errno('EEXIST', path))
      }
      const existing = files.get(key)
      files.set(key, {
        path: existing?.path ?? posix.normalize(path),
        data: Buffer.alloc(0),
        mtime: new Date(),
      })
      return Promise.resolve(handleOf(key))
    },
    rename(from, to) {
      const entry = files.get(fold(from))
      if (!entry) return Promise.reject(errno('ENOENT', from))
      const refused = cannotCreate(to)
      if (refused) return Promise.reject(refused)
      files.delete(fold(from))
      const replaced = files.get(fold(to))
      // Replacing a file keeps the name it had on the disk, as NTFS does.
      files.set(fold(to), { ...entry, path: replaced?.path ?? posix.normalize(to) })
      return Promise.resolve()
    },
    unlink(path) {
      return files.delete(fold(path)) ? Promise.resolve() : Promise.reject(errno('ENOENT', path))
    },
    mkdir(path) {
      const refused = cannotCreate(path, false)
      if (refused) return Promise.reject(refused)
      const parts = posix.normalize(path).split('/')
      for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/') || '/'
        if (files.has(fold(prefix))) return Promise.reject(errno('ENOTDIR', prefix))
        if (!folders.has(fold(prefix))) folders.set(fold(prefix), prefix)
      }
      return Promise.resolve(undefined)
    },
    rmdir(path) {
      if (!folders.has(fold(path))) return Promise.reject(errno('ENOENT', path))
      if (children(path).length > 0) return Promise.reject(errno('ENOTEMPTY', path))
      folders.delete(fold(path))
      return Promise.resolve()
    },
    readdir(path) {
      if (!folders.has(fold(path))) return Promise.reject(errno('ENOENT', path))
      return Promise.resolve(children(path))
    },
    stat(path) {
      const entry = files.get(fold(path))
      if (entry)
        return Promise.resolve({ size: entry.data.length, mtime: entry.mtime, isFile: () => true })
      if (folders.has(fold(path)))
        return Promise.resolve({ size: 0, mtime: new Date(0), isFile: () => false })
      return Promise.reject(errno('ENOENT', path))
    },
    files: () => [...files.values()].map((entry) => entry.path).sort(),
    put(path, text) {
      void fs.mkdir(dirname(path), { recursive: true })
      files.set(fold(path), {
        path: posix.normalize(path),
        data: Buffer.from(text),
        mtime: new Date(),
      })
    },
    text: (path) => files.get(fold(path))?.data.toString('utf8'),
  }
  return fs
}
