import { describe, expect, it } from 'vitest'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { FULL_DAY_TEMPLATE } from '../../shared/templates/workshopTemplates'
import { createTestServices, freshRepo } from '../testing/testServices'
import { startApp } from './appServices'

describe("main's flush request (window closing, sleep, screen lock)", () => {
  it('writes the pending edit to IndexedDB and the snapshot before answering', async () => {
    // A long coalescing delay: without the request, the snapshot would still be pending.
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    await startApp(services)
    const id = await services.home
      .getState()
      .createFromTemplate(FULL_DAY_TEMPLATE, { title: '閉じる前', date: '', venue: '' })
    await services.workshop.getState().open(id)
    services.workshop.getState().apply((doc) => updateWorkshop(doc, { venue: '県庁 講堂' }))

    await services.host.requestFlush()

    const snapshot = parseWorkshopFile(services.host.files.get(id)?.content ?? '')
    expect(snapshot.ok && snapshot.doc.workshop.venue).toBe('県庁 講堂')
    const stored = await freshRepo(services.dbName).loadDoc(id)
    expect(stored?.workshop.venue).toBe('県庁 講堂')
  })
})
