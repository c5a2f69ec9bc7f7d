import type { WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from './fakeContext'
import { createWorkshopFromTemplate } from '../templates/createWorkshop'
import type { WorkshopTemplate } from '../templates/types'
import { timerPlanFromDoc, type TimerPlan, type TimerRow } from '../timer/timerPlan'

/** Test helpers for the timer (imported only by tests; nothing here reads the real clock). */

export const SEC = 1000
export const MIN = 60_000
export const HOUR = 60 * MIN

/** Epoch ms of a wall-clock time in Japan (UTC+9) on a date. */
export function jst(date: string, hhmm: string, seconds = 0): number {
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi] = hhmm.split(':').map(Number)
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, seconds) - 9 * HOUR
}

/** 試行① was held on 2024-11-19, 試行② on 2025-02-07 (digest §1.2, §1.3). */
export const TRIAL1_DATE = '2024-11-19'
export const TRIAL2_DATE = '2025-02-07'

/** A workshop created from a built-in template, as the app creates it. */
export function templateDoc(template: WorkshopTemplate, date: string): WorkshopDoc {
  return createWorkshopFromTemplate(template, { title: '', date, venue: '' }, fakeContext())
}

/** The plan of a workshop created from a built-in template (real TimetableRow records). */
export function templatePlan(template: WorkshopTemplate, date: string): TimerPlan {
  return timerPlanFromDoc(templateDoc(template, date))
}

/** A small plan: rows r1, r2, … of the given minutes, from 13:00 on 2025-02-07 (JST). */
export function simplePlan(minutes: number[], dayStart = '13:00', date = TRIAL2_DATE): TimerPlan {
  const rows: TimerRow[] = minutes.map((durationMin, i) => ({
    id: `r${i + 1}`,
    durationMin,
    kind: 'other',
    item: `項目${i + 1}`,
    content: '',
    themeId: null,
  }))
  return { rows, date, dayStart }
}

/** A hand-moved clock for tests: time only changes when the test says so. */
export function fakeClock(startMs: number) {
  let now = startMs
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    set: (ms: number) => (now = ms),
  }
}

/** The row id at an index of a plan (throws in tests if it does not exist). */
export function rowId(plan: TimerPlan, index: number): string {
  const row = plan.rows[index]
  if (!row) throw new Error(`no row ${index}`)
  return row.id
}
