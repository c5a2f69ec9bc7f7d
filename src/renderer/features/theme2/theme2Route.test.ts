import { describe, expect, it } from 'vitest'
import type { Member } from '../../../shared/model/schemas'
import { parseRoute, routeHref } from '../../navigation/useRoute'
import { SEAT_COUNT, votersOf } from './theme2Voters'

describe('テーマ2 route', () => {
  it('parses and builds #/w/<id>/g/<groupId>/theme2', () => {
    const route = { name: 'theme2', workshopId: 'w1', groupId: 'g-1' } as const
    expect(routeHref(route)).toBe('#/w/w1/g/g-1/theme2')
    expect(parseRoute('#/w/w1/g/g-1/theme2')).toEqual(route)
    expect(parseRoute('#/w/w1/g/g-1/theme2/')).toEqual(route)
    expect(parseRoute('#/w/w1/g/g-1/theme1').name).toBe('theme1')
  })
})

describe('voters', () => {
  it('are the members of the group, or its seats when there are none', () => {
    expect(votersOf({ members: [] }).map((v) => v.id)).toEqual(
      Array.from({ length: SEAT_COUNT }, (_, i) => `seat-${String(i + 1)}`),
    )
    const member: Member = {
      id: 'm1',
      name: ' 山田 ',
      position: 'coordinator',
      affiliation: '',
      years: null,
      qualifications: [],
    }
    expect(votersOf({ members: [member] })).toEqual([{ id: 'm1', name: '山田', seat: 1 }])
  })
})
