import { describe, expect, it } from 'vitest'
import { FULL_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { mulberry32 } from './seededRandom'
import {
  fakeClock,
  HOUR,
  jst,
  MIN,
  rowId,
  SEC,
  simplePlan,
  templatePlan,
  TRIAL1_DATE,
  TRIAL2_DATE,
} from '../testing/timerFixture'
import { initialTimerState, timerStateSchema, type TimerState } from './timerState'
import { addMinutes, pause, resume, resync, skip, start } from './timerTransitions'
import { timerView } from './timerView'

const plan = simplePlan([40, 40, 40])
const at = (hhmm: string, s = 0) => jst(TRIAL2_DATE, hhmm, s)
const running = () => start(initialTimerState('manual'), plan, at('13:00'))

/** What a reload does: the stored JSON, parsed and validated, nothing else. */
function reload(state: TimerState): TimerState {
  return timerStateSchema.parse(JSON.parse(JSON.stringify(state)))
}

describe('reload', () => {
  it('a reload mid-row gives identical views at every later instant', () => {
    let s = addMinutes(running(), plan, at('13:10'), 5)
    s = skip(s, plan, at('13:20'))
    s = pause(s, plan, at('13:25'))
    s = resume(s, plan, at('13:26'))
    const restored = reload(s)
    for (const t of [at('13:26'), at('13:27', 13), at('14:10'), at('15:00')]) {
      expect(timerView(restored, plan, t)).toEqual(timerView(s, plan, t))
    }
  })

  it('the same holds in clock mode, with a real timetable', () => {
    const trial1 = templatePlan(FULL_DAY_TEMPLATE, TRIAL1_DATE)
    const s = initialTimerState('clock')
    const t = jst(TRIAL1_DATE, '14:40')
    expect(timerView(reload(s), trial1, t)).toEqual(timerView(s, trial1, t))
  })

  it('a stored state that is not a timer state is rejected', () => {
    const bad = { ...running(), status: 'ticking' }
    expect(timerStateSchema.safeParse(bad).success).toBe(false)
    expect(timerStateSchema.safeParse({ ...running(), extra: 1 }).success).toBe(false)
  })
})

describe('sleep and clock jumps', () => {
  it('a 2-hour sleep while running: the time passed in the room counts (overtime)', () => {
    const clock = fakeClock(at('13:00'))
    const s = running()
    clock.advance(10 * MIN)
    expect(timerView(s, plan, clock.now()).current?.remainingMs).toBe(30 * MIN)
    clock.advance(2 * HOUR)
    const view = timerView(s, plan, clock.now())
    expect(view.current).toMatchObject({ id: 'r1', elapsedMs: 130 * MIN, remainingMs: -90 * MIN })
    expect(view.projectedEnd).toBe('16:30')
    expect(view.deltaMs).toBe(90 * MIN)
  })

  it('a 2-hour sleep while paused changes nothing but the projected end', () => {
    const s = pause(running(), plan, at('13:10'))
    const view = timerView(s, plan, at('15:10'))
    expect(view.current).toMatchObject({ elapsedMs: 10 * MIN, remainingMs: 30 * MIN })
    // 15:10 + the 30 minutes left + two rows of 40.
    expect(view.projectedEnd).toBe('17:00')
  })

  it('clock mode after a sleep simply shows the row of the new time', () => {
    const s = initialTimerState('clock')
    expect(timerView(s, plan, at('13:10')).current?.id).toBe('r1')
    expect(timerView(s, plan, at('15:10')).phase).toBe('after')
  })

  it('a backwards jump never gives negative elapsed time and never throws', () => {
    let s = pause(running(), plan, at('13:05'))
    s = resume(s, plan, at('13:10'))
    // The clock is set back by an hour: elapsed holds at what was banked (5 min), not -55 min.
    const jumped = at('12:10')
    const view = timerView(s, plan, jumped)
    expect(view.current).toMatchObject({ elapsedMs: 5 * MIN, remainingMs: 35 * MIN })
    expect(view.clockWentBack).toBe(true)
    expect(view.schedule.every((e) => Number.isFinite(e.startMs))).toBe(true)
    // Even before the day start and before epoch-ish instants nothing breaks.
    expect(timerView(s, plan, 0).current?.elapsedMs).toBe(5 * MIN)
  })

  it('after a backwards jump, resync (or any control) makes time count again from there', () => {
    const s = resume(pause(running(), plan, at('13:05')), plan, at('13:10'))
    const jumped = at('12:10')
    const synced = resync(s, jumped)
    expect(timerView(synced, plan, jumped).clockWentBack).toBe(false)
    expect(timerView(synced, plan, jumped + MIN).current?.elapsedMs).toBe(6 * MIN)
    const paused = pause(s, plan, jumped + MIN)
    expect(timerView(paused, plan, jumped + 2 * MIN).current?.elapsedMs).toBe(5 * MIN)
    expect(resync(initialTimerState('clock'), jumped)).toEqual(initialTimerState('clock'))
  })
})

describe('drift', () => {
  it('one hour of irregular evaluations (16 ms to 5 s, a busy CPU) shows the exact time', () => {
    const long = simplePlan([90])
    const random = mulberry32(2024)
    const clock = fakeClock(at('13:00'))
    const s = start(initialTimerState('manual'), long, clock.now())
    let worst = 0
    let evaluations = 0
    // What a tick-counting timer would show if each tick counted as one nominal 1 s.
    let tickCounted = 0
    while (clock.now() < at('14:00')) {
      clock.advance(16 + Math.floor(random() * (5 * SEC - 16)))
      tickCounted += SEC
      evaluations++
      const shown = timerView(s, long, clock.now()).current?.remainingMs ?? Number.NaN
      const exact = 90 * MIN - (clock.now() - at('13:00'))
      worst = Math.max(worst, Math.abs(shown - exact))
    }
    expect(evaluations).toBeGreaterThan(1000)
    expect(worst).toBeLessThanOrEqual(100)
    expect(worst).toBe(0)
    // For contrast: counting ticks is off by many minutes after such an hour.
    expect(Math.abs(tickCounted - (clock.now() - at('13:00')))).toBeGreaterThan(10 * MIN)
  })

  it('the clock-mode view of a real timetable is exact at any irregular instant', () => {
    const trial1 = templatePlan(FULL_DAY_TEMPLATE, TRIAL1_DATE)
    const theme3 = rowId(trial1, 10)
    const random = mulberry32(7)
    const s = initialTimerState('clock')
    let t = jst(TRIAL1_DATE, '14:35')
    while (t < jst(TRIAL1_DATE, '15:15')) {
      const view = timerView(s, trial1, t)
      expect(view.current?.id).toBe(theme3)
      expect(view.current?.remainingMs).toBe(jst(TRIAL1_DATE, '15:15') - t)
      t += 16 + Math.floor(random() * 5000)
    }
  })
})
