import { randomUUID } from 'node:crypto'
import type * as Y from 'yjs'
import type { EditContext } from '../../shared/model/context'
import type { Workshop } from '../../shared/model/schemas'
import type { DocRef } from '../../shared/sync/docNames'
import { materialise } from '../../shared/sync/materialise'
import { resolveConflicts } from '../../shared/sync/resolveConflicts'
import { VERSIONS_MAP, versionKey } from '../../shared/sync/versionKeys'

/** The hub's edit context: its own editor id (its slot), the clock, random ids. */
export function hubContext(editorId: string): EditContext {
  return {
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    editorId,
  }
}

/**
 * A stand-in for the workshop record in a group document (which does not hold it): the merge only
 * reads its id, and never writes it (both sides carry the same object).
 */
function workshopStandIn(id: string): Workshop {
  return {
    type: 'workshop',
    id,
    createdAt: '',
    updatedAt: '',
    rev: 1,
    deletedAt: null,
    title: '',
    date: '',
    venue: '',
    variant: 'custom',
    scenes: ['daily'],
    dayStart: '09:00',
    isSample: false,
  }
}

/**
 * Decides the document's conflicts (resolveConflicts) and writes the decisions into the hub's own
 * slot, in one transaction with `origin`. Returns how many versions it wrote.
 */
export function resolveDocument(
  document: Y.Doc,
  ref: DocRef,
  editorId: string,
  origin: unknown,
): number {
  const versions = document.getMap<unknown>(VERSIONS_MAP)
  const shown = materialise(ref, versions.entries())
  if (shown.conflicts.length === 0) return 0
  const stored = shown.records.get(`workshop:${ref.workshopId}`)
  const workshop = stored?.type === 'workshop' ? stored : workshopStandIn(ref.workshopId)
  const decided = resolveConflicts(shown, workshop, hubContext(editorId))
  document.transact(() => {
    for (const record of decided) versions.set(versionKey(record, editorId), record)
  }, origin)
  return decided.length
}
