import { describe, expect, it } from 'vitest'
import { groupBalance } from './groupBalance'
import type { Seated } from './careers'

const person = (id: string, patch: Partial<Seated>): Seated => ({
  id,
  position: 'coordinator',
  affiliation: '',
  years: null,
  qualifications: [],
  ...patch,
})

describe('groupBalance', () => {
  it('counts 立場, finds repeated 所属, the career spread and the 資格', () => {
    const balance = groupBalance([
      person('a', { position: 'municipal', affiliation: '高崎市 介護高齢課', years: 1 }),
      person('b', { affiliation: '高崎市医師会', years: 8, qualifications: ['看護師'] }),
      person('c', {
        affiliation: '高崎市 医師会',
        years: 2,
        qualifications: ['社会福祉士', '看護師'],
      }),
    ])
    expect(balance.positions).toEqual({ coordinator: 2, municipal: 1, other: 0 })
    expect(balance.repeatedAffiliations).toEqual(['高崎市医師会'])
    expect(balance.years).toEqual({ min: 1, max: 8 })
    expect(balance.qualifications).toEqual(['看護師', '社会福祉士'])
    expect(balance.warnings).toEqual(['sameAffiliation'])
  })

  it('warns of a table without a 市町村担当者, with one coordinator, one career band, no 資格', () => {
    const balance = groupBalance([
      person('a', { years: 1, affiliation: 'A' }),
      person('b', { position: 'other', years: 2, affiliation: 'B' }),
    ])
    expect(balance.warnings).toEqual([
      'noMunicipal',
      'fewCoordinators',
      'narrowCareers',
      'noQualification',
    ])
  })

  it('says nothing about an empty table', () => {
    expect(groupBalance([])).toMatchObject({ size: 0, years: null, warnings: [] })
  })
})
