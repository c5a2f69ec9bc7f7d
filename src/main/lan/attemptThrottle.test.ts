import { describe, expect, it } from 'vitest'
import { attemptThrottle } from './attemptThrottle'

describe('the throttle on failed join attempts', () => {
  it('locks an address out after 10 different failures a minute, then lets it in again', () => {
    let now = 0
    const throttle = attemptThrottle({ now: () => now })
    for (let i = 0; i < 9; i += 1) throttle.failed('10.0.0.5', `WRONG-00${i}`)
    expect(throttle.blocked('10.0.0.5')).toBe(false)
    throttle.failed('10.0.0.5', 'WRONG-009')
    expect(throttle.blocked('10.0.0.5')).toBe(true)
    expect(throttle.blocked('10.0.0.6')).toBe(false)
    now += 60_001
    expect(throttle.blocked('10.0.0.5')).toBe(false)
  })

  it('counts the same value once: a device retrying its old token does not lock itself out', () => {
    const throttle = attemptThrottle({ now: () => 0 })
    for (let i = 0; i < 50; i += 1) throttle.failed('10.0.0.5', 't.g-a.OLDTOKEN')
    expect(throttle.blocked('10.0.0.5')).toBe(false)
    // attempts without a value (a wrong admin key) count every time
    for (let i = 0; i < 9; i += 1) throttle.failed('10.0.0.5')
    expect(throttle.blocked('10.0.0.5')).toBe(true)
  })
})
