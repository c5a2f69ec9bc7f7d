import { afterEach, describe, expect, it, vi } from 'vitest'
import { idSchema } from '../../shared/model/schemas'
import { createBrowserEditContext, randomId } from './editContext'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

afterEach(() => {
  vi.restoreAllMocks()
})

describe('editContext', () => {
  it('hands out unique url-safe ids that the schemas accept', () => {
    const ctx = createBrowserEditContext()
    const ids = new Set(Array.from({ length: 200 }, () => ctx.newId()))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true)
    expect(ctx.now()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('builds a v4 UUID without randomUUID (insecure contexts)', () => {
    const real = globalThis.crypto
    const getRandomValues = vi.fn((array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array))
    vi.stubGlobal('crypto', { getRandomValues })
    try {
      expect(randomId()).toMatch(UUID)
      expect(getRandomValues).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
