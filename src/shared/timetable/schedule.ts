import type { TimetableRow } from '../model/schemas'
import { fromMinutes, toMinutes } from './clock'

export interface ScheduledRow {
  row: TimetableRow
  /** Minutes in effect: the draft being typed, or the stored duration. */
  durationMin: number
  start: string
  end: string
}

export interface Schedule {
  rows: ScheduledRow[]
  dayStart: string
  dayEnd: string
  totalMin: number
}

/**
 * Start and end of every row, computed the same way as the stored times (rows are contiguous
 * from the day's start), but with the drafts being typed applied, so the table updates live.
 */
export function computeSchedule(
  rows: readonly TimetableRow[],
  dayStart: string,
  durationDrafts: Readonly<Record<string, number>> = {},
): Schedule {
  let minute = toMinutes(dayStart)
  const scheduled = rows.map((row) => {
    const durationMin = durationDrafts[row.id] ?? row.durationMin
    const start = fromMinutes(minute)
    minute += durationMin
    return { row, durationMin, start, end: fromMinutes(minute) }
  })
  return {
    rows: scheduled,
    dayStart,
    dayEnd: fromMinutes(minute),
    totalMin: minute - toMinutes(dayStart),
  }
}

/** The time slot (first start – last end) of the rows linked to a theme, if any. */
export function slotOf(
  schedule: Schedule,
  match: (row: TimetableRow) => boolean,
): { start: string; end: string } | null {
  const hits = schedule.rows.filter((r) => match(r.row))
  const first = hits[0]
  const last = hits[hits.length - 1]
  return first && last ? { start: first.start, end: last.end } : null
}
