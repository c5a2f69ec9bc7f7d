import type { EditContext } from '../../shared/model/context'

/**
 * A new url-safe id: a random UUID v4 (hex digits and hyphens, no braces). Falls back to
 * getRandomValues where randomUUID is missing (it needs a secure context, e.g. not plain http
 * from another machine).
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The real EditContext of the app: wall-clock time and random ids. */
export function createBrowserEditContext(): EditContext {
  return {
    now: () => new Date().toISOString(),
    newId: randomId,
  }
}
