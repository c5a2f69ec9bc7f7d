import type { AnyRecord, RecordType } from '../model/schemas'
import { deepEqual } from '../model/deepEqual'
import { compareVersions, hasEdits } from '../model/versionVector'

/**
 * The rules that decide, record by record, how an incoming version relates to the local one.
 *
 * A record's identity is its type and id (`recordKey`). Two versions have the same content when
 * every field but `rev`, `edits`, `createdAt` and `updatedAt` is equal and both are live or both are
 * deleted (the instant of a deletion is not content).
 *
 * Classification (`classify`), for an incoming version and the local version of the same record:
 * - no local version: 'new';
 * - same content: 'same' (an incoming version ahead of the local one is still written, silently,
 *   so that revisions agree);
 * - with a base (the version both sides last exchanged, if the caller kept one): the side whose
 *   version differs from the base changed; one side changed → that side wins ('incomingNewer' /
 *   'localNewer'), both changed → 'conflict';
 * - otherwise, when both versions carry editor vectors (`edits`, file format 4 on; see
 *   model/versionVector.ts), the vectors decide exactly: the version whose vector covers the
 *   other's was made from it and wins ('incomingNewer' / 'localNewer'); when neither covers the
 *   other, or both are equal with different content, both sides changed it: 'conflict'. Clocks
 *   are never compared, so laptops whose clocks disagree merge the same way;
 * - when only one carries a vector (the other was last changed by an app before format 4, whose
 *   changes count as unattributed and cannot be told apart), the vectors decide, but the rules
 *   below turn a winner into 'conflict' when they see one;
 * - without vectors on either side (records of format 3 and older): a side can only win when the
 *   other side's version may be its ancestor; otherwise 'conflict':
 *   1. equal revs, different content → 'conflict' (both sides edited from a common version);
 *   2. the lower-rev side was updated later than the higher-rev side → 'conflict' (it cannot be
 *      an ancestor of the other: it holds an edit the other side never saw);
 *   3. the local version is deleted and the incoming one is live with a higher rev → 'conflict'
 *      (an edit against this user's deletion; a restore by undo cannot be told from it). The
 *      other way round (local live, higher rev; incoming deleted) keeps the local text: localNewer;
 *   4. otherwise the higher rev wins: 'incomingNewer' or 'localNewer'.
 *   Known limit of this fallback: a local edit made earlier than several later incoming edits of
 *   the same record looks like an ancestor (rule 4) and shows as an update. Records edited since
 *   format 4 on both sides carry vectors and never take this path.
 */
export type MergeStatus = 'new' | 'same' | 'incomingNewer' | 'localNewer' | 'conflict'

/** `${type}:${id}`: identifies a record across installations. */
export type RecordKey = `${RecordType}:${string}`

export function recordKey(record: AnyRecord): RecordKey {
  return `${record.type}:${record.id}`
}

const NOT_CONTENT = new Set(['rev', 'edits', 'createdAt', 'updatedAt', 'deletedAt'])

/** True when two versions show the user the same thing (see the module comment). */
export function sameContent(a: AnyRecord, b: AnyRecord): boolean {
  if (a.type !== b.type || a.id !== b.id) return false
  if ((a.deletedAt === null) !== (b.deletedAt === null)) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (NOT_CONTENT.has(key)) continue
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false
    }
  }
  return true
}

/** Milliseconds of an ISO instant; unparsable instants sort first. */
function instant(iso: string): number {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms
}

function changedSince(version: AnyRecord, base: AnyRecord): boolean {
  return version.rev !== base.rev || !sameContent(version, base)
}

/** How `incoming` relates to `local` (see the module comment for the rule). */
export function classify(
  local: AnyRecord | undefined,
  incoming: AnyRecord,
  base?: AnyRecord,
): MergeStatus {
  if (!local) return 'new'
  if (sameContent(local, incoming)) return 'same'
  if (base) {
    const localChanged = changedSince(local, base)
    const incomingChanged = changedSince(incoming, base)
    if (localChanged && incomingChanged) return 'conflict'
    if (incomingChanged) return 'incomingNewer'
    if (localChanged) return 'localNewer'
    return 'same'
  }
  const withVectors = hasEdits(local) && hasEdits(incoming)
  if (withVectors) return byVectors(local, incoming)
  const byRev = byRevisions(local, incoming)
  if (!hasEdits(local) && !hasEdits(incoming)) return byRev
  // One side was last changed by an app before format 4: its changes are not attributed, so the
  // vectors alone could take an edit made there for an ancestor. The rev rules may veto a winner.
  return byRev === 'conflict' ? 'conflict' : byVectors(local, incoming)
}

function byVectors(local: AnyRecord, incoming: AnyRecord): MergeStatus {
  const order = compareVersions(local, incoming)
  if (order === 'before') return 'incomingNewer'
  if (order === 'after') return 'localNewer'
  return 'conflict'
}

/** The rules for records without editor counts (module comment, rules 1 to 4). */
function byRevisions(local: AnyRecord, incoming: AnyRecord): MergeStatus {
  if (local.rev === incoming.rev) return 'conflict'
  const [higher, lower] = incoming.rev > local.rev ? [incoming, local] : [local, incoming]
  if (instant(lower.updatedAt) > instant(higher.updatedAt)) return 'conflict'
  if (higher === incoming && incoming.deletedAt === null && local.deletedAt !== null) {
    return 'conflict'
  }
  return higher === incoming ? 'incomingNewer' : 'localNewer'
}
