import type { ThemeCard } from '../templates/types'
import { clockWentBack, elapsedAt } from './stopwatch'
import {
  cardKeyForRow,
  clockPosition,
  resolvePlan,
  wallClock,
  type ResolvedPlan,
  type TimerPlan,
  type TimerRow,
} from './timerPlan'
import { progressOf, type TimerMode, type TimerState } from './timerState'

/**
 * What the facilitator screen shows at one instant, computed from the stored state and `nowMs`
 * alone: a reload, a late tick or a 2-hour sleep all give the value the exact instant calls for.
 *
 * Projection (manual mode): the current row ends at now + its remaining time (at now if it is
 * already overtime; while paused this end slides with the clock), and every later row follows at
 * once with its remaining time (duration + extra minutes − time already banked). Rows are not
 * held back to their planned start: when the day runs early, the projection says so.
 */

const MINUTE_MS = 60_000

export type TimerPhase = 'before' | 'during' | 'after'
export type RowState = 'done' | 'skipped' | 'current' | 'upcoming'

export interface RowRef {
  id: string
  index: number
  row: TimerRow
  /** The card to show with the row (テーマ, オリエンテーション, 全体共有), if any. */
  cardKey: ThemeCard['key'] | null
}

export interface CurrentRowView extends RowRef {
  /** When the row actually started (manual) or was scheduled to (clock). */
  startedAtMs: number
  /** durationMin + extra minutes, in ms. */
  allottedMs: number
  extraMin: number
  elapsedMs: number
  /** allotted − elapsed; negative = overtime. */
  remainingMs: number
  overtime: boolean
}

export interface NextRowView extends RowRef {
  /** Projected start (manual) or planned start (clock). */
  startMs: number
  start: string
  /** From now until that start (0 or more). */
  untilMs: number
}

export interface ScheduleEntry {
  id: string
  index: number
  state: RowState
  plannedStartMs: number
  plannedStart: string
  /** Actual start for done/current rows, projected start for upcoming rows. */
  startMs: number
  start: string
  /** startMs − plannedStartMs: positive = later than planned. */
  shiftMs: number
}

export interface TimerView {
  mode: TimerMode
  phase: TimerPhase
  /** Manual mode, paused. */
  paused: boolean
  current: CurrentRowView | null
  next: NextRowView | null
  plannedEndMs: number
  plannedEnd: string
  projectedEndMs: number
  projectedEnd: string
  /** projectedEnd − plannedEnd: positive = behind the plan (遅れ), negative = ahead (早く進行). */
  deltaMs: number
  schedule: ScheduleEntry[]
  /** The clock is behind the last start (it jumped backwards); elapsed is held, not negative. */
  clockWentBack: boolean
}

function ref(resolved: ResolvedPlan, index: number): RowRef | null {
  const row = resolved.rows[index]
  return row ? { id: row.id, index, row, cardKey: cardKeyForRow(row) } : null
}

function nextView(
  resolved: ResolvedPlan,
  index: number,
  startMs: number | undefined,
  nowMs: number,
): NextRowView | null {
  const r = ref(resolved, index)
  if (!r || startMs === undefined) return null
  const start = wallClock(startMs, resolved.utcOffsetMin)
  return { ...r, startMs, start, untilMs: Math.max(0, startMs - nowMs) }
}

function entry(
  resolved: ResolvedPlan,
  index: number,
  state: RowState,
  startMs: number,
): ScheduleEntry {
  const plannedStartMs = resolved.startsMs[index] ?? resolved.dayStartMs
  return {
    id: resolved.rows[index]?.id ?? '',
    index,
    state,
    plannedStartMs,
    plannedStart: wallClock(plannedStartMs, resolved.utcOffsetMin),
    startMs,
    start: wallClock(startMs, resolved.utcOffsetMin),
    shiftMs: startMs - plannedStartMs,
  }
}

function ends(resolved: ResolvedPlan, projectedEndMs: number) {
  const off = resolved.utcOffsetMin
  return {
    plannedEndMs: resolved.plannedEndMs,
    plannedEnd: wallClock(resolved.plannedEndMs, off),
    projectedEndMs,
    projectedEnd: wallClock(projectedEndMs, off),
    deltaMs: projectedEndMs - resolved.plannedEndMs,
  }
}

