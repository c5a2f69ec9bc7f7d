import type { EditContext } from '../model/context'
import type { AnyRecord, Workshop } from '../model/schemas'
import { applyRecords, docFromRecords } from '../model/workshopDoc'
import { applyMerge } from '../merge/applyMerge'
import { recordKey } from '../merge/mergeRules'
import type { Materialised } from './materialise'

/**
 * The hub's decisions for a document's conflicts, by today's merge rules (applyMerge with its
 * default choice, 'both'): the interim pick stays, made from every concurrent version (its vector
 * covers them all, plus one change by the hub), and each other version's different text is kept
 * as a copy flagged `importedCopy` (text unchanged) placed right after it; a deletion against an edit keeps the
 * live text. Only the hub resolves, in its own slot, so clients never fight over a decision.
 * Returns the versions to write (empty when there is no conflict).
 */
export function resolveConflicts(
  materialised: Materialised,
  workshop: Workshop,
  ctx: EditContext,
): AnyRecord[] {
  if (materialised.conflicts.length === 0) return []
  let doc = docFromRecords(workshop, [...materialised.records.values()])
  const out = new Map<string, AnyRecord>()
  for (const conflict of materialised.conflicts) {
    for (const other of conflict.versions.slice(1)) {
      const theirs = other.record
      const incoming = docFromRecords(theirs.type === 'workshop' ? theirs : doc.workshop, [theirs])
      const decided = applyMerge(doc, incoming, {}, ctx)
      doc = applyRecords(doc, decided)
      for (const record of decided) out.set(recordKey(record), record)
    }
  }
  return [...out.values()]
}
