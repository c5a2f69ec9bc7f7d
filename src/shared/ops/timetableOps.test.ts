import { describe, expect, it } from 'vitest'
import { timetableRowSchema, type TimetableRow, type Workshop } from '../model/schemas'
import { applyRecords, emptyDoc, type WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from '../testing/fakeContext'
import {
  addRow,
  dayEnd,
  moveRow,
  recomputeTimes,
  removeRow,
  setDayStart,
  timetableRows,
  updateRow,
} from './timetableOps'

const ctx = () => fakeContext()

function workshop(dayStart = '13:00'): Workshop {
  return {
    id: 'w1',
    type: 'workshop',
    createdAt: '2025-02-07T04:00:00.000Z',
    updatedAt: '2025-02-07T04:00:00.000Z',
    rev: 1,
    deletedAt: null,
    title: 'テスト',
    date: '',
    venue: '',
    variant: 'custom',
    scenes: ['daily'],
    dayStart,
    isSample: false,
  }
}

/** A doc with rows of the given durations, added one after another with addRow. */
function docWith(durations: number[], dayStart = '13:00') {
  const c = ctx()
  let doc: WorkshopDoc = emptyDoc(workshop(dayStart))
  for (const durationMin of durations) {
    doc = applyRecords(doc, addRow(doc, null, c, { durationMin, item: `${durationMin}分` }))
  }
  return { doc, ctx: c }
}

const starts = (doc: WorkshopDoc) => timetableRows(doc).map((r) => r.start)
const items = (doc: WorkshopDoc) => timetableRows(doc).map((r) => r.item)

describe('timetableOps', () => {
  it('addRow appends a valid row with defaults and computes its start', () => {
    const c = ctx()
    const empty = emptyDoc(workshop())
    const records = addRow(empty, null, c)
    expect(records).toHaveLength(1)
    const row = records[0] as TimetableRow
    expect(timetableRowSchema.safeParse(row).error).toBeUndefined()
    expect(row).toMatchObject({
      workshopId: 'w1',
      order: 1,
      start: '13:00',
      durationMin: 10,
      kind: 'other',
      item: '',
      content: '',
      themeId: null,
      rev: 1,
      deletedAt: null,
    })
    const { doc } = docWith([15, 40, 40])
    expect(starts(doc)).toEqual(['13:00', '13:15', '13:55'])
    expect(timetableRows(doc).map((r) => r.order)).toEqual([1, 2, 3])
    expect(dayEnd(doc)).toBe('14:35')
  })

  it('addRow inserts after a row and shifts the later rows', () => {
    const { doc, ctx: c } = docWith([15, 40, 40])
    const first = timetableRows(doc)[0]!
    const records = addRow(doc, first.id, c, { durationMin: 5, kind: 'break', item: '休憩' })
    // The new row and the two rows that moved; the first row is unchanged.
    expect(records).toHaveLength(3)
    const next = applyRecords(doc, records)
    expect(items(next)).toEqual(['15分', '休憩', '40分', '40分'])
    expect(starts(next)).toEqual(['13:00', '13:15', '13:20', '14:00'])
    expect(dayEnd(next)).toBe('14:40')
  })

  it('addRow after an unknown row appends at the end', () => {
    const { doc, ctx: c } = docWith([15, 40])
    const next = applyRecords(doc, addRow(doc, 'missing', c, { item: '末尾' }))
    expect(items(next)).toEqual(['15分', '40分', '末尾'])
  })

  it('updateRow changes fields and recomputes the starts after it', () => {
    const { doc } = docWith([15, 40, 40])
    const second = timetableRows(doc)[1]!
    const records = updateRow(doc, second.id, { durationMin: 45, content: 'テーマ１）' })
    const next = applyRecords(doc, records)
    expect(next.rows[second.id]).toMatchObject({ durationMin: 45, content: 'テーマ１）' })
    expect(starts(next)).toEqual(['13:00', '13:15', '14:00'])
    expect(dayEnd(next)).toBe('14:40')
    expect(updateRow(doc, 'missing', { durationMin: 1 })).toEqual([])
  })

  it('removeRow tombstones the row and closes the gap', () => {
    const { doc, ctx: c } = docWith([15, 40, 40])
    const second = timetableRows(doc)[1]!
    const next = applyRecords(doc, removeRow(doc, second.id, c))
    expect(next.rows[second.id]?.deletedAt).not.toBeNull()
    expect(items(next)).toEqual(['15分', '40分'])
    expect(starts(next)).toEqual(['13:00', '13:15'])
    expect(timetableRows(next).map((r) => r.order)).toEqual([1, 2])
    expect(dayEnd(next)).toBe('13:55')
    // Removing again, or an unknown row, changes nothing.
    expect(removeRow(next, second.id, c)).toEqual([])
    expect(removeRow(next, 'missing', c)).toEqual([])
  })

  it('moveRow swaps with a neighbour and does nothing at the ends', () => {
    const { doc } = docWith([15, 40, 30])
    const [a, , last] = timetableRows(doc)
    const down = applyRecords(doc, moveRow(doc, a!.id, 1))
    expect(items(down)).toEqual(['40分', '15分', '30分'])
    expect(starts(down)).toEqual(['13:00', '13:40', '13:55'])
    const up = applyRecords(down, moveRow(down, a!.id, -1))
    expect(items(up)).toEqual(['15分', '40分', '30分'])
    expect(starts(up)).toEqual(starts(doc))
    expect(moveRow(doc, a!.id, -1)).toEqual([])
    expect(moveRow(doc, last!.id, 1)).toEqual([])
    expect(moveRow(doc, 'missing', 1)).toEqual([])
  })

  it('setDayStart moves every row with the day', () => {
    const { doc } = docWith([30, 5, 10])
    const records = setDayStart(doc, '12:30')
    expect(records[0]).toMatchObject({ type: 'workshop', dayStart: '12:30' })
    const next = applyRecords(doc, records)
    expect(next.workshop.dayStart).toBe('12:30')
    expect(starts(next)).toEqual(['12:30', '13:00', '13:05'])
    expect(dayEnd(next)).toBe('13:15')
  })

  it('recomputeTimes returns only the rows that changed, and wraps past midnight', () => {
    const { doc } = docWith([30, 30])
    expect(recomputeTimes(timetableRows(doc), '13:00')).toEqual([])
    const changed = recomputeTimes(timetableRows(doc), '23:45')
    expect(changed.map((r) => r.start)).toEqual(['23:45', '00:15'])
  })

  it('ignores tombstoned rows when computing times and the end of the day', () => {
    const { doc, ctx: c } = docWith([60, 60])
    const first = timetableRows(doc)[0]!
    const next = applyRecords(doc, removeRow(doc, first.id, c))
    expect(dayEnd(next)).toBe('14:00')
    expect(dayEnd(emptyDoc(workshop('09:00')))).toBe('09:00')
  })
})
