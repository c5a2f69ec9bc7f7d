import { z } from 'zod'
import { LIMITS } from '../model/limits'
import { idSchema } from '../model/schemas'
import {
  plenaryOrder,
  PLENARY_ORDER_MODES,
  speakingSlots,
  type PlenaryOrderMode,
} from './plenaryOrder'
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
} from './stopwatch'
import { crossings, signalWindowOpen, MAX_SIGNAL_GAP_MS, type TimerSignal } from './timerSignals'

/**
 * The 全体共有 speaking timer: one group after another, each with its slot, on the same
 * wall-clock stopwatch as the timetable timer (reload-, sleep- and drift-proof).
 *
 * The order is materialised in the state when the plenary is set up, so adding or renaming a
 * group mid-plenary does not reshuffle the room. 「戻る」 gives the previous group a fresh slot:
 * going back means letting that group speak (again), not resuming a finished talk.
 */

export const plenaryStateSchema = z.strictObject({
  type: z.literal('plenaryTimer'),
  version: z.literal(1),
  orderMode: z.enum(PLENARY_ORDER_MODES),
  seed: z.number().int(),
  /** Group ids in presentation order. */
  order: z.array(idSchema).max(LIMITS.groupsPerWorkshop),
  /** Minutes per group chosen by the facilitator; null = 全体共有 time / number of groups. */
  overrideMinutes: z.number().positive().max(120).nullable(),
  /** Index in `order` of the group speaking; -1 before the first, order.length after the last. */
  index: z.number().int().min(-1),
  /** Minutes added to (or removed from) the current group's slot. */
  extraMin: z.number().int().min(-120).max(120),
  stopwatch: stopwatchSchema,
})
export type PlenaryState = z.infer<typeof plenaryStateSchema>

export function initialPlenaryState(
  groupIds: readonly string[],
  orderMode: PlenaryOrderMode,
  seed: number,
  overrideMinutes: number | null = null,
): PlenaryState {
  return {
    type: 'plenaryTimer',
    version: 1,
    orderMode,
    seed: Math.trunc(seed),
    order: plenaryOrder(groupIds, orderMode, Math.trunc(seed)),
    overrideMinutes,
    index: -1,
    extraMin: 0,
    stopwatch: STOPPED,
  }
}

/** Starts the first group, or resumes after a pause. */
export function plenaryStart(state: PlenaryState, nowMs: number): PlenaryState {
  if (state.index < 0) return plenaryGoTo(state, 0, nowMs, true)
  if (state.index >= state.order.length) return state
  // Pressed while running, it re-anchors the stopwatch (ends a stand-still after a clock jump).
  const stopwatch = isRunning(state.stopwatch)
    ? rebase(state.stopwatch, nowMs)
    : run(state.stopwatch, nowMs)
  return { ...state, stopwatch }
}

export function plenaryPause(state: PlenaryState, nowMs: number): PlenaryState {
  return { ...state, stopwatch: halt(state.stopwatch, nowMs) }
}

/** Next group (running if the timer was running); after the last group the plenary is over. */
export function plenaryNext(state: PlenaryState, nowMs: number): PlenaryState {
  if (state.index >= state.order.length) return state
  return plenaryGoTo(state, state.index + 1, nowMs, isRunning(state.stopwatch))
}

export function plenaryBack(state: PlenaryState, nowMs: number): PlenaryState {
  if (state.index <= 0) return state
  return plenaryGoTo(state, state.index - 1, nowMs, isRunning(state.stopwatch))
}

export function plenaryAddMinutes(
  state: PlenaryState,
  nowMs: number,
  minutes: number,
): PlenaryState {
  if (!Number.isFinite(minutes) || state.index < 0 || state.index >= state.order.length)
    return state
  const extraMin = Math.min(120, Math.max(-120, state.extraMin + Math.trunc(minutes)))
  return { ...state, extraMin, stopwatch: rebase(state.stopwatch, nowMs) }
}

export function setSpeakingMinutes(
  state: PlenaryState,
  overrideMinutes: number | null,
): PlenaryState {
  return { ...state, overrideMinutes }
}

function plenaryGoTo(
  state: PlenaryState,
  index: number,
  nowMs: number,
  running: boolean,
): PlenaryState {
  const over = index >= state.order.length
  return {
    ...state,
    index: Math.min(index, state.order.length),
    extraMin: 0,
    stopwatch: over ? STOPPED : stopwatchAt(0, running, nowMs),
  }
}

export interface PlenaryView {
  phase: 'before' | 'during' | 'after'
  paused: boolean
  order: string[]
  index: number
  currentGroupId: string | null
  nextGroupId: string | null
  /** The group's slot including its extra minutes. */
  allottedMs: number
  elapsedMs: number
  /** Negative = the group talks over its slot. */
  remainingMs: number
  clockWentBack: boolean
}

/** `totalMinutes`: the 全体共有 row's duration (see plenaryMinutes in timerPlan). */
export function plenaryView(state: PlenaryState, totalMinutes: number, nowMs: number): PlenaryView {
  const slots = speakingSlots(totalMinutes, state.order.length, state.overrideMinutes)
  const currentGroupId = state.order[state.index] ?? null
  const allottedMs = Math.max(0, (slots[0] ?? 0) + state.extraMin * 60_000)
  const elapsedMs = currentGroupId === null ? 0 : elapsedAt(state.stopwatch, nowMs)
  return {
    phase: state.index < 0 ? 'before' : currentGroupId === null ? 'after' : 'during',
    paused: currentGroupId !== null && !isRunning(state.stopwatch),
    order: [...state.order],
    index: state.index,
    currentGroupId,
    nextGroupId: state.order[state.index + 1] ?? null,
    allottedMs: currentGroupId === null ? 0 : allottedMs,
    elapsedMs,
    remainingMs: currentGroupId === null ? 0 : allottedMs - elapsedMs,
    clockWentBack: clockWentBack(state.stopwatch, nowMs),
  }
}

/** Chimes for the speaking group, with the same rules as the timetable's (timerSignals.ts). */
export function plenarySignals(
  state: PlenaryState,
  totalMinutes: number,
  warningMinutes: readonly number[],
  previousNowMs: number | null,
  nowMs: number,
  maxGapMs = MAX_SIGNAL_GAP_MS,
): TimerSignal[] {
  if (!signalWindowOpen(previousNowMs, nowMs, maxGapMs)) return []
  const before = plenaryView(state, totalMinutes, previousNowMs)
  const after = plenaryView(state, totalMinutes, nowMs)
  if (before.currentGroupId === null) return []
  return crossings(
    before.currentGroupId,
    before.allottedMs,
    before.remainingMs,
    after.remainingMs,
    warningMinutes,
  )
}
