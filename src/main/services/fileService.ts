import { basename, dirname, extname, join } from 'node:path'
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron'
import { errorRef, type ErrorCode } from '../../shared/errors/errorCodes'
import type {
  OpenedFile,
  OpenedFileEntry,
  OpenedFiles,
  OpenFileRequest,
  OpenFilesRequest,
  PrintViewRequest,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesRequest,
  SaveFilesResult,
} from '../../shared/host/hostApi'
import { MAX_FILES_PER_STEP } from '../../shared/host/hostApi'
import {
  FileError,
  fileErrorCode,
  readFileCapped,
  writeFileAtomic,
  type FsLike,
} from './atomicFile'

/** Native dialogs, shown modal to `parent` when given (Electron's `dialog`, wrapped in index.ts). */
export interface FileDialogs<W> {
  showSaveDialog(parent: W | undefined, options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  showOpenDialog(parent: W | undefined, options: OpenDialogOptions): Promise<OpenDialogReturnValue>
}

/** The part of `webContents` that prints. */
export interface PrintableContents {
  printToPDF(options: {
    pageSize: 'A4' | 'A3'
    landscape: boolean
    printBackground: boolean
  }): Promise<Uint8Array>
}

/** What createFileService needs; W is the window type dialogs are modal to. */
export interface FileServiceOptions<W> {
  dialogs: FileDialogs<W>
  fs: FsLike
  /** Where the first dialog opens (e.g. app.getPath('documents')). */
  defaultDirectory: string
}

/** Saving, opening and printing through native dialogs; the renderer never sends a path. */
export interface FileService<W> {
  saveFile(request: SaveFileRequest, parent?: W): Promise<SaveFileResult>
  /** Null when cancelled; throws FileError ('EFBIG: ...' over `maxBytes`, 'EACCES: ...', ...). */
  openFile(request: OpenFileRequest, parent?: W): Promise<OpenedFile | null>
  /** Asks for a folder once, then writes every file into it (atomic; never replaces one). */
  saveFiles(request: SaveFilesRequest, parent?: W): Promise<SaveFilesResult>
  /** Several files, or a folder's files of the extensions; null when cancelled. */
  openFiles(request: OpenFilesRequest, parent?: W): Promise<OpenedFiles | null>
  printView(
    request: PrintViewRequest,
    contents: PrintableContents,
    parent?: W,
  ): Promise<SaveFileResult>
}

type SaveFailure = Extract<SaveFileResult, { ok: false }>

type SaveErrorCode = Extract<ErrorCode, `save.${string}`>

/** The error each save failure shows; every message says the data is still safe. */
export const SAVE_FAILURE_ERRORS: Record<SaveFailure['reason'], SaveErrorCode> = {
  cancelled: 'save.cancelled',
  noSpace: 'save.noSpace',
  noPermission: 'save.noPermission',
  failed: 'save.failed',
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function failure(
  reason: SaveFailure['reason'],
  code: SaveErrorCode = SAVE_FAILURE_ERRORS[reason],
): SaveFailure {
  return { ok: false, reason, error: errorRef(code) }
}

function failureFor(error: unknown): SaveFailure {
  switch (fileErrorCode(error)) {
    case 'ENOSPC':
      return failure('noSpace')
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return failure('noPermission')
    case 'EFBIG':
    case 'EINVAL':
    case 'ENOENT':
    case 'EIO':
      return failure('failed')
  }
}

/**
 * Adds the first filter's extension when the chosen path has none of the allowed ones (Linux
 * dialogs do not), unless that would silently replace a file the dialog never asked about.
 */
async function withAllowedExtension(
  fs: FsLike,
  path: string,
  filters: SaveFileRequest['filters'],
): Promise<string> {
  const allowed = filters.flatMap((filter) => filter.extensions.map((ext) => ext.toLowerCase()))
  const first = allowed[0]
  if (first === undefined || allowed.includes('*')) return path
  if (allowed.includes(extname(path).slice(1).toLowerCase())) return path
  const extended = `${path}.${first}`
  const exists = await fs.stat(extended).then(
    () => true,
    () => false,
  )
  return exists ? path : extended
}

/** `name (2).ext`, `name (3).ext`, …: the n-th free variant of a file name. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`
}

async function exists(fs: FsLike, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  )
}

/** The first name not taken in `folder` (the name itself, then 「 (2)」, 「 (3)」, …). */
async function freeName(fs: FsLike, folder: string, name: string): Promise<string> {
  if (!(await exists(fs, join(folder, name)))) return name
  for (let n = 2; n < 1000; n++) {
    const candidate = numberedName(name, n)
    if (!(await exists(fs, join(folder, candidate)))) return candidate
  }
  throw new FileError('EINVAL', `no free name for ${name}`)
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const ext = extname(name).slice(1).toLowerCase()
  return extensions.some((allowed) => allowed.toLowerCase() === ext)
}

/** Reads each path (capped); a file that cannot be read says so instead of failing the rest. */
async function readEntries(
  fs: FsLike,
  paths: readonly string[],
  maxBytes: number,
): Promise<OpenedFiles> {
  const sorted = [...paths].sort((a, b) => basename(a).localeCompare(basename(b), 'ja'))
  const files: OpenedFileEntry[] = []
  for (const path of sorted.slice(0, MAX_FILES_PER_STEP)) {
    const name = basename(path)
    try {
      files.push({ name, content: await readFileCapped(fs, path, maxBytes) })
    } catch (error) {
      files.push({ name, problem: fileErrorCode(error) === 'EFBIG' ? 'tooLarge' : 'readFailed' })
    }
  }
  return { files, omitted: Math.max(0, sorted.length - MAX_FILES_PER_STEP) }
}

/** Creates the service; it remembers the last folder used, for this run of the app. */
export function createFileService<W>(options: FileServiceOptions<W>): FileService<W> {
  const { dialogs, fs } = options
  let lastDirectory = options.defaultDirectory

  async function saveThroughDialog(
    suggestedName: string,
    filters: SaveFileRequest['filters'],
    data: string | Uint8Array,
    parent: W | undefined,
  ): Promise<SaveFileResult> {
    const choice = await dialogs.showSaveDialog(parent, {
      defaultPath: join(lastDirectory, suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return failure('cancelled')
    const location = await withAllowedExtension(fs, choice.filePath, filters)
    try {
      await writeFileAtomic(fs, location, data)
    } catch (error) {
      return failureFor(error)
    }
    lastDirectory = dirname(location)
    return { ok: true, location }
  }

  return {
    async saveFile(request, parent) {
      let data: string | Uint8Array = request.content
      if (request.encoding === 'base64') {
        if (!BASE64.test(request.content)) return failure('failed')
        data = Buffer.from(request.content, 'base64')
      }
      return saveThroughDialog(request.suggestedName, request.filters, data, parent)
    },

    async openFile(request, parent) {
      const choice = await dialogs.showOpenDialog(parent, {
        defaultPath: lastDirectory,
        properties: ['openFile'],
        filters:
          request.extensions.length > 0
            ? [{ name: 'タネボード', extensions: request.extensions }]
            : undefined,
      })
      const path = choice.filePaths[0]
      if (choice.canceled || path === undefined) return null
      const content = await readFileCapped(fs, path, request.maxBytes)
      lastDirectory = dirname(path)
      return { name: basename(path), content }
    },

    async saveFiles(request, parent) {
      const choice = await dialogs.showOpenDialog(parent, {
        title: request.bundleName,
        defaultPath: lastDirectory,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      })
      const folder = choice.filePaths[0]
      if (choice.canceled || folder === undefined) return failure('cancelled')
      const names: string[] = []
      try {
        for (const file of request.files) {
          const name = await freeName(fs, folder, file.name)
          await writeFileAtomic(fs, join(folder, name), file.content)
          names.push(name)
        }
      } catch (error) {
        return failureFor(error)
      }
      lastDirectory = folder
      return { ok: true, location: folder, names }
    },

    async openFiles(request, parent) {
      const folderMode = request.mode === 'folder'
      const choice = await dialogs.showOpenDialog(parent, {
        defaultPath: lastDirectory,
        properties: folderMode ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: folderMode ? undefined : [{ name: 'タネボード', extensions: request.extensions }],
      })
      if (choice.canceled || choice.filePaths.length === 0) return null
      let paths = choice.filePaths
      if (folderMode) {
        const folder = paths[0] ?? ''
        const names = await fs.readdir(folder).catch((error: unknown) => {
          throw new FileError(fileErrorCode(error), 'could not list the folder')
        })
        paths = names
          .filter((name) => !name.startsWith('.') && hasExtension(name, request.extensions))
          .map((name) => join(folder, name))
        lastDirectory = folder
      } else {
        lastDirectory = dirname(paths[0] ?? lastDirectory)
      }
      return readEntries(fs, paths, request.maxBytes)
    },

    async printView(request, contents, parent) {
      let pdf: Uint8Array
      try {
        pdf = await contents.printToPDF({
          pageSize: request.pageSize,
          landscape: request.landscape,
          printBackground: true,
        })
      } catch {
        return failure('failed', 'save.pdfFailed')
      }
      const name = request.suggestedName.toLowerCase().endsWith('.pdf')
        ? request.suggestedName
        : `${request.suggestedName}.pdf`
      return saveThroughDialog(name, [{ name: 'PDF', extensions: ['pdf'] }], pdf, parent)
    },
  }
}
