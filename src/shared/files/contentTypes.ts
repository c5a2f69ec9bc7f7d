import contentTypes from './contentTypes.json'

/**
 * The one extension → MIME type table (contentTypes.json, so that scripts/serve-web.mjs can read
 * it too): the app:// protocol (main), the browser-mode server and the browser host's downloads
 * all use it. Text is UTF-8.
 */
const CONTENT_TYPES: Readonly<Partial<Record<string, string>>> = contentTypes

/** The Content-Type of a file name or path; unknown types are opaque bytes. */
export function contentTypeOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  return CONTENT_TYPES[extension] ?? 'application/octet-stream'
}
