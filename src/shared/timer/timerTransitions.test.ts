import { describe, expect, it } from 'vitest'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { formatDeltaJa } from './timerFormat'
import {
  fakeClock,
  jst,
  MIN,
  rowId,
  SEC,
  simplePlan,
  templatePlan,
  TRIAL2_DATE,
} from '../testing/timerFixture'
import type { TimerPlan } from './timerPlan'
import { initialTimerState, timerStateSchema, type TimerState } from './timerState'
import {
  addMinutes,
  back,
  goTo,
  pause,
  reset,
  resume,
  setMode,
  skip,
  start,
} from './timerTransitions'
import { timerView } from './timerView'

/** 13:00 start, rows of 10, 20 and 30 minutes: planned end 14:00. */
const plan = simplePlan([10, 20, 30])
const at = (hhmm: string, s = 0) => jst(TRIAL2_DATE, hhmm, s)
const manual = initialTimerState('manual')

/** Every state a transition produces must be storable. */
function valid(state: TimerState): TimerState {
  expect(timerStateSchema.safeParse(state).error).toBeUndefined()
  return state
}

function started(p: TimerPlan = plan, nowMs = at('13:00')): TimerState {
  return valid(start(manual, p, nowMs))
}

describe('manual mode transitions', () => {
  it('idle: before the day, the plan is the projection; start runs the first row', () => {
    const idle = timerView(manual, plan, at('12:50'))
    expect(idle).toMatchObject({
      phase: 'before',
      current: null,
      projectedEnd: '14:00',
      deltaMs: 0,
    })
    expect(idle.next).toMatchObject({ id: 'r1', start: '13:00' })
    const s = started()
    expect(s).toMatchObject({ status: 'running', currentRowId: 'r1' })
    const view = timerView(s, plan, at('13:03'))
    expect(view.current).toMatchObject({ id: 'r1', elapsedMs: 3 * MIN, remainingMs: 7 * MIN })
    expect(view.next).toMatchObject({ id: 'r2', start: '13:10' })
  })

  it('starting late shifts the whole day', () => {
    const s = started(plan, at('13:04'))
    const view = timerView(s, plan, at('13:04'))
    expect(view.projectedEnd).toBe('14:04')
    expect(view.deltaMs).toBe(4 * MIN)
    expect(formatDeltaJa(view.deltaMs)).toBe('予定より4分遅れ')
    expect(view.schedule.map((e) => e.start)).toEqual(['13:04', '13:14', '13:34'])
    expect(view.schedule.map((e) => e.shiftMs)).toEqual([4 * MIN, 4 * MIN, 4 * MIN])
  })

  it('pause freezes the row; the projected end slides while paused; resume continues', () => {
    const clock = fakeClock(at('13:00'))
    let s = started(plan, clock.now())
    clock.advance(2 * MIN)
    s = valid(pause(s, plan, clock.now()))
    expect(s.status).toBe('paused')
    clock.advance(3 * MIN)
    const paused = timerView(s, plan, clock.now())
    expect(paused).toMatchObject({ paused: true, projectedEnd: '14:03', deltaMs: 3 * MIN })
    expect(paused.current).toMatchObject({ elapsedMs: 2 * MIN, remainingMs: 8 * MIN })
    s = valid(resume(s, plan, clock.now()))
    clock.advance(MIN)
    expect(timerView(s, plan, clock.now()).current?.elapsedMs).toBe(3 * MIN)
    expect(pause(pause(s, plan, clock.now()), plan, clock.now())).toEqual(
      pause(s, plan, clock.now()),
    )
  })

  it('+1 / +5 lengthen the current row; later rows and the end shift by as much', () => {
    let s = started()
    s = valid(addMinutes(s, plan, at('13:02'), 1))
    s = valid(addMinutes(s, plan, at('13:02'), 5))
    const view = timerView(s, plan, at('13:02'))
    expect(view.current).toMatchObject({ extraMin: 6, allottedMs: 16 * MIN, remainingMs: 14 * MIN })
    expect(view.schedule.map((e) => e.start)).toEqual(['13:00', '13:16', '13:36'])
    expect(view).toMatchObject({ projectedEnd: '14:06', deltaMs: 6 * MIN })
    expect(formatDeltaJa(view.deltaMs)).toBe('予定より6分遅れ')
  })

  it('negative minutes shorten the row, but never below zero minutes', () => {
    let s = started()
    s = addMinutes(s, plan, at('13:01'), -3)
    expect(timerView(s, plan, at('13:01')).current?.remainingMs).toBe(6 * MIN)
    s = valid(addMinutes(s, plan, at('13:01'), -60))
    const view = timerView(s, plan, at('13:01'))
    expect(view.current).toMatchObject({ extraMin: -10, allottedMs: 0, remainingMs: -MIN })
    expect(addMinutes(s, plan, at('13:01'), Number.NaN)).toEqual(s)
  })

  it('overtime: remaining goes negative and every later row moves with it', () => {
    const s = started()
    const view = timerView(s, plan, at('13:13'))
    expect(view.current).toMatchObject({ id: 'r1', remainingMs: -3 * MIN, overtime: true })
    expect(view.next).toMatchObject({ id: 'r2', start: '13:13', untilMs: 0 })
    expect(view.deltaMs).toBe(3 * MIN)
    expect(timerView(s, plan, at('13:14')).deltaMs).toBe(4 * MIN)
  })

  it('skip (次へ) ends the row now: finishing early puts the day ahead', () => {
    let s = started()
    s = valid(skip(s, plan, at('13:07')))
    const view = timerView(s, plan, at('13:07'))
    expect(view.current).toMatchObject({ id: 'r2', elapsedMs: 0, remainingMs: 20 * MIN })
    expect(view.schedule.map((e) => [e.state, e.start])).toEqual([
      ['done', '13:00'],
      ['current', '13:07'],
      ['upcoming', '13:27'],
    ])
    expect(view).toMatchObject({ projectedEnd: '13:57', deltaMs: -3 * MIN })
    expect(formatDeltaJa(view.deltaMs)).toBe('予定より3分早く進行')
  })

  it('back (戻る) resumes the previous row where it was left', () => {
    let s = started()
    s = skip(s, plan, at('13:07'))
    s = valid(back(s, plan, at('13:07', 30)))
    const view = timerView(s, plan, at('13:08'))
    expect(view.current).toMatchObject({
      id: 'r1',
      elapsedMs: 7 * MIN + 30 * SEC,
      startedAtMs: at('13:00'),
    })
    // The 30 s spent on r2 are banked there, so its remaining time in the projection is shorter.
    expect(view.schedule[2]?.start).toBe('13:30')
    expect(back(s, plan, at('13:09'))).toMatchObject({ currentRowId: 'r1' })
  })

  it('skip and back keep a paused timer paused', () => {
    let s = pause(started(), plan, at('13:05'))
    s = skip(s, plan, at('13:06'))
    expect(s).toMatchObject({ status: 'paused', currentRowId: 'r2' })
    expect(timerView(s, plan, at('13:20')).current?.elapsedMs).toBe(0)
    s = back(s, plan, at('13:21'))
    expect(s).toMatchObject({ status: 'paused', currentRowId: 'r1' })
    expect(timerView(s, plan, at('13:30')).current?.elapsedMs).toBe(5 * MIN)
  })

  it('skipping past the last row finishes the day; back returns to it', () => {
    let s = started()
    s = skip(s, plan, at('13:10'))
    s = skip(s, plan, at('13:30'))
    s = valid(skip(s, plan, at('14:05')))
    const view = timerView(s, plan, at('14:30'))
    expect(view).toMatchObject({ phase: 'after', current: null, next: null })
    expect(view).toMatchObject({ projectedEnd: '14:05', deltaMs: 5 * MIN })
    expect(skip(s, plan, at('14:31'))).toEqual(s)
    s = valid(back(s, plan, at('14:31')))
    expect(timerView(s, plan, at('14:31')).current).toMatchObject({ id: 'r3', elapsedMs: 35 * MIN })
  })

  it('goTo jumps (from idle too) and marks rows jumped over as skipped', () => {
    let s = valid(goTo(manual, plan, at('13:00'), 'r3'))
    const view = timerView(s, plan, at('13:01'))
    expect(view.current).toMatchObject({ id: 'r3', remainingMs: 29 * MIN })
    expect(view.schedule.map((e) => e.state)).toEqual(['skipped', 'skipped', 'current'])
    expect(view.projectedEnd).toBe('13:30')
    s = valid(goTo(s, plan, at('13:02'), 'r1'))
    expect(timerView(s, plan, at('13:02')).schedule.map((e) => e.state)).toEqual([
      'current',
      'upcoming',
      'upcoming',
    ])
    expect(goTo(s, plan, at('13:02'), 'nope')).toEqual(s)
  })

  it('idle: skip, back and ±minutes do nothing; an empty timetable cannot start', () => {
    expect(skip(manual, plan, at('13:00'))).toEqual(manual)
    expect(back(manual, plan, at('13:00'))).toEqual(manual)
    expect(addMinutes(manual, plan, at('13:00'), 5)).toEqual(manual)
    expect(start(manual, simplePlan([]), at('13:00'))).toEqual(manual)
  })

  it('reset returns to the start of the day in the same mode', () => {
    expect(reset(skip(started(), plan, at('13:05')))).toEqual(manual)
    expect(reset(initialTimerState('clock'))).toEqual(initialTimerState('clock'))
  })

  it('transitions never mutate their input', () => {
    const s = started()
    const frozen = JSON.stringify(s)
    addMinutes(s, plan, at('13:01'), 5)
    skip(s, plan, at('13:02'))
    goTo(s, plan, at('13:03'), 'r3')
    pause(s, plan, at('13:04'))
    expect(JSON.stringify(s)).toBe(frozen)
  })
})

