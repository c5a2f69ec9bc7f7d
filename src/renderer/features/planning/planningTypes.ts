import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Edit } from '../../stores/storeTypes'

/** What the 研修の企画 section gets from the setup screen (the same as every setup section). */
export interface PlanningEditing {
  doc: WorkshopDoc
  /** Applies an edit (one undo step); its undo entry, null when nothing changed. */
  apply: (edit: Edit) => number | null
  /** A notice whose 元に戻す undoes the edit `undoId`. */
  notifyUndoable: (message: string, undoId: number | null) => void
}
