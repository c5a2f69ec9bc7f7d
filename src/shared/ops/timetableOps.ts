import type { EditContext } from '../model/context'
import type { AnyRecord, TimetableRow, Workshop } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { fromMinutes, toMinutes } from '../timetable/clock'
import { newRecordBase } from './records'

/** Editable fields of a timetable row. */
export type TimetableRowPatch = Partial<
  Pick<TimetableRow, 'durationMin' | 'kind' | 'item' | 'content' | 'themeId'>
>

/** The live rows of a workshop in timetable order. */
export function timetableRows(doc: WorkshopDoc): TimetableRow[] {
  return live(doc.rows).sort(byOrder)
}

/** End time (HH:MM) of the day: dayStart plus every duration. */
export function dayEnd(doc: WorkshopDoc): string {
  const total = timetableRows(doc).reduce((sum, row) => sum + row.durationMin, 0)
  return fromMinutes(toMinutes(doc.workshop.dayStart) + total)
}

/**
 * Renumbers orders 1..n and recomputes every start time from dayStart, returning only the rows
 * that actually changed. Rows are contiguous: each starts where the previous one ends.
 */
export function recomputeTimes(rows: readonly TimetableRow[], dayStart: string): TimetableRow[] {
  const changed: TimetableRow[] = []
  let minute = toMinutes(dayStart)
  rows.forEach((row, index) => {
    const start = fromMinutes(minute)
    const order = index + 1
    if (row.start !== start || row.order !== order) changed.push({ ...row, start, order })
    minute += row.durationMin
  })
  return changed
}

function withRecomputed(
  doc: WorkshopDoc,
  rows: TimetableRow[],
  extra: AnyRecord[] = [],
  dayStart = doc.workshop.dayStart,
): AnyRecord[] {
  const recomputed = recomputeTimes(rows, dayStart)
  const byId = new Map<string, AnyRecord>(extra.map((r) => [r.id, r]))
  for (const row of recomputed) byId.set(row.id, { ...(byId.get(row.id) ?? {}), ...row })
  return [...byId.values()]
}

/** Inserts a new row after `afterId` (or at the end), copying nothing but sensible defaults. */
export function addRow(
  doc: WorkshopDoc,
  afterId: string | null,
  ctx: EditContext,
  init: Partial<Pick<TimetableRow, 'durationMin' | 'kind' | 'item' | 'content' | 'themeId'>> = {},
): AnyRecord[] {
  const rows = timetableRows(doc)
  const row: TimetableRow = {
    ...newRecordBase(ctx),
    type: 'timetableRow',
    workshopId: doc.workshop.id,
    order: 0,
    start: '00:00',
    durationMin: init.durationMin ?? 10,
    kind: init.kind ?? 'other',
    item: init.item ?? '',
    content: init.content ?? '',
    themeId: init.themeId ?? null,
  }
  const index = afterId === null ? rows.length : rows.findIndex((r) => r.id === afterId) + 1
  rows.splice(index <= 0 ? rows.length : index, 0, row)
  return withRecomputed(doc, rows, [row])
}

export function updateRow(doc: WorkshopDoc, id: string, patch: TimetableRowPatch): AnyRecord[] {
  const rows = timetableRows(doc)
  const index = rows.findIndex((r) => r.id === id)
  const current = rows[index]
  if (!current) return []
  const updated = { ...current, ...patch }
  rows[index] = updated
  return withRecomputed(doc, rows, [updated])
}

export function removeRow(doc: WorkshopDoc, id: string, ctx: EditContext): AnyRecord[] {
  const row = doc.rows[id]
  if (!row || row.deletedAt) return []
  const rows = timetableRows(doc).filter((r) => r.id !== id)
  return withRecomputed(doc, rows, [{ ...row, deletedAt: ctx.now() }])
}

/** Moves a row up (-1) or down (+1); no change at the ends. */
export function moveRow(doc: WorkshopDoc, id: string, delta: -1 | 1): AnyRecord[] {
  const rows = timetableRows(doc)
  const from = rows.findIndex((r) => r.id === id)
  const to = from + delta
  if (from < 0 || to < 0 || to >= rows.length) return []
  const [row] = rows.splice(from, 1)
  if (!row) return []
  rows.splice(to, 0, row)
  return withRecomputed(doc, rows)
}

/** Changes the start of the day; every row moves with it. */
export function setDayStart(doc: WorkshopDoc, dayStart: string): AnyRecord[] {
  const workshop: Workshop = { ...doc.workshop, dayStart }
  return [workshop, ...recomputeTimes(timetableRows(doc), dayStart)]
}
