import { useAppServices } from '../../session/appServices'
import type { Edit } from '../../stores/storeTypes'

/** Applies an edit to the open workshop through its one commit (undoable, persisted at once). */
export function useApplyEdit(): (edit: Edit) => void {
  const services = useAppServices()
  return (edit) => {
    services.workshop.getState().apply(edit)
  }
}
