import { useEffect, useMemo, useRef } from 'react'
import { cafePlanOf } from '../../../shared/cafe/cafePlan'
import { CAFE_TIMER_START, cafeSignals } from '../../../shared/cafe/cafeTimer'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { ChimeFn } from './chime'
import { useConsole, type ConsoleStore } from './consoleStore'
import { plenaryTotalMinutes } from './plenarySlides'
import { useNow } from './useNow'

/**
 * The ワールドカフェ's chime at the end of each round (once, never replayed after a reload or a
 * sleep), with the timetable timer's chime and mute. Only the console runs it, on every tab.
 */
export function CafeChimes(props: { doc: WorkshopDoc; store: ConsoleStore; chime: ChimeFn }) {
  const { doc, store, chime } = props
  const now = useNow(250)
  const state = useConsole(store, (s) => s.data.cafe) ?? CAFE_TIMER_START
  const muted = useConsole(store, (s) => s.data.muted)
  const plan = useMemo(() => cafePlanOf(doc, plenaryTotalMinutes(doc)), [doc])
  const previous = useRef<number | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = now
    const signal = cafeSignals(state, plan, before, now).at(-1)
    if (signal && !muted) chime(signal.kind)
  }, [state, plan, muted, now, chime])
  return null
}
