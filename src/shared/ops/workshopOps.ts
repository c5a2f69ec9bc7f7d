import type { AnyRecord, Workshop } from '../model/schemas'
import type { EditContext } from '../model/context'
import type { WorkshopDoc } from '../model/workshopDoc'

export type WorkshopPatch = Partial<Pick<Workshop, 'title' | 'date' | 'venue' | 'scenes'>>

export function updateWorkshop(doc: WorkshopDoc, patch: WorkshopPatch): AnyRecord[] {
  return [{ ...doc.workshop, ...patch }]
}

/** Deleting a workshop only tombstones it: undo brings it back, the files keep it. */
export function deleteWorkshop(doc: WorkshopDoc, ctx: EditContext): AnyRecord[] {
  return [{ ...doc.workshop, deletedAt: ctx.now() }]
}

export function restoreWorkshop(doc: WorkshopDoc): AnyRecord[] {
  return [{ ...doc.workshop, deletedAt: null }]
}
