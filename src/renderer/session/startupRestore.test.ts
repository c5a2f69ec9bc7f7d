import { userText } from '../i18n/userText'
import { describe, expect, it } from 'vitest'
import {
  parseWorkshopFile,
  serializeWorkshopFile,
  WORKSHOP_FILE_FORMAT,
} from '../../shared/files/workshopFile'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { addGroup } from '../../shared/ops/groupOps'
import { updateRow } from '../../shared/ops/timetableOps'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { FULL_DAY_TEMPLATE } from '../../shared/templates/workshopTemplates'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository } from '../db/workshopRepository'
import { createFakeHost } from '../testing/fakeHost'
import { makeTestDoc } from '../testing/testDocs'
import {
  createTestServices,
  deleteIndexedDb,
  freshRepo,
  type TestServices,
} from '../testing/testServices'
import { startApp } from './appServices'
import { startupRestore } from './startupRestore'

/** A first session: two workshops with edits, everything flushed, then the app "quits". */
async function firstSession(): Promise<{ before: TestServices; docs: WorkshopDoc[] }> {
  const before = createTestServices()
  await startApp(before)
  const home = before.home.getState()
  const a = await home.createFromTemplate(FULL_DAY_TEMPLATE, { title: 'A', date: '', venue: '' })
  const b = await home.openSample()
  const store = before.workshop
  await store.getState().open(a)
  store.getState().apply(addGroup)
  store.getState().apply((doc) => updateWorkshop(doc, { venue: '市役所' }))
  await store.getState().close()
  const docs = [(await before.repo.loadDoc(a))!, (await before.repo.loadDoc(b))!]
  before.repo.close()
  return { before, docs }
}

/** Runs the start-up restore of `services` without waiting between open attempts. */
function startupRestoreOf(services: TestServices, repo: TestServices['repo']) {
  return startupRestore({
    repo,
    host: services.host,
    notices: { push: (notice) => services.notices.getState().push(notice) },
    writeSnapshot: (doc) => services.persistence.writeSnapshotNow(doc),
    sleep: () => Promise.resolve(),
  })
}

function nextStart(before: TestServices, repo = freshRepo(before.dbName)): TestServices {
  return createTestServices({ dbName: before.dbName, host: before.host, repo })
}

/** The notices as the user reads them (in Japanese). */
const messages = (services: TestServices) =>
  services.notices.getState().notices.map((n) => userText(n.message, 'ja'))

