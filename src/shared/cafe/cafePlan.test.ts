import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { workshopSchema } from '../model/schemas'
import { setRole, workshopGroups } from '../ops/groupOps'
import { buildCafeFixture } from '../testing/cafeFixture'
import { fakeContext } from '../testing/fakeContext'
import {
  cafePlanOf,
  cafeTables,
  defaultCafePlan,
  plenaryFormatOf,
  setCafeHost,
  setCafeRoundMinutes,
  setCafeRounds,
  setPlenaryFormat,
} from './cafePlan'
import { cafeRotation } from './cafeRotation'

const ctx = fakeContext('2026-12-07T05:00:00.000Z')

describe('the 全体共有 format and the ワールドカフェ plan', () => {
  it('is 発表 until ワールドカフェ is chosen, which sets up three rounds sharing the row', () => {
    const doc = buildCafeFixture(ctx)
    expect(plenaryFormatOf(doc.workshop)).toBe('talks')
    const [workshop] = setPlenaryFormat(doc, 'cafe', 45)
    expect(workshop).toMatchObject({ plenaryFormat: 'cafe', cafePlan: defaultCafePlan(5, 45) })
    expect(defaultCafePlan(5, 45)).toEqual({ rounds: 3, roundMinutes: 15, hosts: {} })
    expect(workshopSchema.safeParse(workshop).success).toBe(true)
    // Back to 発表 keeps the plan for another change of mind.
    const cafe = applyRecords(doc, workshop ? [workshop] : [])
    const [talks] = setPlenaryFormat(cafe, 'talks', 45)
    expect(talks).toMatchObject({ plenaryFormat: 'talks', cafePlan: { rounds: 3 } })
    expect(setPlenaryFormat(cafe, 'cafe', 45)).toEqual([])
  })

  it('offers fewer rounds when tables are few, and 15 minutes without a 全体共有 row', () => {
    expect(defaultCafePlan(2, 40)).toEqual({ rounds: 1, roundMinutes: 40, hosts: {} })
    expect(defaultCafePlan(13, 0)).toEqual({ rounds: 3, roundMinutes: 15, hosts: {} })
    expect(defaultCafePlan(0, 30).rounds).toBe(1)
  })

  it('takes whole rounds and minutes in range, and refuses the rest without a change', () => {
    const doc = buildCafeFixture(ctx)
    expect(setCafeRounds(doc, 4, 45)[0]).toMatchObject({ cafePlan: { rounds: 4 } })
    expect(setCafeRoundMinutes(doc, 12, 45)[0]).toMatchObject({ cafePlan: { roundMinutes: 12 } })
    for (const bad of [0, -1, 2.5, Number.NaN, 1000]) {
      expect(setCafeRounds(doc, bad, 45)).toEqual([])
      expect(setCafeRoundMinutes(doc, bad, 45)).toEqual([])
    }
  })

  it('hosts each table by its 司会, else its first member, unless another member is chosen', () => {
    let doc = buildCafeFixture(ctx)
    const groups = workshopGroups(doc)
    const [a, b] = groups
    if (!a || !b) throw new Error('fixture')
    const plan = cafePlanOf(doc, 45)
    expect(cafeTables(doc, plan).map((t) => t.hostId)).toEqual(groups.map((g) => g.members[0]?.id))
    // Ｂ's 司会 is its third member; without a 司会 the first member hosts.
    doc = applyRecords(doc, setRole(doc, b.id, 'moderatorId', b.members[2]?.id ?? null))
    doc = applyRecords(doc, setRole(doc, a.id, 'moderatorId', null))
    const chosen = a.members[1]?.id ?? ''
    const [workshop] = setCafeHost(doc, a.id, chosen, 45)
    if (!workshop) throw new Error('no change')
    doc = applyRecords(doc, [workshop])
    const tables = cafeTables(doc, cafePlanOf(doc, 45))
    expect(tables[0]?.hostId).toBe(chosen)
    expect(tables[1]?.hostId).toBe(b.members[2]?.id)
    // Someone not at the table is refused; the default host clears the choice.
    expect(setCafeHost(doc, a.id, b.members[0]?.id ?? '', 45)).toEqual([])
    const [back] = setCafeHost(doc, a.id, a.members[0]?.id ?? '', 45)
    expect(back).toMatchObject({ cafePlan: { hosts: {} } })
    // The hosts stay in every round of the rotation.
    const rotation = cafeRotation(tables, 3)
    if (!rotation.ok) throw new Error('rotation')
    for (const round of rotation.rounds) expect(round.tables[0]?.hostId).toBe(chosen)
  })
})
