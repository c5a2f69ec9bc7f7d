import { basename, extname, isAbsolute, resolve } from 'node:path'
import type { OpenedFileEntry, OpenedFiles } from '../../shared/host/hostApi'

/** The workshop file's extension (electron-builder.yml's `fileAssociations`). */
export const WORKSHOP_FILE_EXTENSION = 'taneboard'
/** The most files waiting for the page at once; more are counted as omitted. */
export const MAX_WAITING_FILES = 20

function isWorkshopFileName(path: string): boolean {
  return extname(path).toLowerCase() === `.${WORKSHOP_FILE_EXTENSION}`
}

/**
 * The workshop files a command line names: what Windows and Linux pass when a `.taneboard` file
 * is double-clicked (the app's own path, Chromium's switches and anything else are ignored).
 * Relative paths are resolved against the launching process's working directory.
 */
export function workshopFilePaths(argv: readonly string[], workingDirectory: string): string[] {
  const paths = argv
    .filter((arg) => arg !== '' && !arg.startsWith('-') && isWorkshopFileName(arg))
    .map((arg) => resolve(workingDirectory, arg))
  return [...new Set(paths)]
}

export interface OpenedFilesFs {
  stat(path: string): Promise<{ isFile(): boolean; size: number }>
  readFile(path: string, encoding: 'utf8'): Promise<string>
}

export interface OpenedFileQueue {
  /** Paths the OS asked the app to open; only absolute `.taneboard` paths are kept. */
  add(paths: readonly string[]): void
  /** Reads and hands over every waiting file (oldest first); nothing waits afterwards. */
  take(): Promise<OpenedFiles>
}

/**
 * The files double-clicked in the file manager, waiting for the main window's page to take them:
 * at start (the first instance's command line, before the page exists), from a second instance
 * (the single-instance lock hands its command line over) and from macOS's `open-file`. The page
 * is told through `onAdded` and takes them when it can, so none is lost to a page still loading.
 * A file is read only when taken: a regular file, at most `maxBytes`, as UTF-8 text.
 */
export function createOpenedFileQueue(options: {
  fs: OpenedFilesFs
  maxBytes: number
  onAdded: () => void
}): OpenedFileQueue {
  const { fs, maxBytes, onAdded } = options
  let waiting: string[] = []

  const read = async (path: string): Promise<OpenedFileEntry> => {
    const name = basename(path)
    try {
      const info = await fs.stat(path)
      if (!info.isFile()) return { name, problem: 'readFailed' }
      if (info.size > maxBytes) return { name, problem: 'tooLarge' }
      const content = await fs.readFile(path, 'utf8')
      return content.length > maxBytes ? { name, problem: 'tooLarge' } : { name, content }
    } catch {
      return { name, problem: 'readFailed' }
    }
  }

  return {
    add(paths) {
      const fresh = paths.filter(
        (path) => isAbsolute(path) && isWorkshopFileName(path) && !waiting.includes(path),
      )
      if (fresh.length === 0) return
      waiting = [...waiting, ...fresh]
      onAdded()
    },
    async take() {
      const paths = waiting.slice(0, MAX_WAITING_FILES)
      const omitted = waiting.length - paths.length
      waiting = []
      return { files: await Promise.all(paths.map(read)), omitted }
    },
  }
}
