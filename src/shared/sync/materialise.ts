import type { AnyRecord } from '../model/schemas'
import { compareVersions } from '../model/versionVector'
import { recordKey, sameContent, type RecordKey } from '../merge/mergeRules'
import { checkVersion, groupBoardsOf, type Refusal } from './checkVersion'
import type { DocRef } from './docNames'
import { parseVersionKey } from './versionKeys'

/**
 * What a document shows: for every record, among the versions its writers hold (one per slot),
 * the version whose version vector covers all the others. When two or more versions are
 * concurrent (each holds a change the other never saw), that is today's merge conflict: it is
 * listed, and until the hub's decision arrives (resolveConflicts) every replica shows the same
 * interim pick (the highest rev, then the lowest slot), so no two screens disagree.
 */
export interface SlotVersion {
  slot: string
  record: AnyRecord
}

export interface VersionConflict {
  key: RecordKey
  /** The concurrent versions, the interim pick first. */
  versions: SlotVersion[]
}

export interface Materialised {
  /** One version per record: the dominating one, or the interim pick of a conflict. */
  records: Map<RecordKey, AnyRecord>
  conflicts: VersionConflict[]
  /** Entries left out, by refusal (never their content). */
  refused: Partial<Record<Refusal, number>>
}

/** Interim order of concurrent versions: higher rev first, then the lower slot. */
function byPick(a: SlotVersion, b: SlotVersion): number {
  if (a.record.rev !== b.record.rev) return b.record.rev - a.record.rev
  return a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0
}

/** The versions no other version was made from (duplicates of equal content dropped). */
export function maximalVersions(versions: readonly SlotVersion[]): SlotVersion[] {
  const maximal = versions.filter(
    (v) => !versions.some((w) => w !== v && compareVersions(v.record, w.record) === 'before'),
  )
  const distinct: SlotVersion[] = []
  for (const v of [...maximal].sort(byPick)) {
    const duplicate = distinct.some(
      (d) => compareVersions(d.record, v.record) === 'equal' && sameContent(d.record, v.record),
    )
    if (!duplicate) distinct.push(v)
  }
  return distinct
}

/**
 * Materialises a document's `versions` entries. Every entry is checked (checkVersion, read-only:
 * schemas, workshop and scope); refused entries are counted and left out.
 */
export function materialise(
  doc: DocRef,
  entries: Iterable<readonly [string, unknown]>,
): Materialised {
  const all = [...entries]
  const scope = { doc, role: null, groupBoards: groupBoardsOf(doc, all) }
  const byRecord = new Map<RecordKey, SlotVersion[]>()
  const refused: Partial<Record<Refusal, number>> = {}
  for (const [key, value] of all) {
    const check = checkVersion(key, value, scope)
    if (!check.ok) {
      refused[check.refusal] = (refused[check.refusal] ?? 0) + 1
      continue
    }
    const slot = parseVersionKey(key)?.slot ?? ''
    const rk = recordKey(check.record)
    const list = byRecord.get(rk)
    if (list) list.push({ slot, record: check.record })
    else byRecord.set(rk, [{ slot, record: check.record }])
  }
  const records = new Map<RecordKey, AnyRecord>()
  const conflicts: VersionConflict[] = []
  for (const [key, versions] of byRecord) {
    const maximal = maximalVersions(versions)
    const pick = maximal[0]
    if (!pick) continue
    records.set(key, pick.record)
    if (maximal.length > 1) conflicts.push({ key, versions: maximal })
  }
  return { records, conflicts, refused }
}
