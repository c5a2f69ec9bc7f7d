import { clockPosition, resolvePlan, type TimerPlan, type TimerRow } from './timerPlan'
import {
  initialTimerState,
  MAX_EXTRA_MIN,
  progressOf,
  type TimerMode,
  type TimerState,
} from './timerState'
import { halt, rebase, run, STOPPED, stopwatchAt } from './stopwatch'

/**
 * Pure transitions of the facilitator timer. Each takes the state, the plan and the wall-clock
 * instant `nowMs`, and returns a new state (the input is never mutated; a transition that does
 * not apply returns an equivalent state).
 *
 * The driving controls (start, pause, resume, ±minutes, skip, back, goTo) work in manual mode.
 * Pressed in clock mode, they first take over from the clock (`takeOver`): the facilitator who
 * presses +5 because テーマ2 runs late wants the timer to follow them from that moment on.
 */

const indexOfRow = (rows: readonly TimerRow[], id: string | null) =>
  id === null ? -1 : rows.findIndex((r) => r.id === id)

/**
 * Manual mode starting where the clock is: the row scheduled at `nowMs` runs, with the time
 * since its planned start as elapsed. Earlier manual progress is dropped: the clock was in
 * charge since, so old extra minutes would only distort the projection.
 */
export function takeOver(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const base = initialTimerState('manual')
  const resolved = resolvePlan(plan, nowMs)
  const position = clockPosition(resolved, nowMs)
  switch (position.phase) {
    case 'before':
      return base
    case 'after':
      return { ...base, status: 'finished', finishedAtMs: Math.min(nowMs, resolved.plannedEndMs) }
    case 'during': {
      const row = resolved.rows[position.index]
      const startMs = resolved.startsMs[position.index]
      if (!row || startMs === undefined) return base
      return {
        ...base,
        status: 'running',
        currentRowId: row.id,
        stopwatch: stopwatchAt(nowMs - startMs, true, nowMs),
        rows: { [row.id]: { startedAtMs: startMs, elapsedMs: 0, extraMin: 0, skipped: false } },
      }
    }
  }
}

/** The state in manual mode, re-anchored at `nowMs` (ends any stand-still after a clock jump). */
function manual(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  if (state.mode === 'clock') return takeOver(state, plan, nowMs)
  return { ...state, stopwatch: rebase(state.stopwatch, nowMs) }
}

/** Banks the current row's elapsed time in its progress entry. */
function leaveCurrent(state: TimerState, nowMs: number): TimerState {
  const id = state.currentRowId
  if (id === null) return state
  const elapsedMs = halt(state.stopwatch, nowMs).accumulatedMs
  return { ...state, rows: { ...state.rows, [id]: { ...progressOf(state, id), elapsedMs } } }
}

/**
 * Makes row `index` current, resuming its banked time; past the last row the day is finished.
 * Running stays running (idle and finished start running); paused stays paused.
 */
function moveTo(state: TimerState, plan: TimerPlan, index: number, nowMs: number): TimerState {
  const left = leaveCurrent(state, nowMs)
  const row = plan.rows[index]
  if (!row) {
    return {
      ...left,
      status: 'finished',
      currentRowId: null,
      stopwatch: STOPPED,
      finishedAtMs: nowMs,
    }
  }
  const running = state.status !== 'paused'
  const progress = progressOf(left, row.id)
  return {
    ...left,
    status: running ? 'running' : 'paused',
    currentRowId: row.id,
    stopwatch: stopwatchAt(progress.elapsedMs, running, nowMs),
    rows: {
      ...left.rows,
      [row.id]: { ...progress, startedAtMs: progress.startedAtMs ?? nowMs, skipped: false },
    },
    finishedAtMs: null,
  }
}

