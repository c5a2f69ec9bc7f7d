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
  OpenFileRequest,
  PrintViewRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/host/hostApi'
import { fileErrorCode, readFileCapped, writeFileAtomic, type FsLike } from './atomicFile'

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
