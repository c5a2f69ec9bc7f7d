import { describe, expect, it } from 'vitest'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { FULL_DAY_TEMPLATE } from '../../shared/templates/workshopTemplates'
import { startApp } from '../session/appServices'
import { createFakeHost } from '../testing/fakeHost'
import { createTestServices, deleteIndexedDb } from '../testing/testServices'
import { createRescueCopy } from './rescueCopy'

describe('the last-moment copy', () => {
  it('keeps an edit whose writes never finished when the page was left, and merges it at the next start', async () => {
    localStorage.clear()
    const rescue = createRescueCopy(localStorage)
    const host = createFakeHost()
    const first = createTestServices({ host, snapshotDelayMs: 60_000, rescue })
    const id = await first.home
      .getState()
      .createFromTemplate(FULL_DAY_TEMPLATE, { title: '最後の瞬間', date: '', venue: '' })
    const detach = first.persistence.attachLifecycle({ document, window })
    await first.workshop.getState().open(id)
    first.workshop.getState().apply((doc) => updateWorkshop(doc, { venue: '公民館 和室' }))

    // Leaving the page: the handler writes the doc still waiting for its snapshot, synchronously.
    // The asynchronous writes it starts never finish (the page is gone): the host refuses them.
    host.failWrites(true)
    window.dispatchEvent(new Event('pagehide'))
    expect(rescue.entries().map((e) => e.workshopId)).toEqual([id])
    detach()
    first.persistence.dispose()
    first.repo.close()
    // The page died: neither IndexedDB nor the snapshot got the edit (Chromium even lost the DB).
    await deleteIndexedDb(first.dbName)
    const before = parseWorkshopFile(host.files.get(id)?.content ?? '')
    expect(before.ok && before.doc.workshop.venue).toBe('')

    host.failWrites(false)
    const next = createTestServices({ host, dbName: first.dbName })
    await startApp({ ...next, rescue })
    expect((await next.repo.loadDoc(id))?.workshop.venue).toBe('公民館 和室')
    const after = parseWorkshopFile(host.files.get(id)?.content ?? '')
    expect(after.ok && after.doc.workshop.venue).toBe('公民館 和室')
    expect(rescue.entries()).toEqual([])
  })

  it('ignores a full localStorage and unreadable entries without throwing', () => {
    const full = {
      length: 1,
      key: () => 'taneboard.rescue.x',
      getItem: () => '{"broken',
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => undefined,
      clear: () => undefined,
    } satisfies Storage
    const rescue = createRescueCopy(full)
    expect(() => {
      rescue.save([], '0', '')
    }).not.toThrow()
    expect(rescue.entries()).toEqual([{ workshopId: 'x', text: '{"broken' }])
  })
})
