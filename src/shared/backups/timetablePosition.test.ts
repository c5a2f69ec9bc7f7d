import { describe, expect, it } from 'vitest'
import { initialTimerState } from '../timer/timerState'
import { MIN, jst, simplePlan, TRIAL2_DATE } from '../testing/timerFixture'
import { skip, start } from '../timer/timerTransitions'
import { timetablePosition } from './timetablePosition'

describe('timetablePosition', () => {
  const plan = simplePlan([10, 40, 40]) // 13:00–13:10, 13:10–13:50, 13:50–14:30

  it('follows the clock: before, each row, after', () => {
    const clock = initialTimerState('clock')
    expect(timetablePosition(clock, plan, jst(TRIAL2_DATE, '12:59'))).toBe('before')
    expect(timetablePosition(clock, plan, jst(TRIAL2_DATE, '13:05'))).toBe('row:r1')
    expect(timetablePosition(clock, plan, jst(TRIAL2_DATE, '13:10'))).toBe('row:r2')
    expect(timetablePosition(clock, plan, jst(TRIAL2_DATE, '14:29'))).toBe('row:r3')
    expect(timetablePosition(clock, plan, jst(TRIAL2_DATE, '14:31'))).toBe('after')
  })

  it('follows the facilitator in manual mode (a skip is a transition)', () => {
    const t0 = jst(TRIAL2_DATE, '13:00')
    const manual = initialTimerState('manual')
    expect(timetablePosition(manual, plan, t0)).toBe('before')
    const running = start(manual, plan, t0)
    expect(timetablePosition(running, plan, t0 + MIN)).toBe('row:r1')
    const skipped = skip(running, plan, t0 + 2 * MIN)
    expect(timetablePosition(skipped, plan, t0 + 2 * MIN)).toBe('row:r2')
  })
})
