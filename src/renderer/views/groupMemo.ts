import type { AnyRecord, Workshop } from '../../shared/model/schemas'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import { recordsByGroup } from '../../shared/sync/docOfRecord'

/**
 * Values computed from one group's records (a thumbnail's slides, a projected board), computed
 * again only when that group's records change. With fifteen tables writing at once, the console
 * receives a new workshop doc on every table's change; each group's records are read once per doc
 * (one pass), and a group whose records are the same objects as before keeps its value (and its
 * object, so React.memo and layout effects keyed on it do not run again).
 */

const EMPTY: readonly AnyRecord[] = []
const perDoc = new WeakMap<WorkshopDoc, Map<string, AnyRecord[]>>()

/** The group's records in this doc (the group, its boards and everything on them). */
export function groupRecords(doc: WorkshopDoc, groupId: string): readonly AnyRecord[] {
  let groups = perDoc.get(doc)
  if (!groups) {
    groups = recordsByGroup(doc)
    perDoc.set(doc, groups)
  }
  return groups.get(groupId) ?? EMPTY
}

function sameItems(a: readonly AnyRecord[], b: readonly AnyRecord[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false
  return true
}

export type GroupMemo<T> = (
  doc: WorkshopDoc,
  groupId: string,
  /** What else the value depends on (e.g. the theme), as a string. */
  extra: string,
  compute: () => T,
) => T

/**
 * A memo of one value per group: `compute` runs when the group's records, the workshop record or
 * `extra` differ from the last call for that group.
 */
export function createGroupMemo<T>(): GroupMemo<T> {
  const cache = new Map<
    string,
    { records: readonly AnyRecord[]; workshop: Workshop; extra: string; value: T }
  >()
  return (doc, groupId, extra, compute) => {
    const records = groupRecords(doc, groupId)
    const last = cache.get(groupId)
    if (
      last &&
      last.workshop === doc.workshop &&
      last.extra === extra &&
      sameItems(last.records, records)
    ) {
      return last.value
    }
    const value = compute()
    cache.set(groupId, { records, workshop: doc.workshop, extra, value })
    return value
  }
}
