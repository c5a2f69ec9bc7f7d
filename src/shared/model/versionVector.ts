import { MAX_EDITORS, MAX_REV } from './schemas'

export { EDITOR_ID_PATTERN, MAX_EDITORS } from './schemas'

/**
 * Who changed a record how often: the record's version vector, so that an import can tell "the
 * file's version was made from mine" (an update) from "both laptops edited it" (a conflict)
 * without any stored base.
 *
 * Every installation has an editor id (`EditContext.editorId`: 16 hex digits, random, kept by the
 * installation). Every change of a record stamps `edits[editor] += 1` and `rev += 1`
 * (`nextVersion`). `rev` still counts all changes, so the changes of versions written before
 * `edits` existed (file format 3 and older) are the part of `rev` that no editor accounts for:
 * the implicit entry UNATTRIBUTED = rev − sum(edits).
 *
 * A version `a` was made from `b` (b is an ancestor of a) exactly when every entry of a's vector is
 * at least b's: then whoever made `a` had seen every change in `b`. When neither vector covers the
 * other, both sides changed the record independently: a conflict. Clocks are never compared.
 */
export interface Versioned {
  rev: number
  edits?: Record<string, number> | undefined
}

/** The key of the changes no editor id accounts for (never stored; not a valid editor id). */
export const UNATTRIBUTED = '~'

/** The record's full vector: its `edits` plus the unattributed part of `rev` (when above 0). */
export function versionVector(version: Versioned): Map<string, number> {
  const vector = new Map<string, number>()
  let attributed = 0
  for (const [editor, count] of Object.entries(version.edits ?? {})) {
    vector.set(editor, count)
    attributed += count
  }
  const rest = version.rev - attributed
  if (rest > 0) vector.set(UNATTRIBUTED, rest)
  return vector
}

export type VersionOrder = 'equal' | 'before' | 'after' | 'concurrent'

/**
 * How version `a` relates to version `b`: 'before' when `b` was made from `a` (a ≤ b, not equal),
 * 'after' the other way round, 'equal' for the same vector, 'concurrent' when each holds changes
 * the other never saw.
 */
export function compareVersions(a: Versioned, b: Versioned): VersionOrder {
  const va = versionVector(a)
  const vb = versionVector(b)
  let aAhead = false
  let bAhead = false
  for (const key of new Set([...va.keys(), ...vb.keys()])) {
    const ca = va.get(key) ?? 0
    const cb = vb.get(key) ?? 0
    if (ca > cb) aAhead = true
    if (cb > ca) bAhead = true
  }
  if (aAhead && bAhead) return 'concurrent'
  if (aAhead) return 'after'
  if (bAhead) return 'before'
  return 'equal'
}

/** Whether the record carries an editor vector (records of file format 3 and older do not). */
export function hasEdits(version: Versioned): boolean {
  return version.edits !== undefined && Object.keys(version.edits).length > 0
}

/**
 * The version of a change by `editor` made on `previous` (undefined for a new record: rev 1).
 * Only `previous`'s vector counts: a record passed in carries whatever an op spread into it.
 */
export function nextVersion(
  previous: Versioned | undefined,
  editor: string,
): { rev: number; edits: Record<string, number> } {
  if (!previous) return { rev: 1, edits: { [editor]: 1 } }
  if (previous.rev >= MAX_REV) return versionAtCap(previous, editor)
  const edits = { ...previous.edits }
  edits[editor] = (edits[editor] ?? 0) + 1
  return { rev: Math.min(previous.rev + 1, MAX_REV), edits: capEditors(edits, editor) }
}

/**
 * A change at the cap (a billion changes): rev cannot grow, but the change is still recorded, so
 * the new version never looks like the old one. The editor's count takes one change from the
 * unattributed rest, or else from the largest other editor's count: the counts never exceed rev,
 * and the new version compares as concurrent with the old one (a merge shows a conflict rather
 * than taking either silently).
 */
function versionAtCap(
  previous: Versioned,
  editor: string,
): { rev: number; edits: Record<string, number> } {
  const edits = { ...previous.edits }
  const attributed = Object.values(edits).reduce((sum, count) => sum + count, 0)
  if (attributed < MAX_REV) {
    edits[editor] = (edits[editor] ?? 0) + 1
    return { rev: MAX_REV, edits: capEditors(edits, editor) }
  }
  const donor = Object.entries(edits)
    .filter(([id]) => id !== editor)
    .sort((a, b) => b[1] - a[1])[0]
  if (donor === undefined) return { rev: MAX_REV, edits } // one editor made them all: nothing to move
  const [donorId, donorCount] = donor
  const moved = Object.fromEntries(
    Object.entries(edits).filter(([id]) => id !== donorId || donorCount > 1),
  )
  if (donorCount > 1) moved[donorId] = donorCount - 1
  moved[editor] = (moved[editor] ?? 0) + 1
  return { rev: MAX_REV, edits: moved }
}

/**
 * The smallest version made from both `a` and `b` (each entry the larger of the two), plus one
 * change by `editor` when given (a decision between them is a change of its own). Its rev is above
 * both revs whenever it differs from both, so every store replaces either with it.
 */
export function mergedVersion(
  a: Versioned,
  b: Versioned,
  editor?: string,
): { rev: number; edits: Record<string, number> } {
  const va = versionVector(a)
  const vb = versionVector(b)
  const edits: Record<string, number> = {}
  let rev = 0
  for (const key of new Set([...va.keys(), ...vb.keys()])) {
    const count = Math.max(va.get(key) ?? 0, vb.get(key) ?? 0)
    rev += count
    if (key !== UNATTRIBUTED) edits[key] = count
  }
  if (editor !== undefined) {
    edits[editor] = (edits[editor] ?? 0) + 1
    rev += 1
  }
  return { rev: Math.min(rev, MAX_REV), edits: capEditors(edits, editor) }
}

/**
 * Keeps at most MAX_EDITORS editor ids: beyond that (hundreds of installations on one record,
 * never seen in a workshop) the smallest counts become unattributed, so the record stays
 * writable. `keep` (the editor making the change) always stays. The price: versions that still
 * name a dropped editor compare as concurrent with the result (a conflict the user sees).
 */
function capEditors(edits: Record<string, number>, keep?: string): Record<string, number> {
  const entries = Object.entries(edits)
  if (entries.length <= MAX_EDITORS) return edits
  const others = entries.filter(([id]) => id !== keep).sort((a, b) => b[1] - a[1])
  const kept = keep === undefined ? others : [[keep, edits[keep] ?? 0] as const, ...others]
  return Object.fromEntries(kept.slice(0, MAX_EDITORS))
}
