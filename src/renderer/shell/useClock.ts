import { useEffect, useState } from 'react'

/**
 * The wall clock for display, refreshed every `intervalMs`. Only what is shown is refreshed: the
 * timer's logic is computed from timestamps (src/shared/timer), so a throttled or late interval
 * (a busy CPU, a laptop waking up) shows the right time at the next refresh.
 */
export function useClock(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => {
      setNow(Date.now())
    }, intervalMs)
    const wake = () => {
      setNow(Date.now())
    }
    document.addEventListener('visibilitychange', wake)
    return () => {
      window.clearInterval(id)
      document.removeEventListener('visibilitychange', wake)
    }
  }, [intervalMs])
  return now
}
