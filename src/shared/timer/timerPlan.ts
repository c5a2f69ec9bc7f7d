import type { TimetableRow } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { timetableRows } from '../ops/timetableOps'
import type { ThemeCard } from '../templates/types'
import { fromMinutes, toMinutes } from '../timetable/clock'

/**
 * What the timer follows: the timetable rows in order and the day they run on. Start times are
 * derived from dayStart and the durations (as recomputeTimes does), never read from `row.start`.
 */

/** The fields of a timetable row the timer needs (a full TimetableRow fits). */
export type TimerRow = Pick<
  TimetableRow,
  'id' | 'durationMin' | 'kind' | 'item' | 'content' | 'themeId'
>

/** Japan Standard Time, UTC+9: the default, so that tests never depend on the host's zone. */
export const JST_OFFSET_MIN = 540

export interface TimerPlan {
  /** Rows in timetable order. */
  rows: readonly TimerRow[]
  /** Workshop date YYYY-MM-DD; '' (not decided) means "today" at `utcOffsetMin`. */
  date: string
  /** Workshop dayStart HH:MM. */
  dayStart: string
  /** The venue's fixed offset from UTC in minutes (+540 for JST). */
  utcOffsetMin?: number
}

/** A plan pinned to instants: planned start and end of each row in epoch ms. */
export interface ResolvedPlan {
  rows: readonly TimerRow[]
  startsMs: number[]
  endsMs: number[]
  dayStartMs: number
  plannedEndMs: number
  utcOffsetMin: number
}

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** The timetable of a workshop document (live rows in order). */
export function timerPlanFromDoc(doc: WorkshopDoc, utcOffsetMin = JST_OFFSET_MIN): TimerPlan {
  return {
    rows: timetableRows(doc),
    date: doc.workshop.date,
    dayStart: doc.workshop.dayStart,
    utcOffsetMin,
  }
}

/**
 * Epoch ms of `dayStart` on `date` at a fixed UTC offset. Date.UTC is pure arithmetic (it does
 * not read the clock or the host's time zone). An undecided date ('') means the day containing
 * `nowMs` at that offset, so a workshop without a date can still be run today.
 */
export function dayStartEpochMs(plan: TimerPlan, nowMs: number): number {
  const offsetMs = (plan.utcOffsetMin ?? JST_OFFSET_MIN) * MINUTE_MS
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plan.date)
  const midnightLocalAsUtc = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Math.floor((nowMs + offsetMs) / DAY_MS) * DAY_MS
  return midnightLocalAsUtc + toMinutes(plan.dayStart) * MINUTE_MS - offsetMs
}

export function resolvePlan(plan: TimerPlan, nowMs: number): ResolvedPlan {
  const dayStartMs = dayStartEpochMs(plan, nowMs)
  const startsMs: number[] = []
  const endsMs: number[] = []
  let cursor = dayStartMs
  for (const row of plan.rows) {
    startsMs.push(cursor)
    cursor += row.durationMin * MINUTE_MS
    endsMs.push(cursor)
  }
  return {
    rows: plan.rows,
    startsMs,
    endsMs,
    dayStartMs,
    plannedEndMs: cursor,
    utcOffsetMin: plan.utcOffsetMin ?? JST_OFFSET_MIN,
  }
}

/** Where the clock is in the planned day. Rows of 0 minutes are never current. */
export type ClockPosition =
  { phase: 'before' } | { phase: 'during'; index: number } | { phase: 'after' }

export function clockPosition(resolved: ResolvedPlan, nowMs: number): ClockPosition {
  if (resolved.rows.length === 0 || nowMs < resolved.dayStartMs) return { phase: 'before' }
  if (nowMs >= resolved.plannedEndMs) return { phase: 'after' }
  const index = resolved.rows.findIndex(
    (_row, i) => (resolved.startsMs[i] ?? 0) <= nowMs && nowMs < (resolved.endsMs[i] ?? 0),
  )
  return index < 0 ? { phase: 'after' } : { phase: 'during', index }
}

/** HH:MM of an instant at the plan's offset (seconds are cut, as a wall clock shows them). */
export function wallClock(ms: number, utcOffsetMin: number): string {
  return fromMinutes(Math.floor((ms + utcOffsetMin * MINUTE_MS) / MINUTE_MS))
}

/** The card shown with a row: a theme's card, the orientation's or the plenary's; else none. */
export function cardKeyForRow(row: Pick<TimerRow, 'kind' | 'themeId'>): ThemeCard['key'] | null {
  if (row.kind === 'theme' && row.themeId !== null) return row.themeId
  if (row.kind === 'orientation') return 'orientation'
  if (row.kind === 'plenary') return 'plenary'
  return null
}

/** The 全体共有 row's minutes (the first plenary row), or null when the timetable has none. */
export function plenaryMinutes(rows: readonly TimerRow[]): number | null {
  return rows.find((r) => r.kind === 'plenary')?.durationMin ?? null
}
