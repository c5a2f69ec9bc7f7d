import { z } from 'zod/mini'
import { LIMITS } from '../model/limits'
import {
  clockWentBack,
  elapsedAt,
  halt,
  isRunning,
  rebase,
  run,
  STOPPED,
  stopwatchAt,
  stopwatchSchema,
} from '../timer/stopwatch'
import {
  crossings,
  signalWindowOpen,
  MAX_SIGNAL_GAP_MS,
  type TimerSignal,
} from '../timer/timerSignals'

/**
 * The ワールドカフェ round timer: ラウンド n / N with the time left of the round, on the same
 * wall-clock stopwatch as the timetable and speaking timers (reload-, sleep- and drift-proof).
 * A round does not end by itself: at 0 it chimes and runs on as overtime (the room finishes its
 * sentence) until the facilitator moves to the next round (one key), which starts at once.
 */

export const cafeTimerStateSchema = z.strictObject({
  type: z.literal('cafeTimer'),
  /** 0 before the first round, 1…N during, N + 1 after the last. */
  round: z.int().check(z.minimum(0), z.maximum(LIMITS.cafeRounds + 1)),
  stopwatch: stopwatchSchema,
})
export type CafeTimerState = z.infer<typeof cafeTimerStateSchema>

export const CAFE_TIMER_START: CafeTimerState = { type: 'cafeTimer', round: 0, stopwatch: STOPPED }

/** What the plan says: the number of rounds and the minutes of one. */
export interface CafeTimerPlan {
  rounds: number
  roundMinutes: number
}

export interface CafeTimerView {
  phase: 'before' | 'during' | 'after'
  /** The round running (1…N), 1 before the start, N after the end. */
  round: number
  rounds: number
  paused: boolean
  roundMs: number
  elapsedMs: number
  /** Negative: the round runs over. */
  remainingMs: number
  clockWentBack: boolean
}

const MINUTE_MS = 60_000

export function cafeTimerView(
  state: CafeTimerState,
  plan: CafeTimerPlan,
  nowMs: number,
): CafeTimerView {
  const rounds = plan.rounds
  const roundMs = plan.roundMinutes * MINUTE_MS
  const phase = state.round < 1 ? 'before' : state.round > rounds ? 'after' : 'during'
  const elapsedMs = phase === 'during' ? elapsedAt(state.stopwatch, nowMs) : 0
  return {
    phase,
    round: Math.min(rounds, Math.max(1, state.round)),
    rounds,
    paused: phase === 'during' && !isRunning(state.stopwatch),
    roundMs,
    elapsedMs,
    remainingMs: roundMs - elapsedMs,
    clockWentBack: clockWentBack(state.stopwatch, nowMs),
  }
}

function goTo(state: CafeTimerState, round: number, rounds: number, nowMs: number) {
  const next = Math.max(0, Math.min(round, rounds + 1))
  const running = next >= 1 && next <= rounds
  return { ...state, round: next, stopwatch: running ? stopwatchAt(0, true, nowMs) : STOPPED }
}

/** Starts the first round, or resumes a paused one (nothing after the last). */
export function cafeStart(state: CafeTimerState, rounds: number, nowMs: number): CafeTimerState {
  if (state.round < 1) return goTo(state, 1, rounds, nowMs)
  if (state.round > rounds) return state
  return { ...state, stopwatch: run(rebase(state.stopwatch, nowMs), nowMs) }
}

export function cafePause(state: CafeTimerState, nowMs: number): CafeTimerState {
  return isRunning(state.stopwatch) ? { ...state, stopwatch: halt(state.stopwatch, nowMs) } : state
}

/** 次のラウンド: the next round starts now (after the last: the rotation is over). */
export function cafeNextRound(state: CafeTimerState, rounds: number, nowMs: number) {
  return state.round > rounds ? state : goTo(state, state.round + 1, rounds, nowMs)
}

/** 前のラウンド: the round before, from its start (before the first: back to the start). */
export function cafePreviousRound(state: CafeTimerState, rounds: number, nowMs: number) {
  if (state.round <= 0) return state
  return goTo(state, Math.min(state.round, rounds + 1) - 1, rounds, nowMs)
}

/** The chime due between two evaluations: the end of the round running (once, never replayed). */
export function cafeSignals(
  state: CafeTimerState,
  plan: CafeTimerPlan,
  previousNowMs: number | null,
  nowMs: number,
  maxGapMs = MAX_SIGNAL_GAP_MS,
): TimerSignal[] {
  if (!signalWindowOpen(previousNowMs, nowMs, maxGapMs)) return []
  const before = cafeTimerView(state, plan, previousNowMs)
  if (before.phase !== 'during') return []
  const after = cafeTimerView(state, plan, nowMs)
  return crossings(
    `cafe-round-${String(before.round)}`,
    before.roundMs,
    before.remainingMs,
    after.remainingMs,
    [],
  )
}
