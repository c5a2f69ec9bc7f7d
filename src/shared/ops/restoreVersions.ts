import { deepEqual } from '../model/deepEqual'
import type { AnyRecord, RecordType, TimetableRow } from '../model/schemas'
import { applyRecords, findRecord, live, type WorkshopDoc } from '../model/workshopDoc'
import { recomputeTimes } from './timetableOps'

/**
 * A deletion notice's 元に戻す (and any "put back what that change did"): each record the change
 * wrote gets back the fields the change changed, as they were before it, unless one of those
 * fields was changed again since (by another edit here, or on another device): then the record is
 * left as it is, and counted as skipped so that the user can be told. Fields the change did not
 * touch keep what was written since. Derived values (timetable times and orders) are not put
 * back field by field: they are recomputed afterwards (`withDerived`).
 */

/** One record of a change: its version before the change and the version the change wrote. */
export interface ChangedRecord {
  before: AnyRecord
  after: AnyRecord
}

export interface RestorePlan {
  /** The records to write (unstamped: commit them as an edit). */
  records: AnyRecord[]
  /** Records left as they are because what the change did to them was changed since. */
  skipped: number
}

/** Bookkeeping, never content. */
const META = new Set(['type', 'id', 'rev', 'edits', 'createdAt', 'updatedAt'])

/** Fields recomputed from others after a restore (see withDerived), per record type. */
const DERIVED: Partial<Record<RecordType, ReadonlySet<string>>> = {
  timetableRow: new Set(['start', 'order']),
}

const field = (record: AnyRecord, key: string): unknown =>
  (record as unknown as Record<string, unknown>)[key]

/** The content fields where two versions differ. */
function changedFields(a: AnyRecord, b: AnyRecord): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].filter((key) => !META.has(key) && !deepEqual(field(a, key), field(b, key)))
}

/** The record with the change undone, null when nothing is to be written, 'kept' when skipped. */
function restoreOne(doc: WorkshopDoc, { before, after }: ChangedRecord): AnyRecord | null | 'kept' {
  const current = findRecord(doc, before)
  if (!current) return before
  const derived = DERIVED[before.type]
  const since = new Set(changedFields(after, current))
  const back: Record<string, unknown> = {}
  for (const key of changedFields(before, after)) {
    const wanted = field(before, key)
    if (deepEqual(field(current, key), wanted)) continue
    if (since.has(key)) {
      if (derived?.has(key)) continue
      return 'kept'
    }
    back[key] = wanted
  }
  return Object.keys(back).length === 0 ? null : { ...current, ...back }
}

/** What putting back the versions from before a change writes to `doc` (see the module comment). */
export function restoreVersions(doc: WorkshopDoc, changed: readonly ChangedRecord[]): RestorePlan {
  const records: AnyRecord[] = []
  let skipped = 0
  for (const one of changed) {
    const restored = restoreOne(doc, one)
    if (restored === 'kept') skipped += 1
    else if (restored) records.push(restored)
  }
  return { records: withDerived(doc, records), skipped }
}

/**
 * The restored records with the values derived from them recomputed: when timetable rows come
 * back, every row's order and start follow again (a restored row takes its old place: on a tie it
 * goes before the row that moved up into it).
 */
export function withDerived(doc: WorkshopDoc, restored: readonly AnyRecord[]): AnyRecord[] {
  if (!restored.some((r) => r.type === 'timetableRow')) return [...restored]
  const after = applyRecords(doc, restored)
  const restoredIds = new Set(restored.filter((r) => r.type === 'timetableRow').map((r) => r.id))
  const first = (row: TimetableRow) => (restoredIds.has(row.id) ? 0 : 1)
  const rows = live(after.rows).sort((a, b) => a.order - b.order || first(a) - first(b))
  const byKey = new Map(restored.map((r): [string, AnyRecord] => [`${r.type}:${r.id}`, r]))
  for (const row of recomputeTimes(rows, after.workshop.dayStart)) {
    byKey.set(`${row.type}:${row.id}`, row)
  }
  return [...byKey.values()]
}
