import { describe, expect, it } from 'vitest'
import { addGroup, renameGroup } from '../ops/groupOps'
import { addRow, timetableRows, updateRow } from '../ops/timetableOps'
import { addCause } from '../theme2/causeOps'
import { addMeasure, addOutcome } from '../theme2/measureOps'
import { createTopic } from '../theme2/topicOps'
import { FAKE_EDITOR, fakeContext } from '../testing/fakeContext'
import type { AnyRecord, Group, TimetableRow, Topic, Workshop } from './schemas'
import {
  applyRecords,
  byOrder,
  docFromRecords,
  docRecords,
  emptyDoc,
  findRecord,
  invertChange,
  live,
  stampChange,
  stampOf,
  type WorkshopDoc,
} from './workshopDoc'

function workshop(id = 'w1'): Workshop {
  return {
    id,
    type: 'workshop',
    createdAt: '2025-02-07T03:00:00.000Z',
    updatedAt: '2025-02-07T03:00:00.000Z',
    rev: 1,
    deletedAt: null,
    title: 'テスト',
    date: '',
    venue: '',
    variant: 'custom',
    scenes: ['daily'],
    dayStart: '13:00',
    isSample: false,
  }
}

/** A doc with one row and one group (with boards), as stored: stamped at rev 1. */
function seeded() {
  const ctx = fakeContext()
  let doc = emptyDoc(workshop())
  const edit = (records: AnyRecord[]) => {
    const change = stampChange(doc, records, stampOf(ctx))
    doc = applyRecords(doc, change.records)
    return change
  }
  edit(addRow(doc, null, ctx, { item: '開場', durationMin: 30 }))
  edit(addGroup(doc, ctx))
  return { ctx, edit, doc: () => doc }
}

describe('applyRecords', () => {
  it('copies only the maps it touches (structural sharing)', () => {
    const { doc } = seeded()
    const before = doc()
    const row = timetableRows(before)[0]!
    const after = applyRecords(before, updateRow(before, row.id, { item: '開場（受付）' }))
    expect(after).not.toBe(before)
    expect(after.rows).not.toBe(before.rows)
    expect(after.groups).toBe(before.groups)
    expect(after.boards).toBe(before.boards)
    expect(after.notes).toBe(before.notes)
    expect(after.workshop).toBe(before.workshop)
    expect(before.rows[row.id]?.item).toBe('開場') // the old doc is untouched
    expect(after.rows[row.id]?.item).toBe('開場（受付）')
    expect(applyRecords(before, [])).toBe(before)
  })

  it('replaces the workshop record only when the id matches', () => {
    const doc = emptyDoc(workshop())
    const renamed = applyRecords(doc, [{ ...workshop(), title: '新しい名前' }])
    expect(renamed.workshop.title).toBe('新しい名前')
    expect(applyRecords(doc, [{ ...workshop('w2'), title: '別' }])).toBe(doc)
  })

  it('ignores records of other workshops', () => {
    const ctx = fakeContext()
    const other = emptyDoc(workshop('w2'))
    const foreign = [...addRow(other, null, ctx), ...addGroup(other, ctx)]
    const doc = emptyDoc(workshop())
    expect(applyRecords(doc, foreign)).toBe(doc)
    expect(docFromRecords(workshop(), foreign)).toEqual(doc)
  })

  it('docRecords lists the workshop first and keeps tombstones; findRecord finds them', () => {
    const { doc, ctx } = seeded()
    const row = timetableRows(doc())[0]!
    const gone = applyRecords(doc(), [{ ...row, deletedAt: ctx.now() }])
    const records = docRecords(gone)
    expect(records[0]).toBe(gone.workshop)
    expect(records).toHaveLength(1 + 1 + 1 + 3)
    expect(findRecord(gone, row)?.deletedAt).not.toBeNull()
    expect(live(gone.rows)).toEqual([])
    expect(findRecord(gone, { ...workshop('w2') })).toBeUndefined()
  })

  it('holds テーマ2 records in their own maps: apply, find, list, rebuild', () => {
    const { doc, ctx } = seeded()
    const board = Object.values(doc().boards).find((b) => b.themeId === 'theme2')!
    const topic = createTopic(doc(), board.id, 'T', ctx)[0] as Topic
    let next = applyRecords(doc(), [topic])
    const cause = addCause(next, topic.id, '原因', null, ctx)[0]!
    next = applyRecords(next, [cause])
    const measure = addMeasure(next, topic.id, cause.id, '対策', '家族', ctx)[0]!
    const outcome = addOutcome(next, topic.id, { expectation: '期待' }, ctx)[0]!
    const after = applyRecords(next, [measure, outcome])
    expect(after.notes).toBe(doc().notes) // untouched maps are shared
    expect(Object.keys(after.topics)).toEqual([topic.id])
    expect(Object.keys(after.causes)).toEqual([cause.id])
    expect(Object.keys(after.measures)).toEqual([measure.id])
    expect(Object.keys(after.outcomes)).toEqual([outcome.id])
    for (const record of [topic, cause, measure, outcome]) {
      expect(findRecord(after, record)).toBe(record)
      expect(findRecord(doc(), record)).toBeUndefined()
    }
    expect(docRecords(after).slice(-4)).toEqual([topic, cause, measure, outcome])
    expect(docFromRecords(after.workshop, docRecords(after).slice(1))).toEqual(after)
    // Records of another workshop are ignored like the others.
    expect(applyRecords(after, [{ ...topic, id: 'x', workshopId: 'w2' }])).toBe(after)
  })

  it('byOrder sorts by order', () => {
    expect([{ order: 3 }, { order: 1 }, { order: 2 }].sort(byOrder)).toEqual([
      { order: 1 },
      { order: 2 },
      { order: 3 },
    ])
  })
})

