import { timetablePosition } from '../../../shared/backups/timetablePosition'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import type { TimerState } from '../../../shared/timer/timerState'

export interface TransitionWatcherDeps {
  /** The workshop open in this window, or null. */
  getDoc: () => WorkshopDoc | null
  /** The facilitator timer of a workshop (the console's shared state; clock mode by default). */
  readTimer: (workshopId: string) => TimerState
  nowMs: () => number
  /** `position`: where the timetable went (timetablePosition: `row:<id>`, 'before', 'after'). */
  onTransition: (doc: WorkshopDoc, position: string) => void
}

/**
 * Tells when the open workshop's timetable moves on (テーマ1 → テーマ2, …), by the clock or by the
 * facilitator's timer. The first look at a workshop only notes where it stands: opening a
 * workshop is not a transition.
 */
export function createTransitionWatcher(deps: TransitionWatcherDeps): { check: () => void } {
  let workshopId: string | null = null
  let position: string | null = null
  return {
    check() {
      const doc = deps.getDoc()
      if (!doc) {
        workshopId = null
        position = null
        return
      }
      let now: string
      try {
        now = timetablePosition(
          deps.readTimer(doc.workshop.id),
          timerPlanFromDoc(doc),
          deps.nowMs(),
        )
      } catch (error) {
        console.error('TaneBoard: reading the timetable position failed', error)
        return
      }
      if (doc.workshop.id !== workshopId) {
        workshopId = doc.workshop.id
        position = now
        return
      }
      if (now === position) return
      position = now
      deps.onTransition(doc, now)
    },
  }
}