describe('switching modes (試行②)', () => {
  const trial2 = templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE)
  const theme2 = rowId(trial2, 6)

  it('clock → manual takes over at the row the clock is in, with its elapsed time', () => {
    const s = valid(setMode(initialTimerState('clock'), trial2, at('14:50'), 'manual'))
    expect(s).toMatchObject({ mode: 'manual', status: 'running', currentRowId: theme2 })
    const view = timerView(s, trial2, at('14:50'))
    expect(view.current).toMatchObject({
      cardKey: 'theme2',
      elapsedMs: 10 * MIN,
      remainingMs: 30 * MIN,
    })
    expect(view).toMatchObject({ projectedEnd: '17:00', deltaMs: 0 })
    expect(view.schedule[6]?.start).toBe('14:40')
  })

  it('pressing +5 in clock mode takes over and extends the row', () => {
    const s = valid(addMinutes(initialTimerState('clock'), trial2, at('15:10'), 5))
    const view = timerView(s, trial2, at('15:10'))
    expect(view.mode).toBe('manual')
    expect(view.current).toMatchObject({ cardKey: 'theme2', remainingMs: 15 * MIN })
    expect(view.next).toMatchObject({ cardKey: 'theme3', start: '15:25' })
    expect(view).toMatchObject({ projectedEnd: '17:05', deltaMs: 5 * MIN })
  })

  it('taking over before or after the day gives idle or finished', () => {
    const clock = initialTimerState('clock')
    expect(setMode(clock, trial2, at('12:00'), 'manual')).toEqual(manual)
    const after = setMode(clock, trial2, at('17:30'), 'manual')
    expect(after).toMatchObject({ status: 'finished', finishedAtMs: at('17:00') })
  })

  it('manual → clock drops the manual run; the view follows the clock again', () => {
    const s = addMinutes(started(trial2, at('12:30')), trial2, at('12:31'), 5)
    const clock = valid(setMode(s, trial2, at('12:40'), 'clock'))
    expect(clock).toEqual(initialTimerState('clock'))
    expect(timerView(clock, trial2, at('14:40')).current?.cardKey).toBe('theme2')
    expect(setMode(clock, trial2, at('14:40'), 'clock')).toBe(clock)
  })
})

