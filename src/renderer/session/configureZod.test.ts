import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import './configureZod'

describe('configureZod', () => {
  it('turns off zod JIT compilation (the CSP has no unsafe-eval)', () => {
    expect(z.config().jitless).toBe(true)
  })
})
