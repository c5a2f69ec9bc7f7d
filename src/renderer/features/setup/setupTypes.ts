import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Edit, Notice } from '../../stores/storeTypes'

/** What every setup section gets: the open workshop, a way to edit it, and a way to tell. */
export interface SetupEditing {
  doc: WorkshopDoc
  apply: (edit: Edit) => void
  notify: (notice: Omit<Notice, 'id'>) => void
}
