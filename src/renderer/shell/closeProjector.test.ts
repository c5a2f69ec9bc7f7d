import { describe, expect, it, vi } from 'vitest'
import { closeProjector } from './closeProjector'

function fakeWindow(closes: boolean) {
  const win = {
    closed: false,
    location: { hash: '#/w/w1/console/projector' },
    close: vi.fn(() => {
      if (closes) win.closed = true
    }),
    setTimeout: (fn: () => void) => {
      fn()
      return 0
    },
  }
  return win
}

describe('closeProjector', () => {
  it('closes a window the app opened (also without an opener, as in Electron)', () => {
    const win = fakeWindow(true)
    closeProjector('#/w/w1/console', win as unknown as Window)
    expect(win.close).toHaveBeenCalled()
    expect(win.location.hash).toBe('#/w/w1/console/projector')
  })

  it('goes back to its screen when the window cannot be closed by a script', () => {
    const win = fakeWindow(false)
    closeProjector('#/w/w1/console', win as unknown as Window)
    expect(win.location.hash).toBe('#/w/w1/console')
  })
})
