import { describe, expect, it } from 'vitest'
import type { Participant } from '../model/schemas'
import { groupBalance } from './groupBalance'
import { areaOf, makeGroupPlan } from './groupPlan'
import { careerBand } from './careers'
import { rosterFixture } from './testing/rosterFixture'

function fixturePeople(): Participant[] {
  return rosterFixture().map((init, i) => ({
    id: `p${String(i + 1).padStart(2, '0')}`,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rev: 1,
    deletedAt: null,
    type: 'participant',
    workshopId: 'w1',
    order: i + 1,
    kind: 'trainee',
    contact: '',
    affiliation: '',
    title: '',
    position: 'coordinator',
    years: null,
    qualifications: [],
    otherQualification: '',
    area: '',
    municipality: '',
    notes: '',
    ...init,
  }))
}

describe('the 78-person fixture (試行①: 49 coordinators, 29 municipal officers)', () => {
  it('has the population of the trial', () => {
    const people = fixturePeople()
    expect(people).toHaveLength(78)
    expect(people.filter((p) => p.position === 'coordinator')).toHaveLength(49)
    expect(people.filter((p) => p.position === 'municipal')).toHaveLength(29)
    expect(new Set(people.map((p) => p.name)).size).toBe(78)
  })
})

describe('makeGroupPlan, mixed (Chapter 5: 立場・所属・キャリア・資格)', () => {
  const people = fixturePeople()
  const byId = new Map(people.map((p) => [p.id, p]))
  const plan = makeGroupPlan(people, { mode: 'mixed', seed: 1 })

  it('makes 13 groups of 6 holding everyone once', () => {
    expect(plan.groups.map((g) => g.personIds.length)).toEqual(Array(13).fill(6))
    const all = plan.groups.flatMap((g) => g.personIds)
    expect(new Set(all).size).toBe(78)
  })

  it('gives every group at least one 市町村担当者 and two coordinators', () => {
    for (const group of plan.groups) {
      const members = group.personIds.map((id) => byId.get(id)!)
      expect(members.filter((p) => p.position === 'municipal').length).toBeGreaterThanOrEqual(1)
      expect(members.filter((p) => p.position === 'coordinator').length).toBeGreaterThanOrEqual(2)
    }
  })

  it('mixes short and long careers at every table (the data allow it)', () => {
    for (const group of plan.groups) {
      const bands = new Set(group.personIds.map((id) => careerBand(byId.get(id)!.years)))
      expect(bands.has('short')).toBe(true)
      expect(bands.has('middle') || bands.has('long')).toBe(true)
      expect(groupBalance(group.personIds.map((id) => byId.get(id)!)).warnings).not.toContain(
        'noMunicipal',
      )
    }
  })

  it('is the same plan for the same seed, another for another seed', () => {
    expect(makeGroupPlan(people, { mode: 'mixed', seed: 1 })).toEqual(plan)
    expect(makeGroupPlan(people, { mode: 'mixed', seed: 2 }).groups).not.toEqual(plan.groups)
  })

  it('explains every placement', () => {
    expect(Object.keys(plan.reasons).sort()).toEqual(people.map((p) => p.id).sort())
    for (const person of people) {
      const reason = plan.reasons[person.id]!
      if (person.position === 'municipal') expect(reason.code).toBe('municipalSpread')
      else expect(reason.code).not.toBe('municipalSpread')
    }
  })

  it('makes 5～6 person tables from any count, and nothing from nobody', () => {
    expect(
      makeGroupPlan(people.slice(0, 23), { mode: 'mixed', seed: 3 }).groups.map(
        (g) => g.personIds.length,
      ),
    ).toEqual([6, 6, 6, 5])
    expect(makeGroupPlan([], { mode: 'mixed', seed: 3 }).groups).toEqual([])
  })
})

describe('makeGroupPlan, by 圏域 (試行②)', () => {
  const people = fixturePeople()
  const byId = new Map(people.map((p) => [p.id, p]))
  const plan = makeGroupPlan(people, { mode: 'area', seed: 7 })

  it('keeps each 圏域 together, every table of one 圏域', () => {
    const tablesOfArea = new Map<string, number>()
    for (const group of plan.groups) {
      const areas = new Set(group.personIds.map((id) => areaOf(byId.get(id)!)))
      expect(areas.size).toBe(1)
      expect([...areas][0]).toBe(group.area)
      tablesOfArea.set(group.area!, (tablesOfArea.get(group.area!) ?? 0) + 1)
      expect(group.personIds.length).toBeLessThanOrEqual(6)
      expect(group.personIds.length).toBeGreaterThanOrEqual(5)
    }
    // 78 people in five 圏域 of 15-16: three tables each.
    expect([...tablesOfArea.values()]).toEqual([3, 3, 3, 3, 3])
    expect(plan.groups.flatMap((g) => g.personIds)).toHaveLength(78)
  })

  it('puts people without a 圏域 or 市町村 together last', () => {
    const some = people
      .slice(0, 12)
      .map((p, i) => (i < 4 ? { ...p, area: '', municipality: '' } : p))
    const areaPlan = makeGroupPlan(some, { mode: 'area', seed: 1 })
    expect(areaPlan.groups.at(-1)!.area).toBe('')
    expect(areaPlan.groups.at(-1)!.personIds).toHaveLength(4)
  })
})
