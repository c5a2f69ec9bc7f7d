import { describe, expect, it } from 'vitest'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { mulberry32 } from './seededRandom'
import {
  HOUR,
  jst,
  MIN,
  rowId,
  SEC,
  simplePlan,
  templatePlan,
  TRIAL2_DATE,
} from '../testing/timerFixture'
import type { TimerPlan } from './timerPlan'
import { dueSignals, visualCue, type TimerSignal } from './timerSignals'
import { initialTimerState, type TimerState } from './timerState'
import { addMinutes, pause, skip, start } from './timerTransitions'

const at = (hhmm: string, s = 0) => jst(TRIAL2_DATE, hhmm, s)
const WARNINGS = [5, 1]

/** Evaluates like a UI loop: each call's nowMs is the next call's previousNowMs. */
function collect(
  state: TimerState,
  plan: TimerPlan,
  fromMs: number,
  toMs: number,
  step: () => number,
): { signal: TimerSignal; atMs: number }[] {
  const out: { signal: TimerSignal; atMs: number }[] = []
  let previous = fromMs
  while (previous < toMs) {
    const now = previous + step()
    for (const signal of dueSignals(state, plan, WARNINGS, previous, now))
      out.push({ signal, atMs: now })
    previous = now
  }
  return out
}

describe('dueSignals', () => {
  const plan = simplePlan([40, 40])
  const s = start(initialTimerState('manual'), plan, at('13:00'))

  it('fires 5 min, 1 min and the end exactly once each, at the crossing', () => {
    const fired = collect(s, plan, at('13:00'), at('13:45'), () => 250)
    expect(fired.map((f) => f.signal.key)).toEqual(['r1:5', 'r1:1', 'r1:0'])
    expect(fired.map((f) => f.signal.kind)).toEqual(['warning', 'warning', 'end'])
    expect(fired.map((f) => f.atMs)).toEqual([at('13:35'), at('13:39'), at('13:40')])
  })

  it('irregular intervals (16 ms to 5 s) still fire each threshold once, within the interval', () => {
    const random = mulberry32(99)
    const fired = collect(s, plan, at('13:00'), at('13:45'), () => 16 + Math.floor(random() * 4984))
    expect(fired.map((f) => f.signal.key)).toEqual(['r1:5', 'r1:1', 'r1:0'])
    const due = [at('13:35'), at('13:39'), at('13:40')]
    fired.forEach((f, i) => {
      expect(f.atMs).toBeGreaterThanOrEqual(due[i] ?? 0)
      expect(f.atMs).toBeLessThan((due[i] ?? 0) + 5 * SEC)
    })
  })

  it('a reload (no previous evaluation) or a long gap (sleep) does not replay a burst', () => {
    expect(dueSignals(s, plan, WARNINGS, null, at('13:39', 30))).toEqual([])
    expect(dueSignals(s, plan, WARNINGS, at('13:30'), at('13:30') + 2 * HOUR)).toEqual([])
    expect(dueSignals(s, plan, WARNINGS, at('13:34', 50), at('13:35', 1))).toEqual([])
    expect(dueSignals(s, plan, WARNINGS, at('13:34', 55), at('13:35', 1))).toHaveLength(1)
  })

  it('a backwards clock jump fires nothing, and crossing again later fires once more', () => {
    expect(dueSignals(s, plan, WARNINGS, at('13:36'), at('13:34'))).toEqual([])
    expect(dueSignals(s, plan, WARNINGS, at('13:34', 59), at('13:35'))).toHaveLength(1)
  })

  it('while paused nothing crosses; +5 after a warning re-arms it; skip never chimes', () => {
    const paused = pause(s, plan, at('13:34', 30))
    expect(collect(paused, plan, at('13:34', 30), at('13:50'), () => 1000)).toEqual([])
    // The 5-minute warning fired at 13:35; +5 at 13:36 moves the end to 13:45, so it fires again.
    let state = addMinutes(s, plan, at('13:36'), 5)
    const fired = collect(state, plan, at('13:36'), at('13:46'), () => 1000)
    expect(fired.map((f) => [f.signal.key, f.atMs])).toEqual([
      ['r1:5', at('13:40')],
      ['r1:1', at('13:44')],
      ['r1:0', at('13:45')],
    ])
    state = skip(state, plan, at('13:44'))
    expect(collect(state, plan, at('13:44'), at('13:50'), () => 500)).toEqual([])
  })

  it('overtime: the end fires once, then nothing while the row runs over', () => {
    const fired = collect(s, plan, at('13:39', 50), at('13:55'), () => 1000)
    expect(fired.map((f) => f.signal.key)).toEqual(['r1:0'])
  })

  it('a row no longer than a warning does not fire it (開会・挨拶 is 5 minutes)', () => {
    const trial2 = templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE)
    const clock = initialTimerState('clock')
    const fired = collect(clock, trial2, at('13:00'), at('13:05', 1), () => 1000)
    expect(fired.map((f) => f.signal.key)).toEqual([
      `${rowId(trial2, 1)}:1`,
      `${rowId(trial2, 1)}:0`,
    ])
  })

  it('clock mode: the end of テーマ1 fires even though the clock is already in テーマ2', () => {
    const trial2 = templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE)
    const fired = dueSignals(
      initialTimerState('clock'),
      trial2,
      WARNINGS,
      at('14:39', 59),
      at('14:40', 1),
    )
    expect(fired).toEqual([
      { kind: 'end', subjectId: rowId(trial2, 5), minutes: 0, key: `${rowId(trial2, 5)}:0` },
    ])
  })

  it('ignores invalid or duplicated warning minutes', () => {
    const fired = dueSignals(s, plan, [5, 5, 0, -1, Number.NaN], at('13:34', 59), at('13:35'))
    expect(fired.map((f) => f.key)).toEqual(['r1:5'])
  })
})

describe('visualCue (level-triggered, right after a reload)', () => {
  const row = { allottedMs: 40 * MIN }
  it('normal, then the warning reached, then end', () => {
    expect(visualCue({ ...row, remainingMs: 20 * MIN }, WARNINGS)).toEqual({ level: 'normal' })
    expect(visualCue({ ...row, remainingMs: 5 * MIN }, WARNINGS)).toEqual({
      level: 'warning',
      minutes: 5,
    })
    expect(visualCue({ ...row, remainingMs: 30 * SEC }, WARNINGS)).toEqual({
      level: 'warning',
      minutes: 1,
    })
    expect(visualCue({ ...row, remainingMs: 0 }, WARNINGS)).toEqual({ level: 'end' })
    expect(visualCue({ ...row, remainingMs: -3 * MIN })).toEqual({ level: 'end' })
  })

  it('a short row does not start in warning', () => {
    expect(visualCue({ allottedMs: 5 * MIN, remainingMs: 5 * MIN }, WARNINGS)).toEqual({
      level: 'normal',
    })
    expect(visualCue({ allottedMs: 5 * MIN, remainingMs: 50 * SEC }, WARNINGS)).toEqual({
      level: 'warning',
      minutes: 1,
    })
  })
})
