import { describe, expect, it } from 'vitest'
import type { AnyRecord, Workshop } from '../model/schemas'
import { applyRecords, emptyDoc, findRecord, type WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from '../testing/fakeContext'
import { addGroup, addMember, removeGroup, removeMember, setRole, workshopGroups } from './groupOps'
import { restoreVersions, type ChangedRecord } from './restoreVersions'
import { addRow, moveRow, removeRow, timetableRows } from './timetableOps'

const workshop: Workshop = {
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
  dayStart: '13:00',
  isSample: false,
}

/** A doc and its edits, remembering what each edit changed (as the history does). */
function setup() {
  const ctx = fakeContext()
  let doc: WorkshopDoc = emptyDoc(workshop)
  const apply = (records: AnyRecord[]): ChangedRecord[] => {
    const before = doc
    doc = applyRecords(doc, records)
    return records.map((after) => ({ before: findRecord(before, after) ?? after, after }))
  }
  return { ctx, apply, doc: () => doc }
}

describe('restoreVersions', () => {
  it('puts back what a change did, keeping fields changed since by others', () => {
    const { ctx, apply, doc } = setup()
    apply(addGroup(doc(), ctx))
    const id = workshopGroups(doc())[0]!.id
    apply(addMember(doc(), id, ctx, { name: '山田 花子' }))
    const member = doc().groups[id]!.members[0]!
    apply(setRole(doc(), id, 'moderatorId', member.id))
    const removed = apply(removeMember(doc(), id, member.id))
    apply([{ ...doc().groups[id]!, name: '前橋グループ' }])

    const plan = restoreVersions(doc(), removed)
    expect(plan.skipped).toBe(0)
    const group = applyRecords(doc(), plan.records).groups[id]!
    expect(group).toMatchObject({ name: '前橋グループ', moderatorId: member.id })
    expect(group.members).toEqual([member])
  })

  it('leaves a record whose changed fields were changed again since, and counts it', () => {
    const { ctx, apply, doc } = setup()
    apply(addGroup(doc(), ctx))
    const id = workshopGroups(doc())[0]!.id
    apply(addMember(doc(), id, ctx, { name: '山田 花子' }))
    const member = doc().groups[id]!.members[0]!
    const removed = apply(removeMember(doc(), id, member.id))
    apply(addMember(doc(), id, ctx, { name: '鈴木 一郎' }))

    const plan = restoreVersions(doc(), removed)
    expect(plan).toEqual({ records: [], skipped: 1 })
  })

  it('brings a group back with its boards, and nothing already back counts', () => {
    const { ctx, apply, doc } = setup()
    apply(addGroup(doc(), ctx))
    const id = workshopGroups(doc())[0]!.id
    const removed = apply(removeGroup(doc(), id, ctx))
    const plan = restoreVersions(doc(), removed)
    expect(plan.skipped).toBe(0)
    expect(plan.records).toHaveLength(removed.length)
    const back = applyRecords(doc(), plan.records)
    expect(workshopGroups(back).map((g) => g.id)).toEqual([id])
    expect(restoreVersions(back, removed)).toEqual({ records: [], skipped: 0 })
  })

  it('puts a timetable row back at its place and recomputes every time after it', () => {
    const { ctx, apply, doc } = setup()
    for (let i = 0; i < 4; i += 1) apply(addRow(doc(), null, ctx, { item: `項目${i + 1}` }))
    const [, second, third] = timetableRows(doc())
    const removed = apply(removeRow(doc(), second!.id, ctx))
    // Since: the (new) second row moved to the end.
    apply(moveRow(doc(), third!.id, 1))
    apply(moveRow(doc(), third!.id, 1))

    const plan = restoreVersions(doc(), removed)
    const rows = timetableRows(applyRecords(doc(), plan.records))
    expect(rows.map((r) => r.item)).toEqual(['項目1', '項目2', '項目4', '項目3'])
    expect(rows.map((r) => r.order)).toEqual([1, 2, 3, 4])
    expect(rows.map((r) => r.start)).toEqual(['13:00', '13:10', '13:20', '13:30'])
    expect(plan.skipped).toBe(0)
  })
})
