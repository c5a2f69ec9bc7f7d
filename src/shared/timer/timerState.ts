import { z } from 'zod/mini'
import { LIMITS } from '../model/limits'
import { idSchema } from '../model/schemas'
import { epochMsSchema, STOPPED, stopwatchSchema } from './stopwatch'

/**
 * The facilitator timer's state: plain JSON with no ticking fields, so that it can be stored as
 * a record, validated on load, and turned back into the exact same view at any later instant.
 *
 * - mode 'clock': rows change at their scheduled times; the manual fields stay at their initial
 *   values (switching to manual takes over from the clock's position, see timerTransitions).
 * - mode 'manual': the facilitator drives it. `currentRowId` and `stopwatch` describe the row
 *   being run; `rows` remembers, per row, when it first started, the time banked when it was
 *   left (so that 「戻る」 resumes where it was), the extra minutes, and whether it was jumped over.
 */

export const TIMER_MODES = ['clock', 'manual'] as const
export type TimerMode = (typeof TIMER_MODES)[number]

/** Manual-mode status; 'idle' = not started yet, 'finished' = moved on past the last row. */
export const TIMER_STATUSES = ['idle', 'running', 'paused', 'finished'] as const
export type TimerStatus = (typeof TIMER_STATUSES)[number]

/** Bound for extra minutes on one row: well beyond any real change, small enough to validate. */
export const MAX_EXTRA_MIN = 24 * 60

export const rowProgressSchema = z.strictObject({
  /** When the row first became current (manual mode); null if it never ran here. */
  startedAtMs: z.nullable(epochMsSchema),
  /** Elapsed time banked when the row was left; restored when the facilitator goes back. */
  elapsedMs: z.number().check(z.minimum(0)),
  /** Minutes added (+1, +5) or removed; the row's time is durationMin + extraMin. */
  extraMin: z.int().check(z.minimum(-MAX_EXTRA_MIN), z.maximum(MAX_EXTRA_MIN)),
  /** Jumped over by 「移動」 without ever being run. */
  skipped: z.boolean(),
})
export type RowProgress = z.infer<typeof rowProgressSchema>

export const timerStateSchema = z.strictObject({
  type: z.literal('timerState'),
  /** Format version, for later migrations of stored states. */
  version: z.literal(1),
  mode: z.enum(TIMER_MODES),
  status: z.enum(TIMER_STATUSES),
  /** The row being run in manual mode; null while idle or finished. */
  currentRowId: z.nullable(idSchema),
  /** Elapsed time of the current row; running exactly when status is 'running'. */
  stopwatch: stopwatchSchema,
  /** Per-row progress, by row id. Rows never touched have no entry. */
  rows: z
    .record(idSchema, rowProgressSchema)
    .check(z.refine((r) => Object.keys(r).length <= LIMITS.timetableRows * 2, 'too many rows')),
  /** When the last row was left (manual mode), i.e. the actual end of the day. */
  finishedAtMs: z.nullable(epochMsSchema),
})
export type TimerState = z.infer<typeof timerStateSchema>

export function initialTimerState(mode: TimerMode = 'clock'): TimerState {
  return {
    type: 'timerState',
    version: 1,
    mode,
    status: 'idle',
    currentRowId: null,
    stopwatch: STOPPED,
    rows: {},
    finishedAtMs: null,
  }
}

export const NO_PROGRESS: RowProgress = {
  startedAtMs: null,
  elapsedMs: 0,
  extraMin: 0,
  skipped: false,
}

export function progressOf(state: TimerState, rowId: string): RowProgress {
  return state.rows[rowId] ?? NO_PROGRESS
}
