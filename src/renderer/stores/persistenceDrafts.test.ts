import { describe, expect, it } from 'vitest'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { FULL_DAY_TEMPLATE } from '../../shared/templates/workshopTemplates'
import { createTestServices, freshRepo } from '../testing/testServices'

describe('persistence drafts', () => {
  it('commits registered drafts before a flush writes IndexedDB and the snapshot', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    const id = await services.home
      .getState()
      .createFromTemplate(FULL_DAY_TEMPLATE, { title: '下書き', date: '', venue: '' })
    await services.workshop.getState().open(id)
    // A field with text the user typed but did not commit yet.
    let draft = '県民会館 大ホール'
    const unregister = services.persistence.registerDraft(() => {
      services.workshop.getState().apply((doc) => updateWorkshop(doc, { venue: draft }))
    })

    expect(await services.persistence.flush()).toBe(true)
    expect((await freshRepo(services.dbName).loadDoc(id))?.workshop.venue).toBe('県民会館 大ホール')
    const snapshot = parseWorkshopFile(services.host.files.get(id)?.content ?? '')
    expect(snapshot.ok && snapshot.doc.workshop.venue).toBe('県民会館 大ホール')

    unregister()
    draft = 'もう使われない'
    await services.persistence.flush()
    expect(services.workshop.getState().doc?.workshop.venue).toBe('県民会館 大ホール')
  })
})