describe('startupRestore', () => {
  it('does nothing visible on a normal start', async () => {
    const { before, docs } = await firstSession()
    const writes = before.host.writes.length
    const after = nextStart(before)
    const report = await startApp(after)
    expect(report).toMatchObject({ databaseReset: false, restoredRecords: 0, snapshotsWritten: [] })
    expect(messages(after)).toEqual([])
    expect(after.host.writes.length).toBe(writes)
    expect(after.home.getState().workshops).toHaveLength(docs.length)
  })

  it('brings every workshop back from the snapshots after IndexedDB was wiped', async () => {
    const { before, docs } = await firstSession()
    await deleteIndexedDb(before.dbName)

    const after = nextStart(before)
    const report = await startApp(after)
    expect(report.restoredWorkshops.sort()).toEqual(docs.map((d) => d.workshop.id).sort())
    expect(messages(after)).toEqual(['前回の内容をバックアップから復元しました（2件の研修会）。'])
    expect(messages(after)[0]).toBe('前回の内容をバックアップから復元しました（2件の研修会）。')
    for (const doc of docs) {
      expect(await freshRepo(before.dbName).loadDoc(doc.workshop.id)).toEqual(doc)
    }
    expect(
      after.home
        .getState()
        .workshops.map((s) => s.workshop.title)
        .sort(),
    ).toEqual(docs.map((d) => d.workshop.title).sort())
    // The restored workshop opens and edits as usual.
    await after.workshop.getState().open(docs[0]!.workshop.id)
    expect(after.workshop.getState().doc).toEqual(docs[0])
  })

  /** An IDBFactory whose open() throws the first `failures` times (Infinity: always). */
  function failingFactory(failures: number): IDBFactory & { attempts: () => number } {
    let attempts = 0
    return {
      open: (name, version) => {
        attempts += 1
        if (attempts <= failures) {
          throw new DOMException('Corruption: checksum mismatch', 'InvalidStateError')
        }
        return indexedDB.open(name, version)
      },
      deleteDatabase: (name) => indexedDB.deleteDatabase(name),
      databases: () => indexedDB.databases(),
      cmp: (a, b) => indexedDB.cmp(a, b),
      attempts: () => attempts,
    }
  }

  it('tries again after a transient open failure and deletes nothing', async () => {
    const { before, docs } = await firstSession()
    const factory = failingFactory(1)
    const repo = createWorkshopRepository(new TaneDb(before.dbName, { indexedDB: factory }))
    const after = nextStart(before, repo)
    const report = await startupRestoreOf(after, repo)
    expect(factory.attempts()).toBeGreaterThanOrEqual(2)
    expect(report.databaseReset).toBe(false)
    expect(report.restoredRecords).toBe(0)
    for (const doc of docs) expect(await repo.loadDoc(doc.workshop.id)).toEqual(doc)
  })

  it('recreates a database that keeps failing to open, then restores from the snapshots', async () => {
    const { before, docs } = await firstSession()
    const factory = failingFactory(3)
    const repo = createWorkshopRepository(new TaneDb(before.dbName, { indexedDB: factory }))
    const after = nextStart(before, repo)
    const report = await startupRestoreOf(after, repo)
    expect(report.databaseReset).toBe(true)
    expect(report.restoredWorkshops).toHaveLength(2)
    expect(messages(after)).toEqual(['前回の内容をバックアップから復元しました（2件の研修会）。'])
    for (const doc of docs) expect(await repo.loadDoc(doc.workshop.id)).toEqual(doc)
  })

  it('never recreates the database when the second copy cannot be read', async () => {
    const { before } = await firstSession()
    const factory = failingFactory(Infinity)
    const repo = createWorkshopRepository(new TaneDb(before.dbName, { indexedDB: factory }))
    const after = nextStart(before, repo)
    after.host.failReads(true)
    await expect(startupRestoreOf(after, repo)).rejects.toThrow()
    after.host.failReads(false)
    // The old database is still there for the next start.
    const intact = freshRepo(before.dbName)
    expect(await intact.listWorkshops()).toHaveLength(2)
  })

  it('skips and reports unreadable snapshots without deleting them', async () => {
    const { before, docs } = await firstSession()
    const tooNew = JSON.stringify({ format: WORKSHOP_FILE_FORMAT, formatVersion: 99 })
    before.host.files.set('broken', { content: '{"format": "taneboard-wor', savedAt: '' })
    before.host.files.set('future', { content: tooNew, savedAt: '' })
    await deleteIndexedDb(before.dbName)

    const after = nextStart(before)
    const report = await startApp(after)
    expect(report.unreadableSnapshots).toEqual([
      { workshopId: 'broken', error: 'notJson' },
      { workshopId: 'future', error: 'tooNew' },
    ])
    expect(messages(after)).toEqual([
      '前回の内容をバックアップから復元しました（2件の研修会）。',
      '読み込めないバックアップファイルがありました（2件）。ファイルは削除せずに残しています。',
    ])
    expect(after.host.files.get('broken')?.content).toBe('{"format": "taneboard-wor')
    expect(after.host.files.get('future')?.content).toBe(tooNew)
    expect(after.home.getState().workshops).toHaveLength(docs.length)
  })

  it('writes a snapshot for workshops that only IndexedDB holds', async () => {
    const host = createFakeHost()
    const services = createTestServices({ host })
    const doc = makeTestDoc(services.ctx)
    await services.repo.putDoc(doc)
    expect(host.files.size).toBe(0)

    const report = await startApp(services)
    expect(report.snapshotsWritten).toEqual([doc.workshop.id])
    const parsed = parseWorkshopFile(host.files.get(doc.workshop.id)!.content)
    expect(parsed.ok && parsed.doc).toEqual(doc)
    expect(messages(services)).toEqual([])
  })

  it('reconciles record by record in both directions', async () => {
    const services = createTestServices()
    const doc = makeTestDoc(services.ctx, { rows: 2, groups: 1 })
    const [rowA, rowB] = Object.values(doc.rows)
    // IndexedDB: rowA edited after the last snapshot. File: rowB edited, IndexedDB lost it.
    const dbDoc = { ...doc, rows: { ...doc.rows, [rowA!.id]: { ...rowA!, rev: 2, item: 'DB' } } }
    const fileDoc = {
      ...doc,
      rows: { ...doc.rows, [rowB!.id]: { ...rowB!, rev: 2, item: 'ファイル' } },
    }
    await services.repo.putDoc(dbDoc)
    services.host.files.set(doc.workshop.id, {
      content: serializeWorkshopFile(fileDoc, '0.0.0', '2025-02-07T00:00:00.000Z'),
      savedAt: '',
    })

    const report = await startApp(services)
    expect(report.restoredRecords).toBe(1)
    expect(report.snapshotsWritten).toEqual([doc.workshop.id])
    const merged = (await freshRepo(services.dbName).loadDoc(doc.workshop.id))!
    expect(merged.rows[rowA!.id]?.item).toBe('DB')
    expect(merged.rows[rowB!.id]?.item).toBe('ファイル')
    const parsed = parseWorkshopFile(services.host.files.get(doc.workshop.id)!.content)
    expect(parsed.ok && parsed.doc).toEqual(merged)
    expect(messages(services)).toEqual([
      '前回の内容をバックアップから復元しました（1件の研修会）。',
    ])
  })

  it('does not count a workshop deleted before the crash as restored', async () => {
    const services = createTestServices()
    const doc = makeTestDoc(services.ctx)
    const deleted = { ...doc, workshop: { ...doc.workshop, deletedAt: '2025-02-07T00:00:00.000Z' } }
    services.host.files.set(doc.workshop.id, {
      content: serializeWorkshopFile(deleted, '0.0.0', '2025-02-07T00:00:00.000Z'),
      savedAt: '',
    })
    const report = await startApp(services)
    expect(report.restoredRecords).toBe(docRecords(doc).length)
    expect(report.restoredWorkshops).toEqual([])
    expect(messages(services)).toEqual([])
    expect(services.home.getState().workshops).toEqual([])
  })

  it('keeps going when the host cannot write a snapshot at start-up', async () => {
    const services = createTestServices()
    const doc = makeTestDoc(services.ctx)
    await services.repo.putDoc(doc)
    services.host.failWrites(true)
    const report = await startApp(services)
    expect(report.snapshotsWritten).toEqual([])
    expect(services.notices.getState().notices.filter((n) => n.tone === 'error')).toHaveLength(1)
    expect(services.home.getState().workshops).toHaveLength(1)

    // The writer retries with the next change.
    services.host.failWrites(false)
    await services.workshop.getState().open(doc.workshop.id)
    services.workshop.getState().apply((d) => updateRow(d, Object.keys(d.rows)[0]!, { item: 'x' }))
    await services.workshop.getState().flush()
    expect(services.host.files.has(doc.workshop.id)).toBe(true)
  })
})
