import { afterEach, describe, expect, it, vi } from 'vitest'
import { EDITOR_ID_PATTERN, idSchema } from '../../shared/model/schemas'
import { createBrowserEditContext, installationEditorId, randomId } from './editContext'

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

  it('keeps one editor id per installation, and makes a new one when storage has none', () => {
    const kept = new Map<string, string>()
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    } as Storage
    const first = installationEditorId(storage)
    expect(first).toMatch(EDITOR_ID_PATTERN)
    expect(first).toHaveLength(16)
    expect(installationEditorId(storage)).toBe(first)
    // a damaged value is replaced, never used
    kept.set('taneboard.editorId', '__proto__')
    const replaced = installationEditorId(storage)
    expect(replaced).toMatch(EDITOR_ID_PATTERN)
    expect(installationEditorId(storage)).toBe(replaced)
    // without storage (or when it throws) each start makes its own id: safe, a vector only grows
    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    } as unknown as Storage
    expect(installationEditorId(broken)).toMatch(EDITOR_ID_PATTERN)
    expect(installationEditorId(null)).not.toBe(installationEditorId(null))
    expect(createBrowserEditContext().editorId).toMatch(EDITOR_ID_PATTERN)
  })
})
