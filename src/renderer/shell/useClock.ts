import { useEffect, useState } from 'react'

/**
 * The wall clock for display, refreshed every `intervalMs`. Only what is shown is refreshed: the
 * timer's logic is computed from timestamps (src/shared/timer), so a throttled or late interval
 * (a busy CPU, a laptop waking up) shows the right time at the next refresh.
 *
 * Every clock of the same interval shares one timer (onClockTick): グループ一覧's fifteen
 * connection lines, the timer and the projector refresh in one task and one render each tick,
 * not fifteen.
 */
export function useClock(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => onClockTick(intervalMs, setNow), [intervalMs])
  return now
}

interface Ticks {
  listeners: Set<(now: number) => void>
  stop: () => void
}

const ticks = new Map<number, Ticks>()

/**
 * Calls `listener` with the time on every tick of the `intervalMs` clock and when the page is
 * shown again; one interval per `intervalMs` for all listeners. Returns the unsubscribe.
 */
export function onClockTick(intervalMs: number, listener: (now: number) => void): () => void {
  let clock = ticks.get(intervalMs)
  if (!clock) {
    const listeners = new Set<(now: number) => void>()
    const tell = () => {
      const now = Date.now()
      for (const each of [...listeners]) each(now)
    }
    const id = window.setInterval(tell, intervalMs)
    document.addEventListener('visibilitychange', tell)
    clock = {
      listeners,
      stop: () => {
        window.clearInterval(id)
        document.removeEventListener('visibilitychange', tell)
      },
    }
    ticks.set(intervalMs, clock)
  }
  const own = clock
  own.listeners.add(listener)
  return () => {
    own.listeners.delete(listener)
    if (own.listeners.size === 0 && ticks.get(intervalMs) === own) {
      own.stop()
      ticks.delete(intervalMs)
    }
  }
}
