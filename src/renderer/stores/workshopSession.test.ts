import { describe, expect, it } from 'vitest'
import { addNote, deleteNotes, updateNote } from '../../shared/board/theme1Ops'
import type { AnyRecord, Note } from '../../shared/model/schemas'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { boardOf, renameGroup, workshopGroups } from '../../shared/ops/groupOps'
import { recomputeTimes, removeRow, timetableRows, updateRow } from '../../shared/ops/timetableOps'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { userText } from '../i18n/userText'
import { makeTestDoc } from '../testing/testDocs'
import { createTestServices, freshRepo, type TestServices } from '../testing/testServices'
import type { CommittedChange } from './workshopSession'

async function openSeeded(services: TestServices): Promise<WorkshopDoc> {
  const seeded = makeTestDoc(services.ctx, { groups: 1 })
  await services.persistence.saveNow(seeded, docRecords(seeded))
  await services.workshop.getState().open(seeded.workshop.id)
  return services.workshop.getState().doc!
}

function boardId(doc: WorkshopDoc): string {
  return boardOf(doc, workshopGroups(doc)[0]!.id, 'theme1')!.id
}

/** Another device's version of a record: its own editor, rev one more, a later time. */
function remoteVersion<T extends AnyRecord>(record: T, patch: Partial<T>): T {
  return {
    ...record,
    ...patch,
    rev: record.rev + 1,
    edits: { ...record.edits, bbbbbbbbbbbbbbbb: (record.edits?.bbbbbbbbbbbbbbbb ?? 0) + 1 },
    updatedAt: '2030-01-01T00:00:00.000Z',
  }
}

/** The last notice, in Japanese. */
function lastMessage(services: TestServices): string | undefined {
  const message = services.notices.getState().notices.at(-1)?.message
  return message === undefined ? undefined : userText(message, 'ja')
}

