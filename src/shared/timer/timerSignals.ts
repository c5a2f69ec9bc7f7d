import type { TimerPlan } from './timerPlan'
import type { TimerState } from './timerState'
import { timerView } from './timerView'

/**
 * Chimes and visual cues.
 *
 * A chime is edge-triggered: a threshold (e.g. 5 or 1 minutes left, or the end at 0) fires when
 * the remaining time crosses it between two evaluations, `previousNowMs` < `nowMs`:
 *   remaining(previous) > threshold ≥ remaining(now).
 * Consecutive evaluations share their boundary (each call's `nowMs` is the next call's
 * `previousNowMs`), so each crossing falls in exactly one interval and fires exactly once.
 *
 * Not replayed: nothing fires when the interval is longer than `maxGapMs` (default 10 s), when
 * the clock went backwards, or when there is no previous evaluation (a reload). After the laptop
 * wakes from sleep, a burst of stale chimes would mislead the room; the visual cue (which is
 * level-triggered and recomputed from the state) already shows where the row stands.
 *
 * A threshold applies to a row only if the row is longer than it: a 5-minute 開会・挨拶 starts at
 * 5:00 left and does not chime "5 minutes left" at its first instant.
 */

export const DEFAULT_WARNING_MINUTES: readonly number[] = [5, 1]
export const MAX_SIGNAL_GAP_MS = 10_000

const MINUTE_MS = 60_000

export interface TimerSignal {
  kind: 'warning' | 'end'
  /** The row (or, for the plenary, the group) the signal is about. */
  subjectId: string
  /** Minutes left at the threshold; 0 for 'end'. */
  minutes: number
  /** Stable key (subject and threshold), e.g. to de-duplicate in the UI. */
  key: string
}

/** Valid warnings in ms, largest first (duplicates, zero, negatives and NaN dropped). */
export function warningThresholdsMs(warningMinutes: readonly number[]): number[] {
  const valid = warningMinutes.filter((m) => Number.isFinite(m) && m > 0)
  return [...new Set(valid)].sort((a, b) => b - a).map((m) => m * MINUTE_MS)
}

/** Signals for one subject whose remaining time went from `previousMs` to `nowMs`. */
export function crossings(
  subjectId: string,
  allottedMs: number,
  remainingPreviousMs: number,
  remainingNowMs: number,
  warningMinutes: readonly number[],
): TimerSignal[] {
  const thresholds = [...warningThresholdsMs(warningMinutes), 0]
  return thresholds
    .filter((t) => t < allottedMs || t === 0)
    .filter((t) => remainingPreviousMs > t && t >= remainingNowMs)
    .map((t) => ({
      kind: t === 0 ? 'end' : 'warning',
      subjectId,
      minutes: t / MINUTE_MS,
      key: `${subjectId}:${t / MINUTE_MS}`,
    }))
}

/** True when an interval may fire signals at all (see the rules above). */
export function signalWindowOpen(
  previousNowMs: number | null,
  nowMs: number,
  maxGapMs = MAX_SIGNAL_GAP_MS,
): previousNowMs is number {
  return previousNowMs !== null && nowMs > previousNowMs && nowMs - previousNowMs <= maxGapMs
}

/**
 * The chimes due between two evaluations of the same state. The row followed is the one current
 * at `previousNowMs`, so the end of a row fires even when the clock has already moved on to the
 * next row at `nowMs`; a row left with 「次へ」 is no longer current and does not chime.
 */
export function dueSignals(
  state: TimerState,
  plan: TimerPlan,
  warningMinutes: readonly number[],
  previousNowMs: number | null,
  nowMs: number,
  maxGapMs = MAX_SIGNAL_GAP_MS,
): TimerSignal[] {
  if (!signalWindowOpen(previousNowMs, nowMs, maxGapMs)) return []
  const before = timerView(state, plan, previousNowMs).current
  if (!before) return []
  const after = timerView(state, plan, nowMs).current
  // In clock mode the remaining time of a row falls one ms per ms, even past its end.
  const remainingNowMs =
    after?.id === before.id ? after.remainingMs : before.remainingMs - (nowMs - previousNowMs)
  return crossings(before.id, before.allottedMs, before.remainingMs, remainingNowMs, warningMinutes)
}

export type VisualCue =
  { level: 'normal' } | { level: 'warning'; minutes: number } | { level: 'end' }

/**
 * The cue to show now (level-triggered, so it is right after a reload or a sleep): 'end' once the
 * time is up (overtime included), else the smallest warning not yet above the remaining time.
 */
export function visualCue(
  subject: { allottedMs: number; remainingMs: number },
  warningMinutes: readonly number[] = DEFAULT_WARNING_MINUTES,
): VisualCue {
  if (subject.remainingMs <= 0) return { level: 'end' }
  const reached = warningThresholdsMs(warningMinutes).filter(
    (t) => t < subject.allottedMs && subject.remainingMs <= t,
  )
  const smallest = reached.at(-1)
  return smallest === undefined
    ? { level: 'normal' }
    : { level: 'warning', minutes: smallest / MINUTE_MS }
}
