import { describe, expect, it } from 'vitest'
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/files/workshopFile'
import { docRecords, live, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { buildBrief } from '../../shared/theme3/brief'
import { addCanvasNote, moveCanvasNotes } from '../../shared/theme3/canvasNoteOps'
import { setBriefPart } from '../../shared/theme3/canvasOps'
import { updateQa } from '../../shared/theme3/canvasQaOps'
import { createTestServices, deleteIndexedDb, freshRepo } from '../testing/testServices'
import { startApp } from './appServices'

function snapshotDoc(content: string | undefined): WorkshopDoc {
  const parsed = parseWorkshopFile(content ?? '')
  if (!parsed.ok) throw new Error(parsed.detail)
  return parsed.doc
}

describe('テーマ3 records in the second copy and at start-up', () => {
  it('a wiped IndexedDB gets the canvases, their notes and questions back from the snapshot', async () => {
    const before = createTestServices()
    const doc = createSampleWorkshop(before.ctx)
    before.host.files.set(doc.workshop.id, {
      content: serializeWorkshopFile(doc, '0.0.0', '2025-02-07T00:00:00.000Z'),
      savedAt: '',
    })
    await deleteIndexedDb(before.dbName)
    const after = createTestServices({ dbName: before.dbName, host: before.host })
    const report = await startApp(after)
    expect(report.restoredRecords).toBe(docRecords(doc).length)
    const restored = (await freshRepo(before.dbName).loadDoc(doc.workshop.id))!
    expect(restored).toEqual(doc)
    const canvas = live(doc.canvases)[0]!
    expect(buildBrief(restored, canvas.id)).toEqual(buildBrief(doc, canvas.id))
  })

  it('edits of the テーマ3 board reach IndexedDB and the snapshot; undo is scoped to the board', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    await startApp(services)
    const doc = createSampleWorkshop(services.ctx)
    await services.persistence.saveNow(doc, docRecords(doc))
    const store = services.workshop
    await store.getState().open(doc.workshop.id)
    const canvas = live(doc.canvases)[0]!
    const qa = live(doc.canvasQas)[0]!
    const apply: ReturnType<typeof store.getState>['apply'] = (edit) => store.getState().apply(edit)
    apply((d, ctx) => addCanvasNote(d, canvas.id, 'materials', '相談件数の推移（月別）', ctx))
    const added = live(store.getState().doc!.canvasNotes).find(
      (n) => n.text === '相談件数の推移（月別）',
    )!
    apply((d) => moveCanvasNotes(d, [added.id], { area: 'share' }))
    apply((d) => updateQa(d, qa.id, { answer: '月に数件の問合せがあります。' }))
    apply((d) => setBriefPart(d, canvas.id, 'share', '次回の協議会で報告する'))
    store.getState().undo(canvas.boardId)
    await store.getState().flush()
    const current = store.getState().doc!
    expect(current.canvasNotes[added.id]?.area).toBe('share')
    expect(current.canvasQas[qa.id]?.answer).toBe('月に数件の問合せがあります。')
    expect(current.canvases[canvas.id]?.brief.share).toBeNull()
    expect(await freshRepo(services.dbName).loadDoc(doc.workshop.id)).toEqual(current)
    expect(snapshotDoc(services.host.files.get(doc.workshop.id)?.content)).toEqual(current)
    // The テーマ1 board's undo does not reach テーマ3 edits.
    const theme1 = Object.values(doc.boards).find(
      (b) => b.groupId === doc.boards[canvas.boardId]?.groupId && b.themeId === 'theme1',
    )!
    expect(store.getState().canUndoIn(theme1.id)).toBe(false)
  })
})
