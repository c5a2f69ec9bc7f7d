import type { AnyRecord } from '../../shared/model/schemas'
import {
  applyRecords,
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

export interface HistoryEntry {
  /** What the edit wrote (re-applied by redo). */
  forward: AnyRecord[]
  /** The versions before the edit; tombstones for records it created (applied by undo). */
  inverse: AnyRecord[]
  /** The scopes of its records (one, but for edits across screens such as removing a group). */
  scopes: readonly HistoryScope[]
  /** Its records, as `type:id`. */
  keys: ReadonlySet<string>
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

/** Records a new edit made on `base`; the redo stack is dropped. */
export function record(
  history: History,
  base: WorkshopDoc,
  change: Change,
  now: string,
  limit = HISTORY_LIMIT,
): History {
  const inverse = invertChange(base, change, now)
  const both = [...change.records, ...inverse]
  const entry: HistoryEntry = {
    forward: change.records,
    inverse,
    scopes: [...new Set(both.map(recordScope))],
    keys: new Set(both.map(recordKey)),
  }
  return { past: [...history.past, entry].slice(-limit), future: [] }
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
  if (scope === undefined) return stack.length - 1
  const index = stack.findLastIndex((entry) => entry.scopes.includes(scope))
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
): { history: History; committed: Committed } | null {
  const index = pick(history.past, scope)
  const entry = history.past[index]
  if (!entry) return null
  return {
    history: { past: without(history.past, index), future: [...history.future, entry] },
    committed: commit(doc, entry.inverse, stamp),
  }
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
): { history: History; committed: Committed } | null {
  const index = pick(history.future, scope)
  const entry = history.future[index]
  if (!entry) return null
  return {
    history: { past: [...history.past, entry], future: without(history.future, index) },
    committed: commit(doc, entry.forward, stamp),
  }
}
