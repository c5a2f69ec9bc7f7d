import type { AnyRecord } from '../../shared/model/schemas'
import type { ChangedRecord } from '../../shared/ops/restoreVersions'
import {
  applyRecords,
  findRecord,
  invertChange,
  stampChange,
  type Change,
  type Stamp,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'

/**
 * The undo stack of one open workshop. An entry keeps the record versions an edit wrote and the
 * versions that undo it. Undo and redo are new changes, stamped against the current doc, so
 * revisions only ever increase and an undo merges like any other edit.
 *
 * Each entry also knows where its records are shown: a board (its notes, テーマ2 topics, …: the
 * board's id) or the setup screen (the workshop, its timetable, groups and their boards:
 * SETUP_SCOPE). A screen undoes and redoes within its own scope, so Ctrl+Z on one group's board
 * never undoes an edit made on another group's board or in the setup. Taking the latest entry of
 * a scope out of the global order is safe because entries of different scopes touch different
 * records; where an entry touches several scopes (removing a group tombstones its notes too) and
 * a later entry of another scope touched the same records, the scope refuses (canUndoIn false)
 * rather than undo out of order.
 */

/** Where an edit's records are shown: a board's id, or SETUP_SCOPE. */
export type HistoryScope = string

/** The scope of the workshop, its timetable rows, groups and boards (the setup screen). */
export const SETUP_SCOPE: HistoryScope = 'setup'

/**
 * How an entry is undone: 'scoped' entries (local edits) by the undo of the screens showing their
 * records and by their own notice; 'notice' entries (imports, restores, home actions) only by the
 * 元に戻す of the notice that announced them (never by a screen's Ctrl+Z).
 */
export type EntryKind = 'scoped' | 'notice'

export interface HistoryEntry {
  /** Unique within the session; a notice keeps it to undo exactly this entry. */
  id: number
  kind: EntryKind
  /** The workshop its records belong to. */
  workshopId: string
  /** What the edit wrote (re-applied by redo). */
  forward: AnyRecord[]
  /** The versions before the edit; tombstones for records it created (applied by undo). */
  inverse: AnyRecord[]
  /** The scopes of its records (one, but for edits across screens such as removing a group). */
  scopes: readonly HistoryScope[]
  /** Its records, as `type:id`. */
  keys: ReadonlySet<string>
  /**
   * The versions this entry last wrote (its forward records, or after an undo the undo's). Undoing
   * a notice entry leaves a record whose current version is another one as it is.
   */
  written: ReadonlyMap<string, AnyRecord>
}

export interface History {
  past: HistoryEntry[]
  future: HistoryEntry[]
}

export const HISTORY_LIMIT = 200

export const emptyHistory: History = { past: [], future: [] }

/** The result of committing records to a doc: the new doc and the stamped change. */
export interface Committed {
  doc: WorkshopDoc
  change: Change
}

/** Stamps records against `doc` and applies them. */
export function commit(doc: WorkshopDoc, records: readonly AnyRecord[], stamp: Stamp): Committed {
  const change = stampChange(doc, records, stamp)
  return { doc: applyRecords(doc, change.records), change }
}

/** The scope a record is shown in: its board's, or the setup's. */
export function recordScope(record: AnyRecord): HistoryScope {
  return 'boardId' in record && typeof record.boardId === 'string' ? record.boardId : SETUP_SCOPE
}

const recordKey = (record: AnyRecord) => `${record.type}:${record.id}`

const byKey = (records: readonly AnyRecord[]) =>
  new Map(records.map((r): [string, AnyRecord] => [recordKey(r), r]))

let nextEntryId = 1

export interface RecordOptions {
  kind?: EntryKind
  limit?: number
  /**
   * The entry this change continues (one user gesture: a keyboard move from pick-up to drop, a
   * pointer drag): when it is still the latest entry, the change joins it, so one undo takes the
   * whole gesture back. Otherwise (something was recorded since, or it was undone) a new entry.
   */
  join?: number | null
}

/**
 * Records a new change made on `base`. A scoped entry (a local edit) drops the redo stack; a
 * notice entry leaves it (it never takes part in a screen's undo and redo). With `join`, a scoped
 * change continues the latest entry (see RecordOptions.join) and keeps its id.
 */
export function record(
  history: History,
  base: WorkshopDoc,
  change: Change,
  now: string,
  options: RecordOptions | number = {},
): History {
  const {
    kind = 'scoped',
    limit = HISTORY_LIMIT,
    join = null,
  } = typeof options === 'number' ? { limit: options } : options
  const inverse = invertChange(base, change, now)
  const latest = history.past.at(-1)
  if (
    kind === 'scoped' &&
    join !== null &&
    latest?.id === join &&
    latest.kind === 'scoped' &&
    latest.workshopId === base.workshop.id
  ) {
    return { past: [...history.past.slice(0, -1), joined(latest, change, inverse)], future: [] }
  }
  const both = [...change.records, ...inverse]
  const entry: HistoryEntry = {
    id: nextEntryId++,
    kind,
    workshopId: base.workshop.id,
    forward: change.records,
    inverse,
    scopes: kind === 'scoped' ? [...new Set(both.map(recordScope))] : [],
    keys: new Set(both.map(recordKey)),
    written: byKey(change.records),
  }
  return {
    past: keepLatest([...history.past, entry], limit),
    future: kind === 'scoped' ? [] : history.future,
  }
}

/**
 * `entry` continued by a change: redo writes the latest version of each record, undo the version
 * from before the entry (a record the change touched first gets its version from before the change).
 */
function joined(entry: HistoryEntry, change: Change, inverse: readonly AnyRecord[]): HistoryEntry {
  const forward = byKey(entry.forward)
  for (const r of change.records) forward.set(recordKey(r), r)
  const before = new Set(entry.inverse.map(recordKey))
  const added = inverse.filter((r) => !before.has(recordKey(r)))
  const both = [...change.records, ...added]
  const written = new Map(entry.written)
  for (const r of change.records) written.set(recordKey(r), r)
  return {
    ...entry,
    forward: [...forward.values()],
    inverse: [...entry.inverse, ...added],
    scopes: [...new Set([...entry.scopes, ...both.map(recordScope)])],
    keys: new Set([...entry.keys, ...both.map(recordKey)]),
    written,
  }
}

/** The latest `limit` entries of each kind (local edits never push an import's entry out). */
function keepLatest(past: readonly HistoryEntry[], limit: number): HistoryEntry[] {
  const seen: Record<EntryKind, number> = { scoped: 0, notice: 0 }
  const kept: HistoryEntry[] = []
  for (const entry of [...past].reverse()) {
    seen[entry.kind] += 1
    if (seen[entry.kind] <= limit) kept.push(entry)
  }
  return kept.reverse()
}

/** The id of the latest entry (what a notice about the change just recorded undoes). */
export function latestEntryId(history: History): number | null {
  return history.past.at(-1)?.id ?? null
}

/** The history without its scoped entries (another workshop opened: screens start afresh). */
export function withoutScoped(history: History): History {
  return { past: history.past.filter((e) => e.kind !== 'scoped'), future: [] }
}

/** Two versions of a record are the same write (not merely the same revision number). */
export function sameVersion(a: AnyRecord, b: AnyRecord): boolean {
  if (a.rev !== b.rev || a.updatedAt !== b.updatedAt) return false
  const ea = Object.entries(a.edits ?? {})
  const eb = b.edits ?? {}
  return ea.length === Object.keys(eb).length && ea.every(([k, n]) => eb[k] === n)
}

/**
 * Whether the current version of a record was written from elsewhere (another device) since this
 * session last wrote it. Undo and redo leave such records as they are.
 */
export type ChangedElsewhere = (current: AnyRecord) => boolean

const nowhere: ChangedElsewhere = () => false

/** What undoing or redoing an entry wrote, and how many records it left as they were. */
export interface Reverted {
  history: History
  committed: Committed
  /** Records left as they are (changed from elsewhere; for a notice entry: changed at all). */
  skipped: number
}

/**
 * Writes `records` of `entry`, except records changed from elsewhere since, and for a notice entry
 * (an import, a restore) records changed at all since it wrote them: those changes stay.
 */
function revert(
  entry: HistoryEntry,
  records: readonly AnyRecord[],
  doc: WorkshopDoc,
  stamp: Stamp,
  changedElsewhere: ChangedElsewhere,
): { entry: HistoryEntry; committed: Committed; skipped: number } {
  const keep = records.filter((r) => {
    const current = findRecord(doc, r)
    if (!current) return true
    if (changedElsewhere(current)) return false
    const written = entry.written.get(recordKey(r))
    return entry.kind === 'scoped' || !written || sameVersion(current, written)
  })
  const committed = commit(doc, keep, stamp)
  const written = new Map(entry.written)
  for (const r of committed.change.records) written.set(recordKey(r), r)
  return {
    entry: { ...entry, written },
    committed,
    skipped: records.length - keep.length,
  }
}

function touchesAny(entry: HistoryEntry, others: readonly HistoryEntry[]): boolean {
  for (const other of others) {
    for (const key of other.keys) if (entry.keys.has(key)) return true
  }
  return false
}

/**
 * The index in `stack` of the entry to take next: the last one, or the last one of `scope` when
 * nothing after it in the stack touched its records (else -1: the scope refuses).
 */
function pick(stack: readonly HistoryEntry[], scope: HistoryScope | undefined): number {
  const index = stack.findLastIndex(
    (entry) => entry.kind === 'scoped' && (scope === undefined || entry.scopes.includes(scope)),
  )
  const entry = stack[index]
  if (!entry || touchesAny(entry, stack.slice(index + 1))) return -1
  return index
}

const without = (stack: readonly HistoryEntry[], index: number) => [
  ...stack.slice(0, index),
  ...stack.slice(index + 1),
]

/** Whether undo(scope) would undo something (without a scope: anything). */
export function canUndo(history: History, scope?: HistoryScope): boolean {
  return pick(history.past, scope) >= 0
}

/** Whether redo(scope) would redo something (without a scope: anything). */
export function canRedo(history: History, scope?: HistoryScope): boolean {
  return pick(history.future, scope) >= 0
}

/**
 * Undoes the last entry, or the last entry of `scope`; null when there is nothing to undo (or the
 * scope's last entry cannot be undone out of order).
 */
export function undo(
  history: History,
  doc: WorkshopDoc,
  stamp: Stamp,
  scope?: HistoryScope,
  changedElsewhere: ChangedElsewhere = nowhere,
): Reverted | null {
  const index = pick(history.past, scope)
  const entry = history.past[index]
  if (!entry) return null
  const done = revert(entry, entry.inverse, doc, stamp, changedElsewhere)
  return {
    history: { past: without(history.past, index), future: [...history.future, done.entry] },
    committed: done.committed,
    skipped: done.skipped,
  }
}

/**
 * Undoes exactly the entry `id` (a notice's 元に戻す), whatever came after it: each record gets
 * its version from before the entry back, unless it was changed since (those stay). A scoped
 * entry can then be redone like any undone edit; a notice entry is gone. Null when the history no
 * longer holds the entry (already undone, or dropped).
 */
export function undoEntry(
  history: History,
  doc: WorkshopDoc,
  stamp: Stamp,
  id: number,
  changedElsewhere: ChangedElsewhere = nowhere,
): Reverted | null {
  const index = history.past.findIndex((e) => e.id === id)
  const entry = history.past[index]
  if (!entry || entry.workshopId !== doc.workshop.id) return null
  const done = revert(entry, entry.inverse, doc, stamp, changedElsewhere)
  return {
    history: {
      past: without(history.past, index),
      future: entry.kind === 'scoped' ? [...history.future, done.entry] : history.future,
    },
    committed: done.committed,
    skipped: done.skipped,
  }
}

/** The entry `id` of the past (undoable), if the history still holds it. */
export function findEntry(history: History, id: number): HistoryEntry | undefined {
  return history.past.find((e) => e.id === id)
}

/**
 * Each record of an entry as it was before the entry and as the entry wrote it (what
 * shared/ops/restoreVersions puts back for a notice's 元に戻す).
 */
export function changedRecords(entry: HistoryEntry): ChangedRecord[] {
  return entry.inverse.flatMap((before) => {
    const after = entry.written.get(recordKey(before))
    return after ? [{ before, after }] : []
  })
}

/**
 * Redoes the last undone entry, or the last undone entry of `scope` (when nothing undone after it
 * touched its records); null when there is nothing to redo.
 */
export function redo(
  history: History,
  doc: WorkshopDoc,
  stamp: Stamp,
  scope?: HistoryScope,
  changedElsewhere: ChangedElsewhere = nowhere,
): Reverted | null {
  const index = pick(history.future, scope)
  const entry = history.future[index]
  if (!entry) return null
  const done = revert(entry, entry.forward, doc, stamp, changedElsewhere)
  return {
    history: { past: [...history.past, done.entry], future: without(history.future, index) },
    committed: done.committed,
    skipped: done.skipped,
  }
}
