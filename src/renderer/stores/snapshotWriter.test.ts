import { describe, expect, it, vi } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import { emptyDoc, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { fakeContext } from '../../shared/testing/fakeContext'
import { createFakeHost } from '../testing/fakeHost'
import { makeTestDoc } from '../testing/testDocs'
import { createSnapshotWriter } from './snapshotWriter'

function setup(delayMs = 60_000, retryMs = 60_000) {
  const host = createFakeHost()
  const results: boolean[] = []
  const refused: string[] = []
  const writer = createSnapshotWriter({
    host,
    appVersion: '0.0.0-test',
    now: () => '2025-02-07T00:00:00.000Z',
    onResult: (r) => results.push(r.ok),
    onRefused: (id) => refused.push(id),
    delayMs,
    retryMs,
  })
  return { host, writer, results, refused }
}

const titleIn = (content: string | undefined) => {
  const parsed = parseWorkshopFile(content ?? '')
  return parsed.ok ? parsed.doc.workshop.title : null
}

const retitled = (doc: WorkshopDoc, title: string): WorkshopDoc => ({
  ...doc,
  workshop: { ...doc.workshop, title },
})

describe('snapshotWriter', () => {
  it('keeps a doc pending (and in the last-moment copy) until its write is on the host', async () => {
    const { host, writer } = setup()
    const doc = makeTestDoc(fakeContext())
    let release: () => void = () => undefined
    const original = host.writeSnapshot.bind(host)
    const spy = vi.spyOn(host, 'writeSnapshot').mockImplementation(
      (request) =>
        new Promise<void>((resolve, reject) => {
          release = () => {
            original(request).then(resolve, reject)
          }
        }),
    )
    writer.schedule(retitled(doc, '書き込み中'))
    const flushed = writer.flush()
    await vi.waitFor(() => {
      expect(spy).toHaveBeenCalled()
    })
    // The write is in flight: not saved yet (found by the crash harness: 保存済み 1–29 ms early).
    expect(writer.hasPending()).toBe(true)
    expect(writer.pendingDocs().map((d) => d.workshop.title)).toEqual(['書き込み中'])
    release()
    expect(await flushed).toBe(true)
    expect(writer.hasPending()).toBe(false)
  })

  it('coalesces scheduled docs and writes the newest on flush', async () => {
    const { host, writer } = setup()
    const doc = makeTestDoc(fakeContext())
    writer.schedule(retitled(doc, '1'))
    writer.schedule(retitled(doc, '2'))
    writer.schedule(retitled(doc, '3'))
    expect(writer.hasPending()).toBe(true)
    expect(await writer.flush()).toBe(true)
    expect(host.writes.map((w) => titleIn(w.content))).toEqual(['3'])
    expect(writer.hasPending()).toBe(false)
  })

  it('writes a steady stream of edits every delay instead of postponing forever', async () => {
    vi.useFakeTimers()
    try {
      const { host, writer } = setup(300)
      const doc = makeTestDoc(fakeContext())
      for (let i = 1; i <= 10; i++) {
        writer.schedule(retitled(doc, String(i)))
        await vi.advanceTimersByTimeAsync(100)
      }
      // 1 s of edits 100 ms apart: written at 300, 600 and 900 ms, never starved.
      expect(host.writes.map((w) => titleIn(w.content))).toEqual(['3', '6', '9'])
      await vi.advanceTimersByTimeAsync(300)
      expect(titleIn(host.writes.at(-1)?.content)).toBe('10')
    } finally {
      vi.useRealTimers()
    }
  })

  it("writes other devices' changes within their longer delay, and an edit here sooner", async () => {
    vi.useFakeTimers()
    try {
      const { host, writer } = setup(300)
      const doc = makeTestDoc(fakeContext())
      // A live table's change every 200 ms for 2 s: one snapshot a second, not one per 300 ms.
      for (let i = 1; i <= 10; i++) {
        writer.schedule(retitled(doc, `remote ${String(i)}`), 1000)
        await vi.advanceTimersByTimeAsync(200)
      }
      await vi.advanceTimersByTimeAsync(10)
      expect(host.writes.map((w) => titleIn(w.content))).toEqual(['remote 5', 'remote 10'])
      // An edit here while a remote change waits is written within the usual delay.
      writer.schedule(retitled(doc, 'remote 11'), 1000)
      await vi.advanceTimersByTimeAsync(100)
      writer.schedule(retitled(doc, 'here'))
      await vi.advanceTimersByTimeAsync(310)
      expect(titleIn(host.writes.at(-1)?.content)).toBe('here')
      expect(host.writes).toHaveLength(3)
    } finally {
      vi.useRealTimers()
    }
  })

  it('never lets an older doc land after a newer one', async () => {
    const { host, writer } = setup()
    const doc = makeTestDoc(fakeContext())
    const write = host.writeSnapshot.bind(host)
    let started = 0
    host.writeSnapshot = (request) => {
      started += 1
      return write(request)
    }
    const first = writer.writeNow(retitled(doc, 'old'))
    await vi.waitFor(() => {
      expect(started).toBe(1)
    })
    // Scheduled while the first write is in flight.
    writer.schedule(retitled(doc, 'new'))
    await first
    await writer.flush()
    expect(host.writes.map((w) => titleIn(w.content))).toEqual(['old', 'new'])
    expect(titleIn(host.files.get(doc.workshop.id)?.content)).toBe('new')
  })

  it('writes by itself after the debounce delay', async () => {
    const { host, writer } = setup(5)
    writer.schedule(makeTestDoc(fakeContext()))
    await vi.waitFor(() => {
      expect(host.writes).toHaveLength(1)
    })
  })

  it('keeps a failed doc pending and retries it after retryMs', async () => {
    const { host, writer, results } = setup(60_000, 20)
    const doc = makeTestDoc(fakeContext())
    host.failWrites(1)
    expect(await writer.writeNow(doc)).toBe(false)
    expect(writer.hasPending()).toBe(true)
    await vi.waitFor(() => {
      expect(host.writes).toHaveLength(1)
    })
    expect(results).toEqual([false, true])
  })

  it('never replaces a fuller snapshot with a doc that holds only its workshop', async () => {
    const { host, writer, refused } = setup()
    const full = makeTestDoc(fakeContext())
    const content = serializeWorkshopFile(full, '0', '2025-01-01T00:00:00.000Z')
    host.files.set(full.workshop.id, { content, savedAt: '' })

    expect(await writer.writeNow(emptyDoc(full.workshop))).toBe(true)
    expect(host.files.get(full.workshop.id)?.content).toBe(content)
    expect(refused).toEqual([full.workshop.id])

    // An empty doc with no file yet (a brand-new workshop) is written.
    const other = makeTestDoc(fakeContext('2030-01-01T00:00:00.000Z'), { rows: 0, groups: 0 })
    const fresh = { ...emptyDoc({ ...other.workshop, id: 'brand-new' }) }
    await writer.writeNow(fresh)
    expect(host.files.has('brand-new')).toBe(true)
  })
})
