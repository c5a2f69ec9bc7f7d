import type { EditContext } from '../../shared/model/context'
import { EDITOR_ID_PATTERN } from '../../shared/model/schemas'

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

const EDITOR_KEY = 'taneboard.editorId'

/** 16 random hex digits. */
function newEditorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * This installation's editor id (see shared/model/versionVector.ts): made once and kept in
 * localStorage (in Electron: the app's own profile). Without localStorage, or when it was
 * cleared, a new id is made: always safe, a vector only gains an entry.
 */
export function installationEditorId(
  storage: Storage | null | undefined = globalThis.localStorage,
): string {
  try {
    const kept = storage?.getItem(EDITOR_KEY)
    if (kept && EDITOR_ID_PATTERN.test(kept)) return kept
    const made = newEditorId()
    storage?.setItem(EDITOR_KEY, made)
    return made
  } catch {
    return newEditorId()
  }
}

/** The real EditContext of the app: wall-clock time, random ids and this installation's editor. */
export function createBrowserEditContext(): EditContext {
  return {
    now: () => new Date().toISOString(),
    newId: randomId,
    editorId: installationEditorId(),
  }
}
