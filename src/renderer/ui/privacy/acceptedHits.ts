/**
 * What the user chose to include as is (「このまま含める」), per workshop on this computer: the
 * field and its exact text, so a changed text is asked about again. Kept in localStorage like
 * other device choices; a failure to read or write forgets, it never blocks an export.
 */
const KEY_PREFIX = 'taneboard.privacyAccepted.'
/** The most remembered choices per workshop (the oldest go first). */
const MAX_KEPT = 2000

export function readAccepted(workshopId: string): Set<string> {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + workshopId)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    return new Set(
      Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [],
    )
  } catch {
    return new Set()
  }
}

export function writeAccepted(workshopId: string, keys: ReadonlySet<string>): void {
  try {
    localStorage.setItem(KEY_PREFIX + workshopId, JSON.stringify([...keys].slice(-MAX_KEPT)))
  } catch {
    // Full or blocked storage: the choice lasts for this dialog only.
  }
}
