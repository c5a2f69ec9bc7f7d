import { initialTimerState } from '../../../shared/timer/timerState'
import type { AppServices } from '../../session/appServices'
import { consoleStorageKey, parseConsoleData } from './consoleState'
import { createTransitionWatcher } from './transitionWatcher'

/** How often the open workshop's timetable position is looked at. */
export const TRANSITION_CHECK_MS = 5_000

/**
 * Looks at the open workshop's timetable position now and every TRANSITION_CHECK_MS, and takes a
 * backup whenever it moves on. Returns the stop function.
 */
export function startTransitionBackups(
  services: Pick<AppServices, 'workshop' | 'backupScheduler'>,
): () => void {
  const watcher = createTransitionWatcher({
    getDoc: () => services.workshop.getState().doc,
    readTimer: (workshopId) => {
      let text: string | null = null
      try {
        text = window.localStorage.getItem(consoleStorageKey(workshopId))
      } catch {
        // No storage: the clock drives the timetable.
      }
      return parseConsoleData(text)?.timer ?? initialTimerState('clock')
    },
    nowMs: () => Date.now(),
    onTransition: (doc, position) => {
      void services.backupScheduler.atTransition(doc, position)
    },
  })
  watcher.check()
  const timer = setInterval(watcher.check, TRANSITION_CHECK_MS)
  return () => {
    clearInterval(timer)
  }
}
