import { describe, expect, it, vi } from 'vitest'
import type { AnyRecord } from '../../shared/model/schemas'
import { fakeContext } from '../../shared/testing/fakeContext'
import { makeTestDoc } from '../testing/testDocs'
import { createRecordWriter } from './recordWriter'

/** A repo whose putRecords resolves only when the test says so. */
function gatedRepo() {
  const batches: AnyRecord[][] = []
  const gates: (() => void)[] = []
  let failNext = false
  return {
    batches,
    open: () => gates.shift()?.(),
    failNext: () => {
      failNext = true
    },
    repo: {
      putRecords: (records: readonly AnyRecord[]) => {
        batches.push([...records])
        if (failNext) {
          failNext = false
          return Promise.reject(new Error('full'))
        }
        return new Promise<void>((resolve) => gates.push(resolve))
      },
    },
  }
}

describe('recordWriter', () => {
  it('writes in order, batching what arrives while a write is in flight', async () => {
    const gated = gatedRepo()
    const writer = createRecordWriter({ repo: gated.repo, onResult: () => undefined })
    const workshop = makeTestDoc(fakeContext()).workshop
    const v = (title: string, rev: number): AnyRecord => ({ ...workshop, title, rev })

    writer.enqueue([v('a', 2)])
    writer.enqueue([v('b', 3)])
    writer.enqueue([v('c', 4)])
    expect(gated.batches).toHaveLength(1)
    const done = writer.flush()
    gated.open()
    await vi.waitFor(() => {
      expect(gated.batches).toHaveLength(2)
    })
    gated.open()
    expect(await done).toBe(true)
    // The in-flight version first, then only the newest pending one.
    expect(gated.batches.map((b) => b.map((r) => (r.type === 'workshop' ? r.title : '')))).toEqual([
      ['a'],
      ['c'],
    ])
    expect(writer.hasPending()).toBe(false)
  })

  it('keeps a failed batch and retries it with the next change', async () => {
    const gated = gatedRepo()
    const results: boolean[] = []
    const writer = createRecordWriter({
      repo: gated.repo,
      onResult: (r) => results.push(r.ok),
      retryMs: 60_000,
    })
    const doc = makeTestDoc(fakeContext())
    const row = Object.values(doc.rows)[0]!
    gated.failNext()
    writer.enqueue([doc.workshop])
    await vi.waitFor(() => {
      expect(results).toEqual([false])
    })
    expect(writer.hasPending()).toBe(true)

    writer.enqueue([row])
    const done = writer.flush()
    await vi.waitFor(() => {
      expect(gated.batches).toHaveLength(2)
    })
    expect(gated.batches[1]?.map((r) => r.id).sort()).toEqual([doc.workshop.id, row.id].sort())
    gated.open()
    expect(await done).toBe(true)
    expect(results).toEqual([false, true])
    writer.dispose()
  })
})
