import { compareVersions } from '../model/versionVector'
import type { AnyRecord } from '../model/schemas'
import { recordKey, sameContent, type RecordKey } from '../merge/mergeRules'
import type { Materialised } from './materialise'

/**
 * What a device's sync client moves between its workshop (the session, Dexie) and a document's
 * `versions` map, decided from version vectors only:
 *
 * - to commit (remote → session): a version the document shows that was made from the session's
 *   version (or that the session does not have). A version concurrent with the session's is not
 *   taken: the session's own version is in the document too (published), the hub keeps both
 *   texts, and the hub's decision, made from both, is then taken. So a device never replaces a
 *   text it has with one that never saw it.
 * - to publish (session → document): a session version the document does not show yet (missing,
 *   or not covered by what it shows): after a start offline, edits made while the document was
 *   not open, or versions y-indexeddb had not kept.
 */
export function versionsToCommit(
  shown: Materialised,
  local: (key: RecordKey) => AnyRecord | undefined,
): AnyRecord[] {
  const out: AnyRecord[] = []
  for (const [key, version] of shown.records) {
    const mine = local(key)
    if (!mine) {
      out.push(version)
      continue
    }
    const order = compareVersions(mine, version)
    if (order === 'before' || (order === 'equal' && !sameContent(mine, version))) out.push(version)
  }
  return out
}

export function versionsToPublish(shown: Materialised, records: Iterable<AnyRecord>): AnyRecord[] {
  const out: AnyRecord[] = []
  for (const record of records) {
    const key = recordKey(record)
    const covers = (version: AnyRecord): boolean => {
      const order = compareVersions(record, version)
      return order === 'before' || order === 'equal'
    }
    const there = shown.records.get(key)
    const conflict = shown.conflicts.find((c) => c.key === key)
    const known =
      there !== undefined &&
      (covers(there) || (conflict?.versions.some((v) => covers(v.record)) ?? false))
    if (!known) out.push(record)
  }
  return out
}
