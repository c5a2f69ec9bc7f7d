import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from './useRoute'

describe('routes', () => {
  it('parse and build every screen, and fall back to home or 基本情報 on anything else', () => {
    const routes: [string, Route][] = [
      ['#/', { name: 'home' }],
      ['#/w/w1', { name: 'workshop', workshopId: 'w1', section: 'basics' }],
      ['#/w/w1/groups', { name: 'workshop', workshopId: 'w1', section: 'groups' }],
      ['#/w/w1/console', { name: 'console', workshopId: 'w1' }],
      ['#/w/w1/console/projector', { name: 'consoleProjector', workshopId: 'w1' }],
      ['#/w/w1/export', { name: 'export', workshopId: 'w1' }],
      ['#/w/w1/tables', { name: 'tableFiles', workshopId: 'w1' }],
      ['#/w/w1/shared', { name: 'sharedBoardProjector', workshopId: 'w1' }],
      ['#/w/w1/summary', { name: 'summaryProjector', workshopId: 'w1' }],
      ['#/w/w1/runsheet', { name: 'runSheet', workshopId: 'w1' }],
      ['#/w/w1/plan/goals', { name: 'planGoalsPrint', workshopId: 'w1' }],
      ['#/w/w1/planning', { name: 'workshop', workshopId: 'w1', section: 'planning' }],
      ['#/w/w1/cafe', { name: 'cafeRotation', workshopId: 'w1' }],
      ['#/w/w1/print/roster', { name: 'printRoster', workshopId: 'w1' }],
      ['#/w/w1/print/tables', { name: 'printTableSheets', workshopId: 'w1' }],
      ['#/w/w1/g/g1/theme1', { name: 'theme1', workshopId: 'w1', groupId: 'g1' }],
      [
        '#/w/w1/g/g1/theme2/projector',
        { name: 'theme2Projector', workshopId: 'w1', groupId: 'g1' },
      ],
      ['#/w/w1/g/g1/theme3', { name: 'theme3', workshopId: 'w1', groupId: 'g1' }],
      ['#/w/w1/g/g1/theme3/brief', { name: 'theme3Brief', workshopId: 'w1', groupId: 'g1' }],
      [
        '#/w/w1/g/g1/theme3/projector',
        { name: 'theme3Projector', workshopId: 'w1', groupId: 'g1' },
      ],
      ['#/w/w1/g/g1/cafe', { name: 'cafe', workshopId: 'w1', groupId: 'g1' }],
      ['#/w/w1/g/g1/cafe/projector', { name: 'cafeProjector', workshopId: 'w1', groupId: 'g1' }],
    ]
    for (const [hash, route] of routes) {
      expect(parseRoute(hash)).toEqual(route)
      expect(routeHref(route)).toBe(hash)
      if (hash !== '#/') expect(parseRoute(`${hash}/`)).toEqual(route)
    }
    expect(parseRoute('#/w/w1/console/other').name).toBe('home')
    expect(parseRoute('#/w/w1/export/other').name).toBe('home')
    expect(parseRoute('#/w/w1/g/g1/theme4').name).toBe('home')
    expect(parseRoute('#/w/w1/g/g1/theme1/brief').name).toBe('home')
    expect(parseRoute('#/w/w1/unknown')).toEqual({
      name: 'workshop',
      workshopId: 'w1',
      section: 'basics',
    })
    expect(parseRoute('#/w/../../etc').name).toBe('home')
  })
})
