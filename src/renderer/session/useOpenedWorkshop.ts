import { useEffect, useRef } from 'react'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { WorkshopState } from '../stores/storeTypes'
import { useAppServices, useWorkshopStore } from './appServices'

/**
 * Opens a workshop in the workshop store while the screen that calls it is shown, and closes it
 * when the screen is left. Returns the store's status and the doc once it is this workshop's
 * (null while another one, or none, is open).
 *
 * With `same`, a new doc for which `same(shown, next)` holds is not passed on: the screen keeps
 * the doc it has and is not rendered again (the console, whose frame needs the timetable and the
 * groups, not every table's note: fifteen tables write at once).
 */
export function useOpenedWorkshop(
  workshopId: string,
  same?: (shown: WorkshopDoc, next: WorkshopDoc) => boolean,
): {
  status: WorkshopState['status']
  doc: WorkshopDoc | null
} {
  const services = useAppServices()
  const status = useWorkshopStore((s) => s.status)
  const doc = useWorkshopDoc(workshopId, same)
  useEffect(() => {
    const store = services.workshop
    void store.getState().open(workshopId)
    return () => {
      void store.getState().close()
    }
  }, [services, workshopId])
  return { status, doc }
}

/**
 * The workshop store's doc while it is this workshop's (else null); with `same`, a new doc for
 * which `same(shown, next)` holds is not passed on (the caller keeps the doc it has).
 */
export function useWorkshopDoc(
  workshopId: string,
  same?: (shown: WorkshopDoc, next: WorkshopDoc) => boolean,
): WorkshopDoc | null {
  const shown = useRef<WorkshopDoc | null>(null)
  return useWorkshopStore((s) => {
    const next = s.doc?.workshop.id === workshopId ? s.doc : null
    const last = shown.current
    // The same answer for the same state (a selector may run more than once).
    if (next && last && same?.(last, next)) return last
    shown.current = next
    return next
  })
}
