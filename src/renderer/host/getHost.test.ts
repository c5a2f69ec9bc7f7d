import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeHost } from '../testing/fakeHost'

afterEach(() => {
  Reflect.deleteProperty(window, 'taneboard')
  vi.resetModules()
})

describe('getHost', () => {
  it('uses the Electron bridge when the preload exposed one', async () => {
    const bridge = createFakeHost()
    Object.defineProperty(window, 'taneboard', { value: bridge, configurable: true })
    const { getHost } = await import('./getHost')
    expect(getHost()).toBe(bridge)
    expect(getHost()).toBe(bridge)
  })

  it('falls back to the browser host', async () => {
    const { getHost } = await import('./getHost')
    const host = getHost()
    expect((await host.getAppInfo()).host).toBe('browser')
    expect(getHost()).toBe(host)
  })
})