/** Starts the first row (idle) or resumes (paused). */
export function start(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const s = manual(state, plan, nowMs)
  switch (s.status) {
    case 'idle':
      return plan.rows.length > 0 ? moveTo(s, plan, 0, nowMs) : s
    case 'paused':
      return resume(s, plan, nowMs)
    case 'running':
    case 'finished':
      return s
  }
}

export function pause(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const s = manual(state, plan, nowMs)
  if (s.status !== 'running') return s
  return { ...s, status: 'paused', stopwatch: halt(s.stopwatch, nowMs) }
}

export function resume(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const s = manual(state, plan, nowMs)
  if (s.status !== 'paused') return s
  return { ...s, status: 'running', stopwatch: run(s.stopwatch, nowMs) }
}

/**
 * Adds minutes to the current row (+1, +5; negative shortens it). The row's time never goes
 * below zero; shortening below the elapsed time simply makes the row overtime.
 */
export function addMinutes(
  state: TimerState,
  plan: TimerPlan,
  nowMs: number,
  minutes: number,
): TimerState {
  const s = manual(state, plan, nowMs)
  const row = plan.rows[indexOfRow(plan.rows, s.currentRowId)]
  if (!row || !Number.isFinite(minutes)) return s
  const progress = progressOf(s, row.id)
  const extraMin = Math.min(
    MAX_EXTRA_MIN,
    Math.max(-row.durationMin, progress.extraMin + Math.trunc(minutes)),
  )
  return { ...s, rows: { ...s.rows, [row.id]: { ...progress, extraMin } } }
}

/** 「次へ」: the current row ends now and the next one starts; after the last row, the day ends. */
export function skip(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const s = manual(state, plan, nowMs)
  if (s.status === 'idle' || s.status === 'finished') return s
  return moveTo(s, plan, indexOfRow(plan.rows, s.currentRowId) + 1, nowMs)
}

/** 「戻る」: back to the previous row, which resumes with the time it had when it was left. */
export function back(state: TimerState, plan: TimerPlan, nowMs: number): TimerState {
  const s = manual(state, plan, nowMs)
  if (s.status === 'finished') return moveTo(s, plan, plan.rows.length - 1, nowMs)
  const index = indexOfRow(plan.rows, s.currentRowId)
  if (s.status === 'idle' || index <= 0) return s
  return moveTo(s, plan, index - 1, nowMs)
}

/**
 * Jumps to a row (e.g. the day starts at the orientation). Rows jumped over that never ran are
 * marked skipped. From idle the target row starts running.
 */
export function goTo(state: TimerState, plan: TimerPlan, nowMs: number, rowId: string): TimerState {
  const s = manual(state, plan, nowMs)
  const target = indexOfRow(plan.rows, rowId)
  const current = s.status === 'finished' ? plan.rows.length : indexOfRow(plan.rows, s.currentRowId)
  if (target < 0 || target === current) return s
  const rows = { ...s.rows }
  for (const row of plan.rows.slice(current + 1, target)) {
    const progress = progressOf(s, row.id)
    if (progress.startedAtMs === null) rows[row.id] = { ...progress, skipped: true }
  }
  return moveTo({ ...s, rows }, plan, target, nowMs)
}

/** Clock → manual takes over at the clock's position; manual → clock drops the manual run. */
export function setMode(
  state: TimerState,
  plan: TimerPlan,
  nowMs: number,
  mode: TimerMode,
): TimerState {
  if (mode === state.mode) return state
  return mode === 'manual' ? takeOver(state, plan, nowMs) : initialTimerState('clock')
}

/** Back to the start of the day, keeping the mode. */
export function reset(state: TimerState): TimerState {
  return initialTimerState(state.mode)
}

/**
 * Ends the stand-still after a backward clock jump (see stopwatch.ts) without pressing a control:
 * the UI may call it when the view reports `clockWentBack`.
 */
export function resync(state: TimerState, nowMs: number): TimerState {
  return state.mode === 'manual' ? { ...state, stopwatch: rebase(state.stopwatch, nowMs) } : state
}
