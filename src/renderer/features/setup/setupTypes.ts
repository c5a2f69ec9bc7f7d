import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Edit } from '../../stores/storeTypes'

/** What every setup section gets: the open workshop, a way to edit it, and a way to tell. */
export interface SetupEditing {
  doc: WorkshopDoc
  /** Applies an edit (one undo step); its undo entry for `undoable`, null when nothing changed. */
  apply: (edit: Edit) => number | null
  /**
   * Shows `message` as a notice whose 元に戻す undoes the edit `undoId` (see apply), even after
   * other edits (WorkshopState.undoChange); without a button for null.
   */
  notifyUndoable: (message: string, undoId: number | null) => void
}
