import { sameContent } from '../merge/mergeRules'
import type { AnyRecord } from '../model/schemas'
import { docRecords, findRecord, type WorkshopDoc } from '../model/workshopDoc'

/**
 * The record versions that bring `current` back to what `target` shows (a backup, or the state
 * just before a restore or an import). Stamp them against `current` (stampChange) before writing:
 * a restore is a new edit, so revisions only increase and the restored state merges like any
 * other edit (an older laptop's file cannot silently undo it).
 *
 * - a record the target holds with other content (or only the target holds): the target's version;
 * - a live record the target does not hold (made after the backup): a tombstone;
 * - everything else: untouched. The workshop itself stays live.
 */
export function restoreRecords(
  current: WorkshopDoc,
  target: WorkshopDoc,
  now: string,
): AnyRecord[] {
  if (current.workshop.id !== target.workshop.id) {
    throw new Error('restoreRecords: a backup of another workshop')
  }
  const out: AnyRecord[] = []
  for (const version of docRecords(target)) {
    const wanted =
      version.type === 'workshop' ? { ...version, deletedAt: current.workshop.deletedAt } : version
    const present = findRecord(current, wanted)
    if (!present || !sameContent(present, wanted)) out.push(wanted)
  }
  for (const present of docRecords(current)) {
    if (present.type === 'workshop' || present.deletedAt !== null) continue
    if (!findRecord(target, present)) out.push({ ...present, deletedAt: now })
  }
  return out
}
