import { useEffect, useState } from 'react'
import type { TimerState } from '../../shared/timer/timerState'
import { useLanConnection } from '../lan/lanConnection'
import { consoleStorageKey, timerOfConsoleText } from './consoleTimerStorage'

function readLocal(workshopId: string): TimerState | null {
  try {
    return timerOfConsoleText(window.localStorage.getItem(consoleStorageKey(workshopId)))
  } catch {
    return null
  }
}

/**
 * The facilitator's timer state a table's banner follows, or null (then the banner follows the
 * timetable 時刻どおり with this device's clock):
 * 1. over the LAN, the state the facilitator's console publishes in the meta document
 *    (read-only for tables: docs/lan-sync.md);
 * 2. else the console of this browser profile (the facilitator's own laptop), followed through
 *    the storage event.
 */
export function useBannerTimer(workshopId: string): TimerState | null {
  const lanTimer = useLanConnection((s) => (s.join?.workshopId === workshopId ? s.timer : null))
  const [local, setLocal] = useState(() => readLocal(workshopId))
  useEffect(() => {
    setLocal(readLocal(workshopId))
    const key = consoleStorageKey(workshopId)
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) setLocal(readLocal(workshopId))
    }
    window.addEventListener('storage', onStorage)
    return () => {
      window.removeEventListener('storage', onStorage)
    }
  }, [workshopId])
  return lanTimer ?? local
}