/** Clock mode: the timetable is the truth; the day is never ahead or behind. */
function clockView(resolved: ResolvedPlan, nowMs: number): TimerView {
  const position = clockPosition(resolved, nowMs)
  const index = position.phase === 'during' ? position.index : -1
  const currentRef = ref(resolved, index)
  const startedAtMs = resolved.startsMs[index] ?? 0
  const endMs = resolved.endsMs[index] ?? 0
  const current: CurrentRowView | null = currentRef && {
    ...currentRef,
    startedAtMs,
    allottedMs: endMs - startedAtMs,
    extraMin: 0,
    elapsedMs: nowMs - startedAtMs,
    remainingMs: endMs - nowMs,
    overtime: false,
  }
  // Rows of 0 minutes are never current, so "next" is the next row that takes time.
  const nextIndex =
    position.phase === 'after'
      ? -1
      : resolved.rows.findIndex(
          (row, i) => i > index && row.durationMin > 0 && (resolved.startsMs[i] ?? 0) >= nowMs,
        )
  const schedule = resolved.rows.map((_row, i) => {
    const state: RowState =
      i === index ? 'current' : (resolved.endsMs[i] ?? 0) <= nowMs ? 'done' : 'upcoming'
    return entry(resolved, i, state, resolved.startsMs[i] ?? 0)
  })
  return {
    mode: 'clock',
    phase: position.phase,
    paused: false,
    current,
    next: nextView(resolved, nextIndex, resolved.startsMs[nextIndex], nowMs),
    ...ends(resolved, resolved.plannedEndMs),
    schedule,
    clockWentBack: false,
  }
}

function manualView(state: TimerState, resolved: ResolvedPlan, nowMs: number): TimerView {
  const { rows } = resolved
  const finished = state.status === 'finished'
  // A current row deleted from the timetable reads as "not started": nothing to show, no crash.
  const index = finished ? rows.length : rows.findIndex((r) => r.id === state.currentRowId)
  const currentRef = ref(resolved, index)
  let current: CurrentRowView | null = null
  let cursor = Math.max(nowMs, resolved.startsMs[0] ?? nowMs)
  if (currentRef) {
    const progress = progressOf(state, currentRef.id)
    const elapsedMs = elapsedAt(state.stopwatch, nowMs)
    const allottedMs = (currentRef.row.durationMin + progress.extraMin) * MINUTE_MS
    const remainingMs = allottedMs - elapsedMs
    current = {
      ...currentRef,
      startedAtMs: progress.startedAtMs ?? nowMs - elapsedMs,
      allottedMs,
      extraMin: progress.extraMin,
      elapsedMs,
      remainingMs,
      overtime: remainingMs < 0,
    }
    cursor = nowMs + Math.max(0, remainingMs)
  }
  const startsAfter: number[] = []
  rows.forEach((row, i) => {
    if (i <= index) return
    startsAfter[i] = cursor
    const progress = progressOf(state, row.id)
    cursor += Math.max(0, (row.durationMin + progress.extraMin) * MINUTE_MS - progress.elapsedMs)
  })
  const schedule = rows.map((row, i) => {
    const progress = progressOf(state, row.id)
    if (i > index) return entry(resolved, i, 'upcoming', startsAfter[i] ?? cursor)
    const actual = progress.startedAtMs ?? resolved.startsMs[i] ?? 0
    if (i === index) return entry(resolved, i, 'current', current?.startedAtMs ?? actual)
    return entry(resolved, i, progress.skipped ? 'skipped' : 'done', actual)
  })
  const projectedEndMs = finished ? (state.finishedAtMs ?? nowMs) : cursor
  return {
    mode: 'manual',
    phase: finished ? 'after' : state.status === 'idle' || !currentRef ? 'before' : 'during',
    paused: state.status === 'paused',
    current,
    next: finished ? null : nextView(resolved, index + 1, startsAfter[index + 1], nowMs),
    ...ends(resolved, projectedEndMs),
    schedule,
    clockWentBack: clockWentBack(state.stopwatch, nowMs),
  }
}

export function timerView(state: TimerState, plan: TimerPlan, nowMs: number): TimerView {
  const resolved = resolvePlan(plan, nowMs)
  return state.mode === 'clock' ? clockView(resolved, nowMs) : manualView(state, resolved, nowMs)
}
