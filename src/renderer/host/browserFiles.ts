import { contentTypeOf } from '../../shared/files/contentTypes'
import { appError } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import {
  MAX_FILES_PER_STEP,
  type OpenedFile,
  type OpenedFileEntry,
  type OpenedFiles,
  type OpenFileRequest,
  type OpenFilesRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveFilesRequest,
  type SaveFilesResult,
} from '../../shared/host/hostApi'

/** Saving (a download) and opening (a file input) files in plain-browser mode. */

export function downloadFile(doc: Document, request: SaveFileRequest): SaveFileResult {
  try {
    const type = contentTypeOf(request.suggestedName)
    const part = request.encoding === 'base64' ? base64ToBytes(request.content) : request.content
    const url = URL.createObjectURL(new Blob([part], { type }))
    const link = doc.createElement('a')
    link.href = url
    link.download = request.suggestedName
    link.rel = 'noopener'
    link.style.display = 'none'
    doc.body.append(link)
    link.click()
    link.remove()
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => {
      URL.revokeObjectURL(url)
    }, 60_000)
    return { ok: true, location: 'ダウンロード' }
  } catch {
    return { ok: false, reason: 'failed', error: errorRef('save.downloadFailed') }
  }
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function pickFile(doc: Document, request: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.accept = request.extensions.map((e) => `.${e.replace(/^\./, '')}`).join(',')
    input.style.display = 'none'
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      input.remove()
      finish()
    }
    input.addEventListener('cancel', () => {
      settle(() => {
        resolve(null)
      })
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) {
        settle(() => {
          resolve(null)
        })
        return
      }
      if (file.size > request.maxBytes) {
        settle(() => {
          reject(appError('host.fileTooLarge', { maxBytes: request.maxBytes }))
        })
        return
      }
      file.arrayBuffer().then(
        (bytes) => {
          settle(() => {
            resolve({ name: file.name, content: decodeUtf8(bytes) })
          })
        },
        () => {
          settle(() => {
            reject(appError('host.fileReadFailed'))
          })
        },
      )
    })
    doc.body.append(input)
    input.click()
  })
}

/**
 * A file's bytes as UTF-8 text, a leading UTF-8 BOM dropped: exactly what the desktop app reads
 * (readFileCapped). Never sniffed as UTF-16 (Blob.text() may be), so a UTF-16 file is refused
 * in both (「形式が正しくありません」) rather than read in one only.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/**
 * Several files as one download: a .zip (jszip, already shipped for the PPTX writer, loaded only
 * here), so the browser asks nothing per file and the facilitator finds one file in ダウンロード.
 */
export async function downloadZip(
  doc: Document,
  request: SaveFilesRequest,
): Promise<SaveFilesResult> {
  let bytes: Uint8Array
  try {
    const { default: JSZip } = await import('jszip')
    const zip = new JSZip()
    for (const file of request.files) zip.file(file.name, file.content)
    bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  } catch {
    return { ok: false, reason: 'failed', error: errorRef('save.downloadFailed') }
  }
  const zipName = `${request.bundleName}.zip`
  const saved = downloadFile(doc, {
    suggestedName: zipName,
    content: bytesToBase64(bytes),
    encoding: 'base64',
    filters: [],
  })
  return saved.ok
    ? {
        ok: true,
        location: `${saved.location}（${zipName}）`,
        names: request.files.map((f) => f.name),
      }
    : saved
}

function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Reads picked or dropped files as the desktop app does (UTF-8, capped, by name): only names
 * with one of `extensions` (a folder holds other files too), at most MAX_FILES_PER_STEP.
 */
export async function readPickedFiles(
  picked: readonly File[],
  request: Pick<OpenFilesRequest, 'extensions' | 'maxBytes'>,
): Promise<OpenedFiles> {
  const allowed = request.extensions.map((e) => e.replace(/^\./, '').toLowerCase())
  const matching = picked
    .filter((file) => allowed.includes(extensionOf(file.name)))
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'))
  const files: OpenedFileEntry[] = []
  for (const file of matching.slice(0, MAX_FILES_PER_STEP)) {
    if (file.size > request.maxBytes) {
      files.push({ name: file.name, problem: 'tooLarge' })
      continue
    }
    try {
      files.push({ name: file.name, content: decodeUtf8(await file.arrayBuffer()) })
    } catch {
      files.push({ name: file.name, problem: 'readFailed' })
    }
  }
  return { files, omitted: Math.max(0, matching.length - MAX_FILES_PER_STEP) }
}

/** A file input with `multiple` ('files') or `webkitdirectory` ('folder'); null when cancelled. */
export function pickFiles(doc: Document, request: OpenFilesRequest): Promise<OpenedFiles | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.multiple = true
    if (request.mode === 'folder') input.webkitdirectory = true
    else input.accept = request.extensions.map((e) => `.${e.replace(/^\./, '')}`).join(',')
    input.style.display = 'none'
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      input.remove()
      finish()
    }
    input.addEventListener('cancel', () => {
      settle(() => {
        resolve(null)
      })
    })
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? [])
      if (files.length === 0) {
        settle(() => {
          resolve(null)
        })
        return
      }
      // A folder's subfolders are left out, as in the desktop app.
      const direct = files.filter((file) => file.webkitRelativePath.split('/').length <= 2)
      readPickedFiles(direct, request).then(
        (opened) => {
          settle(() => {
            resolve(opened)
          })
        },
        (error: unknown) => {
          settle(() => {
            reject(error instanceof Error ? error : appError('host.fileReadFailed'))
          })
        },
      )
    })
    doc.body.append(input)
    input.click()
  })
}
