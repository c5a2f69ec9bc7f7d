import type { TimerPlan } from '../timer/timerPlan'
import type { TimerState } from '../timer/timerState'
import { timerView } from '../timer/timerView'

/**
 * Where the day's timetable stands, as a key that changes exactly when the timer moves on:
 * 'before', a row's id (the row under way), or 'after'. The automatic backups take one at each
 * change of this key (a timetable transition), in clock mode and in manual mode alike.
 */
export function timetablePosition(timer: TimerState, plan: TimerPlan, nowMs: number): string {
  const view = timerView(timer, plan, nowMs)
  if (view.current) return `row:${view.current.id}`
  return view.phase === 'after' ? 'after' : 'before'
}
