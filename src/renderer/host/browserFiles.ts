import { contentTypeOf } from '../../shared/files/contentTypes'
import { appError } from '../../shared/errors/appError'
import { errorRef } from '../../shared/errors/errorCodes'
import type {
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SaveFileResult,
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
