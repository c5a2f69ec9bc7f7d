import { useEffect } from 'react'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopState } from '../stores/storeTypes'
import { useAppServices, useWorkshopStore } from './appServices'

/**
 * Opens a workshop in the workshop store while the screen that calls it is shown, and closes it
 * when the screen is left. Returns the store's status and the doc once it is this workshop's
 * (null while another one, or none, is open).
 */
export function useOpenedWorkshop(workshopId: string): {
  status: WorkshopState['status']
  doc: WorkshopDoc | null
} {
  const services = useAppServices()
  const status = useWorkshopStore((s) => s.status)
  const doc = useWorkshopStore((s) => (s.doc?.workshop.id === workshopId ? s.doc : null))
  useEffect(() => {
    const store = services.workshop
    void store.getState().open(workshopId)
    return () => {
      void store.getState().close()
    }
  }, [services, workshopId])
  return { status, doc }
}