describe('stampChange', () => {
  it('gives new records rev 1 and edited records their previous rev plus one', () => {
    const { doc, edit } = seeded()
    const row = timetableRows(doc())[0]!
    expect(row.rev).toBe(1)
    const group = Object.values(doc().groups)[0]!
    const change = edit([
      ...updateRow(doc(), row.id, { durationMin: 20 }),
      ...renameGroup(doc(), group.id, '1班'),
    ])
    const [stampedRow, stampedGroup] = change.records as [TimetableRow, Group]
    expect(stampedRow.rev).toBe(2)
    expect(stampedGroup.rev).toBe(2)
    expect(stampedRow.createdAt).toBe(row.createdAt)
    expect(stampedRow.updatedAt).not.toBe(row.updatedAt)
    expect(stampedGroup.updatedAt).toBe(stampedRow.updatedAt)
    const again = edit(updateRow(doc(), row.id, { durationMin: 25 }))
    expect(again.records[0]?.rev).toBe(3)
  })

  it('keeps the createdAt of the stored version even if the edit changed it', () => {
    const { doc } = seeded()
    const row = timetableRows(doc())[0]!
    const change = stampChange(doc(), [{ ...row, createdAt: 'bogus' }], {
      now: '2030-01-01T00:00:00.000Z',
      editor: FAKE_EDITOR,
    })
    expect(change.records[0]).toMatchObject({
      createdAt: row.createdAt,
      updatedAt: '2030-01-01T00:00:00.000Z',
    })
  })
})

describe('invertChange', () => {
  it('restores previous values and tombstones the records the change created', () => {
    const { doc, edit, ctx } = seeded()
    const base = doc()
    const row = timetableRows(base)[0]!
    const change = edit([
      ...updateRow(base, row.id, { item: '受付', durationMin: 15 }),
      ...addRow(base, row.id, ctx, { item: '開会・挨拶' }),
    ])
    const edited = doc()
    expect(timetableRows(edited).map((r) => r.item)).toEqual(['受付', '開会・挨拶'])
    const added = change.records[1]!

    const undo = stampChange(edited, invertChange(base, change, ctx.now()), stampOf(ctx))
    const undone = applyRecords(edited, undo.records)
    expect(undone.rows[row.id]).toMatchObject({ item: '開場', durationMin: 30, rev: 3 })
    expect(undone.rows[added.id]?.deletedAt).not.toBeNull()
    expect(undone.rows[added.id]?.rev).toBe(2)
    expect(timetableRows(undone).map((r) => r.item)).toEqual(['開場'])
  })

  it('undo then redo comes back to the edited values with ever increasing revs', () => {
    const { doc, edit, ctx } = seeded()
    const group = Object.values(doc().groups)[0]!
    const history: { base: WorkshopDoc; change: ReturnType<typeof stampChange> }[] = []
    const base0 = doc()
    history.push({ base: base0, change: edit(renameGroup(base0, group.id, '1班')) })
    const edited = doc()

    // undo: the inverse against the doc before the change, stamped against the current doc
    const { base, change } = history[0]!
    const undoChange = edit(invertChange(base, change, ctx.now()))
    expect(doc().groups[group.id]).toMatchObject({ name: 'Ａグループ', rev: 3 })

    // redo: the inverse of the undo, against the doc the undo was applied to
    edit(invertChange(edited, undoChange, ctx.now()))
    expect(doc().groups[group.id]).toMatchObject({ name: '1班', rev: 4 })
    const content = (g: Group | undefined) => ({ ...g, updatedAt: null, rev: null, edits: null })
    expect(content(doc().groups[group.id])).toEqual(content(edited.groups[group.id]))
  })

  it('undo of a creation, then redo, brings the record back alive', () => {
    const { doc, edit, ctx } = seeded()
    const before = doc()
    const created = edit(addRow(before, null, ctx, { item: '休憩' }))
    const withRow = doc()
    const undo = edit(invertChange(before, created, ctx.now()))
    const id = created.records.find((r) => r.type === 'timetableRow' && r.item === '休憩')!.id
    expect(doc().rows[id]?.deletedAt).not.toBeNull()
    edit(invertChange(withRow, undo, ctx.now()))
    expect(doc().rows[id]).toMatchObject({ deletedAt: null, item: '休憩', rev: 3 })
  })
})