describe('workshopSession', () => {
  it('writes remote changes as they are, with no undo entry, and tells listeners the origin', async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const seen: CommittedChange[] = []
    services.session.onCommitted((change) => seen.push(change))
    const incoming = remoteVersion(doc.workshop, { title: '別の端末で付けた名前' })

    const result = await services.session.commit({
      origin: 'remote',
      workshopId: doc.workshop.id,
      records: [incoming],
    })
    expect(result).toMatchObject({ ok: true, undoId: null })
    // Never re-stamped: rev, edits and updatedAt exactly as sent.
    expect(services.workshop.getState().doc?.workshop).toEqual(incoming)
    expect(services.workshop.getState().canUndo).toBe(false)
    await services.workshop.getState().flush()
    expect((await freshRepo(services.dbName).loadDoc(doc.workshop.id))?.workshop).toEqual(incoming)

    services.workshop.getState().apply((d) => updateWorkshop(d, { venue: '大会議室' }))
    expect(seen.map((c) => c.origin)).toEqual(['remote', 'local'])
    expect(seen[1]?.records[0]).toMatchObject({ venue: '大会議室', rev: incoming.rev + 1 })
  })

  it('refuses remote records of another workshop or against the schema', async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const result = await services.session.commit({
      origin: 'remote',
      workshopId: doc.workshop.id,
      records: [{ ...remoteVersion(doc.workshop, {}), title: 'x'.repeat(100_000) }],
    })
    expect(result.ok).toBe(false)
    expect(services.workshop.getState().doc).toBe(doc)
  })

  it('creates a workshop not stored here from another device’s records, however they arrive', async () => {
    // a table's first join: an empty IndexedDB, the hub's documents arriving in pieces
    const services = createTestServices()
    const elsewhere = makeTestDoc(fakeContext('2025-02-07T04:00:00.000Z', 'bbbbbbbbbbbbbbbb'), {
      groups: 1,
    })
    const id = elsewhere.workshop.id
    const [workshop, ...rest] = docRecords(elsewhere)
    const groupOnly = rest.filter((r) => r.type === 'group' || r.type === 'board')
    const before = await services.session.commit({
      origin: 'remote',
      workshopId: id,
      records: groupOnly,
    })
    expect(before).toEqual({ ok: false, problem: { code: 'workshop.notFound' } })
    expect(services.notices.getState().notices).toEqual([])
    expect(await services.session.readTrue(id)).toBeNull()

    // two changes together (meta and the group's document): both land, neither over the other
    const [a, b] = await Promise.all([
      services.session.commit({ origin: 'remote', workshopId: id, records: [workshop!, ...rest] }),
      services.session.commit({ origin: 'remote', workshopId: id, records: groupOnly }),
    ])
    expect([a.ok, b.ok]).toEqual([true, true])
    await services.workshop.getState().open(id)
    expect(services.workshop.getState().doc).toEqual(elsewhere)
    expect(await freshRepo(services.dbName).loadDoc(id)).toEqual(elsewhere)
    expect(services.workshop.getState().canUndo).toBe(false)
  })

  it('a local undo leaves records changed on another device since, and says so', async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const board = boardId(doc)
    const store = services.workshop
    store.getState().apply((d, ctx) => addNote(d, board, { text: '一枚目', scenes: [] }, ctx))
    const note = Object.values(store.getState().doc!.notes)[0]!
    store.getState().apply((d) => updateNote(d, note.id, { text: '書き換えた' }))
    store.getState().apply((d) => updateWorkshop(d, { venue: '体育館' }))
    // Another device changes the note.
    const theirs = remoteVersion(store.getState().doc!.notes[note.id]!, { text: 'ほかの端末で' })
    await services.session.commit({
      origin: 'remote',
      workshopId: doc.workshop.id,
      records: [theirs],
    })

    store.getState().undo(board)
    // The note stays as the other device left it; the user is told.
    expect(store.getState().doc?.notes[note.id]).toEqual(theirs)
    expect(lastMessage(services)).toBe('ほかの端末で変更された1件はそのままにしました。')
    // Records nobody else touched undo as before.
    store.getState().undo()
    expect(store.getState().doc?.workshop.venue).toBe('会議室A')
  })

  it('gives an import one undo entry that its notice undoes, and never a screen', async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const board = boardId(doc)
    const store = services.workshop
    store.getState().apply((d) => updateWorkshop(d, { venue: '体育館' }))
    const ctx = fakeContext('2026-01-01T00:00:00.000Z', 'cccccccccccccccc')
    const [imported] = addNote(doc, board, { text: '取り込んだ付箋', scenes: [] }, ctx) as [Note]

    const result = await services.session.commit({
      origin: 'import',
      workshopId: doc.workshop.id,
      records: [imported],
    })
    expect(result.ok && result.undoId).toBeTypeOf('number')
    expect(store.getState().doc?.notes[imported.id]).toEqual(imported)
    // Ctrl+Z on the board does not undo the import; the setup's own edit still undoes.
    expect(store.getState().canUndoIn(board)).toBe(false)

    const undone = await services.session.undo(result.ok ? result.undoId! : -1)
    expect(undone).toEqual({ reverted: 1, skipped: 0 })
    expect(store.getState().doc?.notes[imported.id]?.deletedAt).not.toBeNull()
    expect(await services.session.undo(result.ok ? result.undoId! : -1)).toBeNull()
    store.getState().undo('setup')
    expect(store.getState().doc?.workshop.venue).toBe('会議室A')
  })

  it('undoes a change of a workshop that is not open (home), reading the true doc', async () => {
    const services = createTestServices()
    const seeded = makeTestDoc(services.ctx, { groups: 1 })
    const made = await services.session.commit({
      origin: 'home',
      workshopId: seeded.workshop.id,
      records: docRecords(seeded),
    })
    expect(made.ok).toBe(true)
    const changed = await services.session.commit({
      origin: 'home',
      workshopId: seeded.workshop.id,
      edit: (d) => updateWorkshop(d, { title: '家から変えた' }),
    })
    expect(changed.ok && changed.change.records[0]).toMatchObject({ title: '家から変えた', rev: 2 })
    await services.session.undo(changed.ok ? changed.undoId! : -1)
    const stored = await services.session.readTrue(seeded.workshop.id)
    expect(stored?.workshop).toMatchObject({ title: 'テスト研修会', rev: 3 })
  })

  it('undoes exactly one local change for a notice, even after other edits', async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const board = boardId(doc)
    const store = services.workshop
    store.getState().apply((d, ctx) => addNote(d, board, { text: '消す付箋', scenes: [] }, ctx))
    const note = Object.values(store.getState().doc!.notes)[0]!
    const deleted = await services.session.commit({
      origin: 'local',
      edit: (d, ctx) => deleteNotes(d, [note.id], ctx),
    })
    store.getState().apply((d) => updateWorkshop(d, { venue: '体育館' }))
    await services.session.undo(deleted.ok ? deleted.undoId! : -1)
    expect(store.getState().doc?.notes[note.id]).toMatchObject({ deletedAt: null })
    expect(store.getState().doc?.workshop.venue).toBe('体育館')
    // The notice's undo is an edit of its own on the board: 元に戻す deletes the note again,
    // やり直す brings it back.
    store.getState().undo(board)
    expect(store.getState().doc?.notes[note.id]?.deletedAt).not.toBeNull()
    store.getState().redo(board)
    expect(store.getState().doc?.notes[note.id]).toMatchObject({ deletedAt: null })
  })

  it("a notice's undo leaves what was changed since as it is, and says so", async () => {
    const services = createTestServices()
    const doc = await openSeeded(services)
    const group = workshopGroups(doc)[0]!
    const store = services.workshop
    store.getState().apply((d) => updateWorkshop(d, { venue: '体育館' }))
    const undoId = store.getState().apply((d) => updateWorkshop(d, { title: '消す前の名前' }))
    expect(undoId).toBeTypeOf('number')
    store.getState().apply((d) => updateWorkshop(d, { title: 'あとで付けた名前' }))
    store.getState().undoChange(undoId!)
    // The title was changed again since: it stays, and the user is told.
    expect(store.getState().doc?.workshop.title).toBe('あとで付けた名前')
    expect(lastMessage(services)).toBe('その後に変更された1件はそのままにしました。')

    // A field the change did not touch may have changed since: the rest comes back.
    const renamed = store.getState().apply((d) => renameGroup(d, group.id, '別の名前'))
    store.getState().apply((d) => updateWorkshop(d, { venue: '公民館' }))
    const notices = services.notices.getState().notices.length
    store.getState().undoChange(renamed!)
    expect(store.getState().doc?.groups[group.id]?.name).toBe(group.name)
    expect(store.getState().doc?.workshop.venue).toBe('公民館')
    expect(services.notices.getState().notices).toHaveLength(notices)
  })

  it("a timetable row's deletion undone from its notice takes its place and times back", async () => {
    const services = createTestServices()
    const seeded = makeTestDoc(services.ctx, { rows: 3 })
    await services.persistence.saveNow(seeded, docRecords(seeded))
    const store = services.workshop
    await store.getState().open(seeded.workshop.id)
    const rows = () => timetableRows(store.getState().doc!)
    const [, second] = rows()
    const undoId = store.getState().apply((d, ctx) => removeRow(d, second!.id, ctx))
    // Another edit since: the first row takes longer, every later row moves.
    store.getState().apply((d) => updateRow(d, rows()[0]!.id, { durationMin: 90 }))
    store.getState().undoChange(undoId!)
    expect(rows().map((r) => r.id)).toEqual(timetableRows(seeded).map((r) => r.id))
    const expected = recomputeTimes(rows(), store.getState().doc!.workshop.dayStart)
    expect(expected).toEqual([])
    expect(rows().map((r) => r.order)).toEqual([1, 2, 3])
    // Times follow the durations: nothing to tell the user.
    expect(services.notices.getState().notices).toHaveLength(0)
  })
})