describe('a half day run by hand (試行②)', () => {
  const trial2 = templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE)
  const orientation = rowId(trial2, 4)

  it('starting at the orientation 2 minutes late, then +5 in テーマ1, moves 全体共有 and the end', () => {
    let s = valid(goTo(initialTimerState('manual'), trial2, at('13:47'), orientation))
    s = skip(s, trial2, at('14:02'))
    s = valid(addMinutes(s, trial2, at('14:30'), 5))
    const view = timerView(s, trial2, at('14:30'))
    expect(view.current).toMatchObject({ cardKey: 'theme1', remainingMs: 17 * MIN })
    expect(view.next).toMatchObject({ cardKey: 'theme2', start: '14:47' })
    const plenary = view.schedule.find((e) => trial2.rows[e.index]?.kind === 'plenary')
    expect(plenary).toMatchObject({ plannedStart: '16:00', start: '16:07', shiftMs: 7 * MIN })
    expect(view).toMatchObject({ plannedEnd: '17:00', projectedEnd: '17:07' })
    expect(formatDeltaJa(view.deltaMs)).toBe('予定より7分遅れ')
    expect(view.schedule.slice(0, 4).every((e) => e.state === 'skipped')).toBe(true)
  })

  it('a current row deleted from the timetable does not break the view; 次へ recovers', () => {
    const s = goTo(initialTimerState('manual'), trial2, at('13:47'), orientation)
    const without = { ...trial2, rows: trial2.rows.filter((r) => r.id !== orientation) }
    const view = timerView(s, without, at('13:50'))
    expect(view).toMatchObject({ phase: 'before', current: null })
    expect(view.schedule).toHaveLength(without.rows.length)
    expect(skip(s, without, at('13:50')).currentRowId).toBe(rowId(without, 0))
  })
})
