import { describe, expect, it, vi } from 'vitest'
import { PROJECTOR_ROUTE_PATTERN } from '../../shared/host/hostApi'
import { parseRoute, routeHref } from '../navigation/useRoute'
import { createFakeHost } from '../testing/fakeHost'
import { openProjectorRoute } from './openProjector'

const projectorRoute = (workshopId: string, groupId: string) =>
  routeHref({ name: 'theme1Projector', workshopId, groupId })

describe('openProjectorRoute', () => {
  it('asks the host for the route the app shows as the projector view', async () => {
    const host = createFakeHost()
    await expect(openProjectorRoute(host, projectorRoute('ws-1', 'grp-1'))).resolves.toBe(true)
    expect(host.projected).toEqual(['#/w/ws-1/g/grp-1/theme1/projector'])
    expect(PROJECTOR_ROUTE_PATTERN.test(projectorRoute('ws-1', 'grp-1'))).toBe(true)
    expect(parseRoute(projectorRoute('ws-1', 'grp-1'))).toEqual({
      name: 'theme1Projector',
      workshopId: 'ws-1',
      groupId: 'grp-1',
    })
  })

  it('resolves false when the host could not open it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const host = { openProjectorWindow: () => Promise.reject(new Error('blocked')) }
    await expect(openProjectorRoute(host, projectorRoute('ws-1', 'grp-1'))).resolves.toBe(false)
    warn.mockRestore()
  })
})
