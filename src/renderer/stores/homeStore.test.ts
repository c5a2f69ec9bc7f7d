import { describe, expect, it } from 'vitest'
import { userText } from '../i18n/userText'
import { loadEnglish } from '../i18n/useT'
import { rejectionText } from '../../shared/testing/rejectionText'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { docRecords, live } from '../../shared/model/workshopDoc'
import { addGroup } from '../../shared/ops/groupOps'
import { FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE } from '../../shared/templates/workshopTemplates'
import { createTestServices, freshRepo, type TestServices } from '../testing/testServices'

const input = { title: '令和7年度 第1回研修', date: '2025-06-01', venue: '県民会館' }

function snapshotDoc(services: TestServices, workshopId: string) {
  const file = services.host.files.get(workshopId)
  if (!file) return null
  const parsed = parseWorkshopFile(file.content)
  if (!parsed.ok) throw new Error(parsed.detail)
  return parsed.doc
}

describe('homeStore', () => {
  it('creates a workshop from a template, with its snapshot written at once', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    const id = await services.home.getState().createFromTemplate(FULL_DAY_TEMPLATE, input)

    // No flush: the snapshot is already on the host and the rows in IndexedDB.
    const stored = await freshRepo(services.dbName).loadDoc(id)
    expect(stored?.workshop).toMatchObject({ title: input.title, venue: '県民会館', rev: 1 })
    expect(live(stored!.rows).length).toBe(FULL_DAY_TEMPLATE.rows.length)
    expect(snapshotDoc(services, id)).toEqual(stored)

    const { workshops, loaded } = services.home.getState()
    expect(loaded).toBe(true)
    expect(workshops.map((s) => s.workshop.id)).toEqual([id])
    expect(workshops[0]?.groupCount).toBe(0)
  })

  it('lists live workshops, most recently updated first, with group counts', async () => {
    const services = createTestServices()
    const home = services.home
    const first = await home
      .getState()
      .createFromTemplate(FULL_DAY_TEMPLATE, { ...input, title: '一' })
    const second = await home
      .getState()
      .createFromTemplate(HALF_DAY_TEMPLATE, { ...input, title: '二' })
    expect(home.getState().workshops.map((s) => s.workshop.title)).toEqual(['二', '一'])

    await services.workshop.getState().open(first)
    services.workshop.getState().apply(addGroup)
    services.workshop.getState().apply(addGroup)
    await services.workshop.getState().close()
    await home.getState().refresh()
    expect(home.getState().workshops.map((s) => [s.workshop.title, s.groupCount])).toEqual([
      ['一', 2],
      ['二', 0],
    ])
    expect(second).not.toBe(first)
  })

  it('opens the sample workshop, creating it only once', async () => {
    const services = createTestServices()
    const id = await services.home.getState().openSample()
    expect(await services.home.getState().openSample()).toBe(id)
    const stored = await freshRepo(services.dbName).loadDoc(id)
    expect(stored?.workshop.isSample).toBe(true)
    expect(snapshotDoc(services, id)).toEqual(stored)
    expect(services.home.getState().workshops).toHaveLength(1)
  })

  it('duplicates a workshop into a new one with its own snapshot', async () => {
    const services = createTestServices()
    const id = await services.home.getState().createFromTemplate(FULL_DAY_TEMPLATE, input)
    const copy = await services.home.getState().duplicate(id)
    expect(copy).not.toBe(id)
    const stored = await freshRepo(services.dbName).loadDoc(copy)
    expect(stored?.workshop.title).toBe(`${input.title}（コピー）`)
    expect(snapshotDoc(services, copy)).toEqual(stored)
    expect(services.home.getState().workshops).toHaveLength(2)
    expect(await rejectionText(services.home.getState().duplicate('nope'))).toMatch(
      '見つかりません',
    )
  })

  it('removes a workshop as a tombstone with an undo notice, and restores it', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    const home = services.home
    const id = await home.getState().createFromTemplate(FULL_DAY_TEMPLATE, input)

    await home.getState().remove(id)
    expect(home.getState().workshops).toEqual([])
    const tombstone = await freshRepo(services.dbName).loadDoc(id)
    expect(tombstone?.workshop.deletedAt).not.toBeNull()
    expect(tombstone?.workshop.rev).toBe(2)
    // The file keeps the workshop (tombstoned): never deleted.
    expect(snapshotDoc(services, id)?.workshop).toEqual(tombstone?.workshop)

    const [notice] = services.notices.getState().notices
    expect(userText(notice!.message, 'ja')).toBe(`『${input.title}』を削除しました`)
    expect(userText(notice!.action!.label, 'ja')).toBe('元に戻す')
    // English mode says it in English (its words arrive when English is chosen).
    await loadEnglish()
    expect(userText(notice!.message, 'en')).toBe(`Deleted “${input.title}”.`)
    expect(userText(notice!.action!.label, 'en')).toBe('Undo')

    notice?.action?.run()
    await expect.poll(() => home.getState().workshops.length).toBe(1)
    expect(services.notices.getState().notices).toEqual([])
    const restored = await freshRepo(services.dbName).loadDoc(id)
    expect(restored?.workshop).toMatchObject({ deletedAt: null, rev: 3 })
    expect(snapshotDoc(services, id)?.workshop).toEqual(restored?.workshop)
    expect(docRecords(restored!).length).toBe(docRecords(tombstone!).length)

    // Restoring a live workshop or removing a removed one changes nothing.
    await home.getState().restore(id)
    expect((await freshRepo(services.dbName).loadDoc(id))?.workshop.rev).toBe(3)
  })

  it('sees edits made in the open workshop that are still being written', async () => {
    const services = createTestServices()
    const id = await services.home.getState().createFromTemplate(FULL_DAY_TEMPLATE, input)
    await services.workshop.getState().open(id)
    services.workshop.getState().apply(addGroup)
    // No flush: refresh and remove wait for pending IndexedDB writes themselves.
    await services.home.getState().refresh()
    expect(services.home.getState().workshops[0]?.groupCount).toBe(1)
    await services.home.getState().remove(id)
    const stored = await freshRepo(services.dbName).loadDoc(id)
    expect(live(stored!.groups)).toHaveLength(1)
    expect(stored?.workshop.deletedAt).not.toBeNull()
  })
})
