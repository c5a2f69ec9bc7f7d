import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { groupSchema, participantSchema } from '../model/schemas'
import { addGroup, addMember, removeMember, setRole, updateMember } from '../ops/groupOps'
import { applyGroupPlan } from './applyGroupPlan'
import { makeGroupPlan } from './groupPlan'
import {
  addParticipants,
  moveParticipant,
  removeParticipants,
  rosterPeople,
  seatsOf,
  unassignedPeople,
  updateParticipant,
} from './rosterOps'
import { rosterFixture } from './testing/rosterFixture'
import { docFixture } from './testing/docFixture'

describe('the 名簿 and the groups', () => {
  it('adds people to the pool in one edit, each a valid record', () => {
    const f = docFixture()
    const added = f.apply(addParticipants(f.doc(), rosterFixture(), f.ctx))
    expect(added).toHaveLength(78)
    for (const record of added) expect(participantSchema.safeParse(record).success).toBe(true)
    expect(
      rosterPeople(f.doc())
        .map((p) => p.name)
        .slice(0, 2),
    ).toEqual(['佐藤 花子', '鈴木 花子'])
    expect(unassignedPeople(f.doc())).toHaveLength(78)
  })

  it('moves a person from the pool to a table, between tables, and back; roles follow', () => {
    const f = docFixture()
    const [a, b] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const [g2] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const [person] = f.apply(addParticipants(f.doc(), rosterFixture().slice(0, 1), f.ctx))
    expect(b).toBeUndefined()
    f.apply(moveParticipant(f.doc(), person!.id, a!.id))
    expect(seatsOf(f.doc()).get(person!.id)).toBe(a!.id)
    expect(f.doc().groups[a!.id]!.members).toEqual([
      expect.objectContaining({ id: person!.id, name: '佐藤 花子' }),
    ])
    f.apply(setRole(f.doc(), a!.id, 'moderatorId', person!.id))
    const moved = f.apply(moveParticipant(f.doc(), person!.id, g2!.id))
    expect(moved).toHaveLength(2)
    expect(f.doc().groups[a!.id]).toMatchObject({ members: [], moderatorId: null })
    expect(f.doc().groups[g2!.id]!.members.map((m) => m.id)).toEqual([person!.id])
    expect(moveParticipant(f.doc(), person!.id, g2!.id)).toEqual([])
    f.apply(moveParticipant(f.doc(), person!.id, null))
    expect(unassignedPeople(f.doc()).map((p) => p.id)).toEqual([person!.id])
    for (const g of Object.values(f.doc().groups))
      expect(groupSchema.safeParse(g).success).toBe(true)
  })

  it('never seats a 講師・アドバイザー, オブザーバー or 傍聴, nor more than a table holds', () => {
    const f = docFixture()
    const [g] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const [lecturer] = f.apply(
      addParticipants(f.doc(), [{ name: '講師 太郎', kind: 'lecturer' }], f.ctx),
    )
    expect(moveParticipant(f.doc(), lecturer!.id, g!.id)).toEqual([])
    const crowd = f.apply(
      addParticipants(
        f.doc(),
        Array.from({ length: LIMITS.membersPerGroup + 1 }, (_, i) => ({ name: `P${i}` })),
        f.ctx,
      ),
    )
    for (const p of crowd.slice(0, LIMITS.membersPerGroup))
      f.apply(moveParticipant(f.doc(), p.id, g!.id))
    expect(moveParticipant(f.doc(), crowd.at(-1)!.id, g!.id)).toEqual([])
  })

  it('keeps the member copy like the person; a 受講者 who becomes 傍聴 leaves the table', () => {
    const f = docFixture()
    const [g] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const [p] = f.apply(
      addParticipants(f.doc(), [{ name: '山田 花子', contact: 'a@example.jp' }], f.ctx),
    )
    f.apply(moveParticipant(f.doc(), p!.id, g!.id))
    f.apply(updateParticipant(f.doc(), p!.id, { name: '山田 はな子', years: 4 }, f.ctx))
    expect(f.doc().groups[g!.id]!.members[0]).toEqual({
      id: p!.id,
      name: '山田 はな子',
      position: 'coordinator',
      affiliation: '',
      years: 4,
      qualifications: [],
    })
    // The 連絡先 never reaches the table's copy.
    expect(JSON.stringify(f.doc().groups[g!.id])).not.toContain('a@example.jp')
    f.apply(updateParticipant(f.doc(), p!.id, { kind: 'auditor' }, f.ctx))
    expect(f.doc().groups[g!.id]!.members).toEqual([])
  })

  it('removes people from the 名簿 and their tables', () => {
    const f = docFixture()
    const [g] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const [p, q] = f.apply(addParticipants(f.doc(), [{ name: 'A' }, { name: 'B' }], f.ctx))
    f.apply(moveParticipant(f.doc(), p!.id, g!.id))
    f.apply(setRole(f.doc(), g!.id, 'scribeId', p!.id))
    f.apply(removeParticipants(f.doc(), [p!.id], f.ctx))
    expect(rosterPeople(f.doc()).map((x) => x.id)).toEqual([q!.id])
    expect(f.doc().groups[g!.id]).toMatchObject({ members: [], scribeId: null })
  })

  it('a member without a record (older data, typed on a card) is on the 名簿 as a 受講者', () => {
    const f = docFixture()
    const [g, g2] = [addGroup, addGroup].map((add) =>
      f.apply(add(f.doc(), f.ctx)).find((r) => r.type === 'group')!,
    )
    f.apply(addMember(f.doc(), g!.id, f.ctx, { name: '山田 花子', position: 'municipal' }))
    const member = f.doc().groups[g!.id]!.members[0]!
    expect(f.doc().participants).toEqual({})
    expect(rosterPeople(f.doc())).toEqual([
      expect.objectContaining({ id: member.id, name: '山田 花子', kind: 'trainee', contact: '' }),
    ])
    // Moving them needs no record; editing their 連絡先 makes one of the member's id.
    f.apply(moveParticipant(f.doc(), member.id, g2!.id))
    expect(seatsOf(f.doc()).get(member.id)).toBe(g2!.id)
    const written = f.apply(
      updateParticipant(f.doc(), member.id, { contact: 'a@example.jp' }, f.ctx),
    )
    expect(written[0]).toMatchObject({ type: 'participant', id: member.id, rev: 1 })
    expect(participantSchema.safeParse(written[0]).success).toBe(true)
    expect(rosterPeople(f.doc())).toHaveLength(1)
    f.apply(removeParticipants(f.doc(), [member.id], f.ctx))
    expect(rosterPeople(f.doc())).toEqual([])
    expect(f.doc().groups[g2!.id]!.members).toEqual([])
    expect(removeMember(f.doc(), g!.id, 'x')).toHaveLength(1)
    expect(updateMember(f.doc(), 'missing', 'x', {})).toEqual([])
  })
})

describe('applyGroupPlan', () => {
  it('seats the 78 people at 13 groups in one edit, adding the groups (with boards) it needs', () => {
    const f = docFixture()
    f.apply(addGroup(f.doc(), f.ctx))
    f.apply(addParticipants(f.doc(), rosterFixture(), f.ctx))
    const plan = makeGroupPlan(rosterPeople(f.doc()), { mode: 'mixed', seed: 1 })
    const written = f.apply(applyGroupPlan(f.doc(), plan, f.ctx))
    expect(written.filter((r) => r.type === 'group')).toHaveLength(13)
    expect(written.filter((r) => r.type === 'board')).toHaveLength(12 * 3)
    expect(unassignedPeople(f.doc())).toEqual([])
    expect(seatsOf(f.doc()).size).toBe(78)
    // Applying the same plan again changes nothing.
    expect(applyGroupPlan(f.doc(), plan, f.ctx)).toEqual([])
  })
})
