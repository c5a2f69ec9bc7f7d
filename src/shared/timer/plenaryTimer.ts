import { z } from 'zod/mini'
import { LIMITS } from '../model/limits'
import { idSchema, themeIdSchema } from '../model/schemas'
import { planSlots, REVIEW_MODES, slotPosition, type SlotPart } from '../plenary/plenarySlots'
import { plenaryOrder, PLENARY_ORDER_MODES, type PlenaryOrderMode } from './plenaryOrder'
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
 *
 * A slot is 発表 then 講評 (plenary/plenarySlots.ts): one stopwatch per group, the part read from
 * its elapsed time, so the switch survives a reload like everything else; 「講評へ」 moves the
 * stopwatch to the switch, and +1分 lengthens the part running.
 */

export const plenaryStateSchema = z.strictObject({
  type: z.literal('plenaryTimer'),
  version: z.literal(1),
  orderMode: z.enum(PLENARY_ORDER_MODES),
  seed: z.int(),
  /** Group ids in presentation order. */
  order: z.array(idSchema).check(z.maxLength(LIMITS.groupsPerWorkshop)),
  /** Minutes per group (持ち時間) chosen by the facilitator; null = 全体共有 / groups. */
  overrideMinutes: z.nullable(z.number().check(z.positive(), z.maximum(120))),
  /** 講評 after each talk ('each', the default) or only in the 総括 ('summary'). */
  reviewMode: z.optional(z.enum(REVIEW_MODES)),
  /** 講評 minutes per group chosen by the facilitator; null or absent = the default share. */
  reviewMinutes: z.optional(z.nullable(z.number().check(z.minimum(0), z.maximum(60)))),
  /** Minutes added to the current group's 講評 (extraMin lengthens its 発表). */
  reviewExtraMin: z.optional(z.int().check(z.minimum(-120), z.maximum(120))),
  /** Theme slides shown after a group's summary slide, by group id (none by default). */
  extraThemes: z.optional(z.record(idSchema, z.array(themeIdSchema).check(z.maxLength(3)))),
  /** Groups left out of the order when it was made because they had nothing to show. */
  skipped: z.optional(z.array(idSchema).check(z.maxLength(LIMITS.groupsPerWorkshop))),
  /** Index in `order` of the group speaking; -1 before the first, order.length after the last. */
  index: z.int().check(z.minimum(-1)),
  /** Minutes added to (or removed from) the current group's slot. */
  extraMin: z.int().check(z.minimum(-120), z.maximum(120)),
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

/**
 * Adds minutes to the part running: the 発表, or once the 講評 has begun, the 講評. `totalMinutes`
 * is the 全体共有 row's (to know the parts).
 */
export function plenaryAddMinutes(
  state: PlenaryState,
  nowMs: number,
  minutes: number,
  totalMinutes = 0,
): PlenaryState {
  if (!Number.isFinite(minutes) || state.index < 0 || state.index >= state.order.length)
    return state
  const clamp = (n: number) => Math.min(120, Math.max(-120, n + Math.trunc(minutes)))
  const stopwatch = rebase(state.stopwatch, nowMs)
  if (plenaryView(state, totalMinutes, nowMs).part === 'review') {
    return { ...state, reviewExtraMin: clamp(state.reviewExtraMin ?? 0), stopwatch }
  }
  return { ...state, extraMin: clamp(state.extraMin), stopwatch }
}

/** 「講評へ」: the 発表 ends now and the 講評 begins (nothing when it has begun or there is none). */
export function plenaryToReview(
  state: PlenaryState,
  totalMinutes: number,
  nowMs: number,
): PlenaryState {
  const view = plenaryView(state, totalMinutes, nowMs)
  if (view.phase !== 'during' || view.part !== 'talk' || view.reviewMs <= 0) return state
  return {
    ...state,
    stopwatch: stopwatchAt(view.talkMs, isRunning(state.stopwatch), nowMs),
  }
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
    reviewExtraMin: 0,
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
  /** 発表 and 講評 of the group's slot, extra minutes included (講評 0: kept for the 総括). */
  talkMs: number
  reviewMs: number
  /** The part running (発表 before the start and after the end). */
  part: SlotPart
  /** Left of that part; negative only when the slot's last part runs over. */
  partRemainingMs: number
}

/** `totalMinutes`: the 全体共有 row's duration (see plenaryMinutes in timerPlan). */
export function plenaryView(state: PlenaryState, totalMinutes: number, nowMs: number): PlenaryView {
  const plan = plenarySlotPlan(state, totalMinutes)
  const currentGroupId = state.order[state.index] ?? null
  const talkMs = Math.max(0, plan.talkMs + state.extraMin * 60_000)
  const reviewMs =
    plan.reviewMs > 0 ? Math.max(0, plan.reviewMs + (state.reviewExtraMin ?? 0) * 60_000) : 0
  const allottedMs = talkMs + reviewMs
  const elapsedMs = currentGroupId === null ? 0 : elapsedAt(state.stopwatch, nowMs)
  const position = slotPosition(talkMs, reviewMs, elapsedMs)
  return {
    talkMs: currentGroupId === null ? 0 : talkMs,
    reviewMs: currentGroupId === null ? 0 : reviewMs,
    part: position.part,
    partRemainingMs: currentGroupId === null ? 0 : position.partRemainingMs,
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

/** The slot plan of the plenary: its groups, the 全体共有 row and the facilitator's choices. */
export function plenarySlotPlan(state: PlenaryState, totalMinutes: number) {
  return planSlots({
    totalMinutes,
    groupCount: state.order.length,
    reviewMode: state.reviewMode ?? 'each',
    slotMinutes: state.overrideMinutes,
    reviewMinutes: state.reviewMinutes ?? null,
  })
}

/**
 * Chimes for the speaking group, with the same rules as the timetable's (timerSignals.ts): the
 * warnings (5 and 1 minutes left) and the end of its 発表, then the end of its 講評 (the switch to
 * 講評 chimes as the 発表's end). Without a 講評 the slot is all 発表.
 */
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
  const id = before.currentGroupId
  if (id === null) return []
  const talkLeft = (view: PlenaryView) => view.talkMs - view.elapsedMs
  const talk = crossings(id, before.talkMs, talkLeft(before), talkLeft(after), warningMinutes)
  if (before.reviewMs <= 0) return talk
  const review = crossings(
    `${id}:review`,
    before.reviewMs,
    before.remainingMs,
    after.remainingMs,
    [],
  )
  return [...talk, ...review]
}
