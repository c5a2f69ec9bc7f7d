import { describe, expect, it } from 'vitest'
import { addGroup, setRole } from '../ops/groupOps'
import { applyGroupPlan } from '../roster/applyGroupPlan'
import { makeGroupPlan } from '../roster/groupPlan'
import {
  addParticipants,
  moveParticipant,
  rosterPeople,
  updateParticipant,
} from '../roster/rosterOps'
import { docFixture } from '../roster/testing/docFixture'
import { rosterFixture } from '../roster/testing/rosterFixture'
import { buildRosterSheet } from './rosterSheet'

/** The 78 registrations of 試行① seated by 「グループ案をつくる」, a few off the tables. */
function seatedWorkshop() {
  const f = docFixture()
  f.apply(addParticipants(f.doc(), rosterFixture(), f.ctx))
  f.apply(
    applyGroupPlan(
      f.doc(),
      makeGroupPlan(rosterPeople(f.doc()), { mode: 'mixed', seed: 1 }),
      f.ctx,
    ),
  )
  return f
}

describe('the printed 名簿', () => {
  it('lists all 78 people table by table, with 司会・書記 marked and no 連絡先 by default', () => {
    const f = seatedWorkshop()
    const groupA = Object.values(f.doc().groups).sort((a, b) => a.order - b.order)[0]!
    const [first, second] = groupA.members
    f.apply(setRole(f.doc(), groupA.id, 'moderatorId', first!.id))
    f.apply(setRole(f.doc(), groupA.id, 'scribeId', second!.id))

    const sheet = buildRosterSheet(f.doc(), { withContact: false })
    expect(sheet.total).toBe(78)
    expect(sheet.trainees).toBe(78)
    expect(sheet.withContact).toBe(false)
    expect(sheet.sections).toHaveLength(13)
    expect(sheet.sections.every((s) => s.kind === 'group' && s.people.length === 6)).toBe(true)
    expect(sheet.sections[0]?.groupName).toBe(groupA.name)
    const names = sheet.sections.flatMap((s) => s.people.map((p) => p.name))
    expect(new Set(names)).toEqual(new Set(rosterFixture().map((p) => p.name)))
    const [moderator, scribe, other] = sheet.sections[0]!.people
    expect(moderator).toMatchObject({ name: first!.name, roles: ['moderator'] })
    expect(scribe).toMatchObject({ name: second!.name, roles: ['scribe'] })
    expect(other?.roles).toEqual([])
    expect(sheet.sections.flatMap((s) => s.people).every((p) => p.contact === '')).toBe(true)
  })

  it('carries 立場, 所属と役職, 圏域・市町村 and 資格 as registered; the 連絡先 only when asked', () => {
    const f = docFixture()
    f.apply(addParticipants(f.doc(), rosterFixture().slice(0, 2), f.ctx))
    const without = buildRosterSheet(f.doc(), { withContact: false })
    const withContact = buildRosterSheet(f.doc(), { withContact: true })
    expect(without.sections.map((s) => s.kind)).toEqual(['unassigned'])
    expect(without.sections[0]?.people[0]).toMatchObject({
      name: '佐藤 花子',
      position: 'coordinator',
      affiliation: '前橋医師会 在宅医療介護連携センター',
      title: 'コーディネーター',
      area: '中部圏域',
      municipality: '前橋市',
      years: 0.5,
      // 看護師 and その他 (MSW): the word MSW stands for its その他.
      qualifications: ['看護師'],
      otherQualification: 'MSW',
      contact: '',
    })
    expect(withContact.withContact).toBe(true)
    expect(withContact.sections[0]?.people.map((p) => p.contact)).toEqual([
      'tel 027-200-1000',
      'kaigo02@city.example.jp',
    ])
  })

  it('puts the unassigned after the tables, then 講師・アドバイザー, オブザーバー, 傍聴', () => {
    const f = docFixture()
    const [group] = f.apply(addGroup(f.doc(), f.ctx)).filter((r) => r.type === 'group')
    const people = f.apply(addParticipants(f.doc(), rosterFixture().slice(0, 6), f.ctx))
    const [seated, pooled, lecturer, observer, auditor, lecturer2] = people
    f.apply(moveParticipant(f.doc(), seated!.id, group!.id))
    for (const [person, kind] of [
      [auditor, 'auditor'],
      [observer, 'observer'],
      [lecturer, 'lecturer'],
      [lecturer2, 'lecturer'],
    ] as const) {
      f.apply(updateParticipant(f.doc(), person!.id, { kind }, f.ctx))
    }
    const sheet = buildRosterSheet(f.doc(), { withContact: false })
    expect(sheet.sections.map((s) => [s.kind, s.people.map((p) => p.name)])).toEqual([
      ['group', [seated!.name]],
      ['unassigned', [pooled!.name]],
      ['lecturer', [lecturer!.name, lecturer2!.name]],
      ['observer', [observer!.name]],
      ['auditor', [auditor!.name]],
    ])
    expect(sheet.total).toBe(6)
    expect(sheet.trainees).toBe(2)
  })

  it('keeps an empty table in the list and prints nothing for an empty roster', () => {
    const f = docFixture()
    f.apply(addGroup(f.doc(), f.ctx))
    const sheet = buildRosterSheet(f.doc(), { withContact: false })
    expect(sheet.sections).toHaveLength(1)
    expect(sheet.sections[0]?.people).toEqual([])
    expect(sheet.total).toBe(0)
  })
})
