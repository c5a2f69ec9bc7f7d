import type { TimerPlan } from '../../../shared/timer/timerPlan'
import type { TimerState } from '../../../shared/timer/timerState'
import { timerView } from '../../../shared/timer/timerView'
import type { Messages } from '../../i18n/messages.ja'
import { deltaMinutes } from './timerDisplay'

/**
 * After 次の行へ: 「14:12 次の行へ進めました（予定より9分早く進行）」, when it happened and where
 * the day stands now, so the day's delta never changes without a word.
 */
export function skipNote(timer: TimerState, plan: TimerPlan, nowMs: number, t: Messages): string {
  const view = timerView(timer, plan, nowMs)
  const at = view.schedule.find((entry) => entry.state === 'current')?.start
  return view.phase === 'after'
    ? t.timerSkippedToEnd
    : t.timerSkipped(at ?? '', deltaMinutes(view.deltaMs))
}
