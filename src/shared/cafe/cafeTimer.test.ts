import { describe, expect, it } from 'vitest'
import {
  CAFE_TIMER_START,
  cafeNextRound,
  cafePause,
  cafePreviousRound,
  cafeSignals,
  cafeStart,
  cafeTimerView,
} from './cafeTimer'

const plan = { rounds: 3, roundMinutes: 15 }
const T0 = Date.UTC(2026, 11, 7, 6, 0)
const MIN = 60_000

describe('the ワールドカフェ round timer', () => {
  it('counts ラウンド n / N down, runs over at 0 and moves on by one step', () => {
    expect(cafeTimerView(CAFE_TIMER_START, plan, T0)).toMatchObject({
      phase: 'before',
      round: 1,
      rounds: 3,
      remainingMs: 15 * MIN,
    })
    let state = cafeStart(CAFE_TIMER_START, plan.rounds, T0)
    expect(cafeTimerView(state, plan, T0 + 5 * MIN)).toMatchObject({
      phase: 'during',
      round: 1,
      remainingMs: 10 * MIN,
      paused: false,
    })
    expect(cafeTimerView(state, plan, T0 + 16 * MIN).remainingMs).toBe(-1 * MIN)
    state = cafeNextRound(state, plan.rounds, T0 + 16 * MIN)
    expect(cafeTimerView(state, plan, T0 + 17 * MIN)).toMatchObject({
      round: 2,
      remainingMs: 14 * MIN,
    })
    state = cafeNextRound(cafeNextRound(state, plan.rounds, T0), plan.rounds, T0)
    expect(cafeTimerView(state, plan, T0).phase).toBe('after')
    expect(cafeNextRound(state, plan.rounds, T0)).toBe(state)
    state = cafePreviousRound(state, plan.rounds, T0)
    expect(cafeTimerView(state, plan, T0 + MIN)).toMatchObject({ round: 3, remainingMs: 14 * MIN })
  })

  it('pauses and resumes without losing time, and survives a reload (plain JSON)', () => {
    let state = cafeStart(CAFE_TIMER_START, plan.rounds, T0)
    state = cafePause(state, T0 + 4 * MIN)
    expect(cafeTimerView(state, plan, T0 + 30 * MIN)).toMatchObject({
      paused: true,
      remainingMs: 11 * MIN,
    })
    state = JSON.parse(JSON.stringify(cafeStart(state, plan.rounds, T0 + 30 * MIN))) as typeof state
    expect(cafeTimerView(state, plan, T0 + 31 * MIN).remainingMs).toBe(10 * MIN)
  })

  it('chimes once at the end of a round, never for a gap (sleep, reload)', () => {
    const state = cafeStart(CAFE_TIMER_START, plan.rounds, T0)
    const end = T0 + 15 * MIN
    expect(cafeSignals(state, plan, end - 250, end)).toMatchObject([{ kind: 'end' }])
    expect(cafeSignals(state, plan, end, end + 250)).toEqual([])
    expect(cafeSignals(state, plan, null, end)).toEqual([])
    expect(cafeSignals(state, plan, end - 60_000, end)).toEqual([])
    expect(cafeSignals(CAFE_TIMER_START, plan, end - 250, end)).toEqual([])
  })
})
