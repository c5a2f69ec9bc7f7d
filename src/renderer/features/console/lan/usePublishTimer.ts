import { useEffect } from 'react'
import { publishLanTimer, useLanConnection } from '../../../lan/lanConnection'
import { useConsole, type ConsoleStore } from '../consoleStore'

/**
 * While the console's LAN session runs, its timer goes into the session's meta document, so the
 * tables' time banners follow the facilitator's manual changes (+5分, 一時停止, 次の行へ). Sent on
 * every change of the timer state and when the connection starts (the state is timestamps: the
 * tables compute the time left with their own clocks, nothing ticks over the network).
 */
export function usePublishTimer(workshopId: string, store: ConsoleStore): void {
  const timer = useConsole(store, (s) => s.data.timer)
  const connected = useLanConnection(
    (s) => s.join?.workshopId === workshopId && s.join.role === 'facilitator' && s.status !== null,
  )
  useEffect(() => {
    if (connected) publishLanTimer(workshopId, timer)
  }, [connected, timer, workshopId])
}
