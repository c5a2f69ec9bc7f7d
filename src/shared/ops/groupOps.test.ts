import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import {
  boardSchema,
  groupSchema,
  type AnyRecord,
  type Group,
  type Note,
  type Workshop,
} from '../model/schemas'
import { applyRecords, emptyDoc, live, type WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from '../testing/fakeContext'
import {
  addGroup,
  addMember,
  boardOf,
  nextGroupName,
  removeGroup,
  removeMember,
  renameGroup,
  setRole,
  updateMember,
  workshopGroups,
} from './groupOps'
import { newRecordBase } from './records'
import { addCause } from '../theme2/causeOps'
import { addMeasure, addOutcome } from '../theme2/measureOps'
import { createTopic } from '../theme2/topicOps'

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

function setup() {
  const ctx = fakeContext()
  let doc: WorkshopDoc = emptyDoc(workshop)
  const apply = (records: AnyRecord[]) => {
    doc = applyRecords(doc, records)
    return records
  }
  return { ctx, apply, doc: () => doc }
}

function group(doc: WorkshopDoc, id: string): Group {
  const g = doc.groups[id]
  if (!g) throw new Error(`no group ${id}`)
  return g
}

describe('groupOps', () => {
  it('addGroup creates a valid group and one board per theme', () => {
    const { ctx, apply, doc } = setup()
    const records = apply(addGroup(doc(), ctx))
    expect(records).toHaveLength(4)
    const [g, ...boards] = records
    expect(g?.type).toBe('group')
    expect(groupSchema.safeParse(g).error).toBeUndefined()
    expect(g).toMatchObject({ name: 'Ａグループ', order: 1, members: [], moderatorId: null })
    expect(boards.map((b) => (b.type === 'board' ? b.themeId : null))).toEqual([
      'theme1',
      'theme2',
      'theme3',
    ])
    for (const board of boards) {
      expect(boardSchema.safeParse(board).error).toBeUndefined()
      expect(board).toMatchObject({ groupId: g?.id, workshopId: 'w1' })
    }
    expect(boardOf(doc(), g!.id, 'theme2')?.id).toBe(boards[1]?.id)
  })

  it('nextGroupName takes the first free letter and orders groups', () => {
    const { ctx, apply, doc } = setup()
    apply(addGroup(doc(), ctx))
    const b = apply(addGroup(doc(), ctx))[0]!
    apply(addGroup(doc(), ctx, '特別グループ'))
    expect(workshopGroups(doc()).map((g) => [g.name, g.order])).toEqual([
      ['Ａグループ', 1],
      ['Ｂグループ', 2],
      ['特別グループ', 3],
    ])
    expect(nextGroupName(doc())).toBe('Ｃグループ')
    apply(removeGroup(doc(), b.id, ctx))
    expect(nextGroupName(doc())).toBe('Ｂグループ')
    apply(renameGroup(doc(), workshopGroups(doc())[0]!.id, 'Ｂグループ'))
    expect(nextGroupName(doc())).toBe('Ａグループ')
  })

  it('nextGroupName falls back to a number after Ｚ', () => {
    const { ctx, apply, doc } = setup()
    for (let i = 0; i < 26; i++) apply(addGroup(doc(), ctx))
    expect(workshopGroups(doc()).at(-1)?.name).toBe('Ｚグループ')
    expect(nextGroupName(doc())).toBe('グループ27')
  })

  it('removeGroup tombstones the group, its boards and their notes', () => {
    const { ctx, apply, doc } = setup()
    const a = apply(addGroup(doc(), ctx))[0]!
    const b = apply(addGroup(doc(), ctx))[0]!
    const note = (boardId: string): Note => ({
      ...newRecordBase(ctx),
      type: 'note',
      workshopId: 'w1',
      boardId,
      text: '困りごと',
      kind: 'hand',
      color: 'yellow',
      scenes: [],
      who: [],
      tane: false,
      order: 1,
      parentId: null,
      area: null,
    })
    apply([note(boardOf(doc(), a.id, 'theme1')!.id), note(boardOf(doc(), b.id, 'theme1')!.id)])
    const records = apply(removeGroup(doc(), a.id, ctx))
    expect(records).toHaveLength(5) // group + 3 boards + 1 note
    expect(records.every((r) => r.deletedAt !== null)).toBe(true)
    expect(workshopGroups(doc()).map((g) => g.id)).toEqual([b.id])
    expect(live(doc().boards)).toHaveLength(3)
    expect(live(doc().notes)).toHaveLength(1)
    expect(boardOf(doc(), a.id, 'theme1')).toBeUndefined()
    expect(removeGroup(doc(), a.id, ctx)).toEqual([])
    expect(removeGroup(doc(), 'missing', ctx)).toEqual([])
  })

  it('removeGroup tombstones the テーマ2 topics, causes, measures and outcomes of its board', () => {
    const { ctx, apply, doc } = setup()
    const a = apply(addGroup(doc(), ctx))[0]!
    const b = apply(addGroup(doc(), ctx))[0]!
    const fill = (groupId: string) => {
      const topic = apply(createTopic(doc(), boardOf(doc(), groupId, 'theme2')!.id, 'T', ctx))[0]!
      const cause = apply(addCause(doc(), topic.id, '原因', null, ctx))[0]!
      apply(addCause(doc(), topic.id, 'なぜ', cause.id, ctx))
      apply(addMeasure(doc(), topic.id, cause.id, '対策', '家族', ctx))
      apply(addOutcome(doc(), topic.id, { expectation: '期待' }, ctx))
    }
    fill(a.id)
    fill(b.id)
    const records = apply(removeGroup(doc(), a.id, ctx))
    expect(records.map((r) => r.type)).toEqual([
      'group',
      'board',
      'board',
      'board',
      'topic',
      'cause',
      'cause',
      'measure',
      'outcome',
    ])
    expect(records.every((r) => r.deletedAt !== null)).toBe(true)
    expect(live(doc().topics)).toHaveLength(1)
    expect(live(doc().causes)).toHaveLength(2)
    expect(live(doc().measures)).toHaveLength(1)
    expect(live(doc().outcomes)).toHaveLength(1)
  })

  it('adds, updates and removes members', () => {
    const { ctx, apply, doc } = setup()
    const g = apply(addGroup(doc(), ctx))[0]!
    apply(addMember(doc(), g.id, ctx, { name: '山田 花子', position: 'municipal' }))
    apply(addMember(doc(), g.id, ctx, { name: '鈴木 一郎', qualifications: ['看護師'] }))
    const [yamada, suzuki] = group(doc(), g.id).members
    expect(yamada).toMatchObject({
      name: '山田 花子',
      position: 'municipal',
      affiliation: '',
      years: null,
      qualifications: [],
    })
    expect(suzuki).toMatchObject({ name: '鈴木 一郎', position: 'coordinator' })
    expect(yamada!.id).not.toBe(suzuki!.id)

    apply(updateMember(doc(), g.id, suzuki!.id, { years: 3, affiliation: '○○市医師会' }))
    expect(group(doc(), g.id).members[1]).toMatchObject({ years: 3, affiliation: '○○市医師会' })
    expect(group(doc(), g.id).members[0]).toEqual(yamada)
    expect(groupSchema.safeParse(group(doc(), g.id)).error).toBeUndefined()

    apply(removeMember(doc(), g.id, yamada!.id))
    expect(group(doc(), g.id).members.map((m) => m.name)).toEqual(['鈴木 一郎'])
    expect(addMember(doc(), 'missing', ctx)).toEqual([])
    expect(updateMember(doc(), 'missing', 'x', {})).toEqual([])
    expect(removeMember(doc(), 'missing', 'x')).toEqual([])
  })

  it('refuses a member beyond the per-group limit (the record would not validate)', () => {
    const { ctx, apply, doc } = setup()
    const g = apply(addGroup(doc(), ctx))[0]!
    for (let i = 0; i < LIMITS.membersPerGroup; i++) apply(addMember(doc(), g.id, ctx))
    expect(groupSchema.safeParse(group(doc(), g.id)).success).toBe(true)
    expect(addMember(doc(), g.id, ctx)).toEqual([])
  })

  it('setRole assigns 司会/書記 to members only; one member may hold both', () => {
    const { ctx, apply, doc } = setup()
    const g = apply(addGroup(doc(), ctx))[0]!
    apply(addMember(doc(), g.id, ctx, { name: '山田 花子', position: 'municipal' }))
    const yamada = group(doc(), g.id).members[0]!
    apply(setRole(doc(), g.id, 'moderatorId', yamada.id))
    apply(setRole(doc(), g.id, 'scribeId', yamada.id))
    expect(group(doc(), g.id)).toMatchObject({ moderatorId: yamada.id, scribeId: yamada.id })
    expect(setRole(doc(), g.id, 'scribeId', 'not-a-member')).toEqual([])
    expect(setRole(doc(), 'missing', 'scribeId', null)).toEqual([])
    apply(setRole(doc(), g.id, 'scribeId', null))
    expect(group(doc(), g.id).scribeId).toBeNull()
  })

  it('removeMember clears the roles the member held', () => {
    const { ctx, apply, doc } = setup()
    const g = apply(addGroup(doc(), ctx))[0]!
    apply(addMember(doc(), g.id, ctx, { name: 'A' }))
    apply(addMember(doc(), g.id, ctx, { name: 'B' }))
    const [a, b] = group(doc(), g.id).members
    apply(setRole(doc(), g.id, 'moderatorId', a!.id))
    apply(setRole(doc(), g.id, 'scribeId', b!.id))
    apply(removeMember(doc(), g.id, a!.id))
    expect(group(doc(), g.id)).toMatchObject({ moderatorId: null, scribeId: b!.id })
    apply(removeMember(doc(), g.id, b!.id))
    expect(group(doc(), g.id)).toMatchObject({ moderatorId: null, scribeId: null, members: [] })
  })

  it('renameGroup changes only the name', () => {
    const { ctx, apply, doc } = setup()
    const g = apply(addGroup(doc(), ctx))[0] as Group
    apply(renameGroup(doc(), g.id, '1班'))
    expect(group(doc(), g.id)).toEqual({ ...g, name: '1班' })
    expect(renameGroup(doc(), 'missing', 'x')).toEqual([])
  })
})
