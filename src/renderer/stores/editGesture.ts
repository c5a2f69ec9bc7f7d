import type { StoreApi } from 'zustand/vanilla'
import type { Edit, WorkshopState } from './storeTypes'

/**
 * One user gesture that may apply several edits (a keyboard move: pick up, → → →, put down; a
 * pointer drag): every edit it applies joins one history entry, so one Ctrl+Z takes the whole
 * gesture back, and a notice about it undoes all of it.
 */
export interface EditGesture {
  /** Applies an edit as part of the gesture; true when it changed the workshop. */
  apply(edit: Edit): boolean
  /** The gesture's undo entry (null until an edit of it changed something). */
  readonly undoId: number | null
}

export function startEditGesture(workshop: StoreApi<Pick<WorkshopState, 'apply'>>): EditGesture {
  let undoId: number | null = null
  return {
    apply(edit) {
      const id = workshop.getState().apply(edit, { join: undoId })
      if (id === null) return false
      undoId = id
      return true
    },
    get undoId() {
      return undoId
    },
  }
}
