import { useEffect } from 'react'
import { initialTimerState } from '../../../shared/timer/timerState'
import { useAppServices } from '../../session/appServices'
import { consoleStorageKey, parseConsoleData } from './consoleState'
import { createTransitionWatcher } from './transitionWatcher'

/** How often the open workshop's timetable position is looked at. */
export const TRANSITION_CHECK_MS = 5_000

/**
 * Takes a backup of the open workshop whenever its timetable moves on. Mounted once by the app's
 * editing windows (never by a projector window, which would only duplicate the backups).
 */
export function useTransitionBackups(): void {
  const services = useAppServices()
  useEffect(() => {
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
  }, [services])
}
