import type { AnyRecord } from '../../shared/model/schemas'
import {
  applyRecords,
  invertChange,
  stampChange,
  type Change,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'

/**
 * The undo stack of one open workshop. An entry keeps the record versions an edit wrote and the
 * versions that undo it. Undo and redo are new changes, stamped against the current doc, so
 * revisions only ever increase and an undo merges like any other edit.
 */
export interface HistoryEntry {
  /** What the edit wrote (re-applied by redo). */
  forward: AnyRecord[]
  /** The versions before the edit; tombstones for records it created (applied by undo). */
  inverse: AnyRecord[]
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
export function commit(doc: WorkshopDoc, records: readonly AnyRecord[], now: string): Committed {
  const change = stampChange(doc, records, now)
  return { doc: applyRecords(doc, change.records), change }
}

/** Records a new edit made on `base`; the redo stack is dropped. */
export function record(
  history: History,
  base: WorkshopDoc,
  change: Change,
  now: string,
  limit = HISTORY_LIMIT,
): History {
  const entry: HistoryEntry = { forward: change.records, inverse: invertChange(base, change, now) }
  return { past: [...history.past, entry].slice(-limit), future: [] }
}

/** Undoes the last entry; null when there is nothing to undo. */
export function undo(
  history: History,
  doc: WorkshopDoc,
  now: string,
): { history: History; committed: Committed } | null {
  const entry = history.past.at(-1)
  if (!entry) return null
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
    committed: commit(doc, entry.inverse, now),
  }
}

/** Redoes the last undone entry; null when there is nothing to redo. */
export function redo(
  history: History,
  doc: WorkshopDoc,
  now: string,
): { history: History; committed: Committed } | null {
  const entry = history.future.at(-1)
  if (!entry) return null
  return {
    history: { past: [...history.past, entry], future: history.future.slice(0, -1) },
    committed: commit(doc, entry.forward, now),
  }
}
