import { z } from 'zod/mini'

/**
 * The wall-clock core shared by the timetable timer and the plenary speaking timer.
 *
 * Elapsed time is never counted in ticks: it is `accumulatedMs` (banked while paused or before the
 * last start) plus `nowMs - runningSinceMs`. Any evaluation, however late or irregular, therefore
 * shows the exact value, survives a reload (the state is plain JSON) and does not drift.
 *
 * Clock jumps:
 * - Forward (the laptop slept, or the clock was corrected forward): more time has elapsed. The
 *   workshop carried on in the room while the laptop slept, so the timer must show that.
 * - Backward (`nowMs < runningSinceMs`): the running part is clamped to 0, so elapsed never goes
 *   negative and never decreases below what was banked. The stopwatch then stands still until the
 *   clock catches up again; `rebase` (called by every transition) re-anchors it at once.
 */

/** Epoch milliseconds (UTC). Always passed in; shared code never reads the clock. */
export const epochMsSchema = z.number().check(z.minimum(0))

/** Upper bound for banked time: a day is far more than any row or speaker needs. */
const MAX_ACCUMULATED_MS = 7 * 24 * 60 * 60 * 1000

export const stopwatchSchema = z.strictObject({
  /** Elapsed time banked before the current run (or all of it while stopped). */
  accumulatedMs: z.number().check(z.minimum(0), z.maximum(MAX_ACCUMULATED_MS)),
  /** Wall-clock instant of the last start or resume; null while stopped. */
  runningSinceMs: z.nullable(epochMsSchema),
})
export type Stopwatch = z.infer<typeof stopwatchSchema>

export const STOPPED: Stopwatch = { accumulatedMs: 0, runningSinceMs: null }

export function isRunning(sw: Stopwatch): boolean {
  return sw.runningSinceMs !== null
}

/** Elapsed ms at `nowMs`; a backward clock jump counts as zero running time (never negative). */
export function elapsedAt(sw: Stopwatch, nowMs: number): number {
  if (sw.runningSinceMs === null) return sw.accumulatedMs
  return sw.accumulatedMs + Math.max(0, nowMs - sw.runningSinceMs)
}

/** Starts (or keeps) running from `nowMs`. */
export function run(sw: Stopwatch, nowMs: number): Stopwatch {
  return sw.runningSinceMs === null ? { ...sw, runningSinceMs: nowMs } : sw
}

/** Stops, banking the elapsed time. */
export function halt(sw: Stopwatch, nowMs: number): Stopwatch {
  return { accumulatedMs: clampBanked(elapsedAt(sw, nowMs)), runningSinceMs: null }
}

/**
 * Re-anchors a running stopwatch at `nowMs` without changing its elapsed time. After a backward
 * clock jump this ends the stand-still: from now on time counts again.
 */
export function rebase(sw: Stopwatch, nowMs: number): Stopwatch {
  if (sw.runningSinceMs === null) return sw
  return { accumulatedMs: clampBanked(elapsedAt(sw, nowMs)), runningSinceMs: nowMs }
}

/** A stopwatch showing `elapsedMs`, running from `nowMs` or stopped. */
export function stopwatchAt(elapsedMs: number, running: boolean, nowMs: number): Stopwatch {
  return { accumulatedMs: clampBanked(elapsedMs), runningSinceMs: running ? nowMs : null }
}

/** True when the clock is behind the last start, i.e. it jumped backwards since then. */
export function clockWentBack(sw: Stopwatch, nowMs: number): boolean {
  return sw.runningSinceMs !== null && nowMs < sw.runningSinceMs
}

function clampBanked(ms: number): number {
  return Math.min(MAX_ACCUMULATED_MS, Math.max(0, ms))
}
