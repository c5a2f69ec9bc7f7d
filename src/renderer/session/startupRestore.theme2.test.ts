import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import type { EditContext } from '../../shared/model/context'
import { applyRecords, docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { castVote, nudgeCause } from '../../shared/theme2/causeOps'
import { createFilledTopic, INAGI_MITORI_WORKSHEET } from '../../shared/testing/inagiExample'
import { setChosen } from '../../shared/theme2/measureOps'
import { seatVoterId } from '../../shared/theme2/theme2Queries'
import { buildWorksheet } from '../../shared/theme2/worksheet'
import { makeTestDoc } from '../testing/testDocs'
import { createTestServices, deleteIndexedDb, freshRepo } from '../testing/testServices'
import { startApp } from './appServices'
import { userText } from '../i18n/userText'

/** A test workshop whose first テーマ2 board holds the 稲城市 看取り topic. */
function theme2Doc(ctx: EditContext): { doc: WorkshopDoc; topicId: string } {
  const base = makeTestDoc(ctx, { groups: 1 })
  const board = Object.values(base.boards).find((b) => b.themeId === 'theme2')!
  const records = createFilledTopic(base, board.id, INAGI_MITORI_WORKSHEET, ctx)
  return { doc: applyRecords(base, records), topicId: records[0]!.id }
}

function snapshotDoc(content: string | undefined): WorkshopDoc {
  const parsed = parseWorkshopFile(content ?? '')
  if (!parsed.ok) throw new Error(parsed.detail)
  return parsed.doc
}

describe('テーマ2 records in the second copy and at start-up', () => {
  it('the snapshot written for an IndexedDB-only workshop holds the テーマ2 records', async () => {
    const services = createTestServices()
    const { doc, topicId } = theme2Doc(services.ctx)
    await services.repo.putDoc(doc)
    const report = await startApp(services)
    expect(report.snapshotsWritten).toEqual([doc.workshop.id])
    const fromFile = snapshotDoc(services.host.files.get(doc.workshop.id)?.content)
    expect(fromFile).toEqual(doc)
    expect(buildWorksheet(fromFile, topicId)).toEqual(buildWorksheet(doc, topicId))
  })

  it('a wiped IndexedDB gets the テーマ2 records back from the snapshot', async () => {
    const before = createTestServices()
    const { doc } = theme2Doc(before.ctx)
    before.host.files.set(doc.workshop.id, {
      content: serializeWorkshopFile(doc, '0.0.0', '2025-02-07T00:00:00.000Z'),
      savedAt: '',
    })
    await deleteIndexedDb(before.dbName)
    const after = createTestServices({ dbName: before.dbName, host: before.host })
    const report = await startApp(after)
    expect(report.restoredRecords).toBe(docRecords(doc).length)
    expect(report.restoredWorkshops).toEqual([doc.workshop.id])
    expect(after.notices.getState().notices.map((n) => userText(n.message, 'ja'))).toEqual([
      '前回の内容をバックアップから復元しました（1件の研修会）。',
    ])
    expect(await freshRepo(before.dbName).loadDoc(doc.workshop.id)).toEqual(doc)
  })

  it('reconciles テーマ2 records one by one in both directions', async () => {
    const services = createTestServices()
    const { doc } = theme2Doc(services.ctx)
    const cause = Object.values(doc.causes)[0]!
    const measure = Object.values(doc.measures)[0]!
    // IndexedDB: a dot placed after the last snapshot. File: a measure chosen, lost by IndexedDB.
    const voted = castVote(doc, cause.id, seatVoterId(1), 1)[0]!
    const dbDoc = applyRecords(doc, [{ ...voted, rev: cause.rev + 1 }])
    const chosen = setChosen(doc, measure.id, true)[0]!
    const fileDoc = applyRecords(doc, [{ ...chosen, rev: measure.rev + 1 }])
    await services.repo.putDoc(dbDoc)
    services.host.files.set(doc.workshop.id, {
      content: serializeWorkshopFile(fileDoc, '0.0.0', '2025-02-07T00:00:00.000Z'),
      savedAt: '',
    })

    const report = await startApp(services)
    expect(report.restoredRecords).toBe(1)
    expect(report.snapshotsWritten).toEqual([doc.workshop.id])
    const merged = (await freshRepo(services.dbName).loadDoc(doc.workshop.id))!
    expect(merged.causes[cause.id]?.votes).toEqual({ [seatVoterId(1)]: 1 })
    expect(merged.measures[measure.id]?.chosen).toBe(true)
    expect(snapshotDoc(services.host.files.get(doc.workshop.id)?.content)).toEqual(merged)
  })

  it('edits of the テーマ2 board reach IndexedDB and the snapshot, undo too', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    await startApp(services)
    const { doc } = theme2Doc(services.ctx)
    await services.persistence.saveNow(doc, docRecords(doc))
    const store = services.workshop
    await store.getState().open(doc.workshop.id)
    const cause = Object.values(doc.causes)[0]!
    store.getState().apply((d) => nudgeCause(d, cause.id, 1, 0))
    store.getState().apply((d) => castVote(d, cause.id, seatVoterId(3), 1))
    store.getState().undo()
    await store.getState().flush()
    const current = store.getState().doc!
    expect(current.causes[cause.id]).toMatchObject({ grid: { x: 0.5, y: 0.5 }, votes: {} })
    expect(await freshRepo(services.dbName).loadDoc(doc.workshop.id)).toEqual(current)
    expect(snapshotDoc(services.host.files.get(doc.workshop.id)?.content)).toEqual(current)
  })
})
