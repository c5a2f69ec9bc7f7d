import { describe, expect, it, vi } from 'vitest'
import { addNote, updateNote } from '../../shared/board/theme1Ops'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import type { Note } from '../../shared/model/schemas'
import { docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { addGroup, boardOf, renameGroup, workshopGroups } from '../../shared/ops/groupOps'
import { newRecordBase } from '../../shared/ops/records'
import { updateWorkshop } from '../../shared/ops/workshopOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository } from '../db/workshopRepository'
import { makeTestDoc } from '../testing/testDocs'
import { createTestServices, freshRepo, type TestServices } from '../testing/testServices'
import { SETUP_SCOPE } from './history'
import { appError } from '../../shared/errors/appError'
import { userText } from '../i18n/userText'
import type { Edit } from './storeTypes'

async function openSeeded(services: TestServices, doc?: WorkshopDoc): Promise<WorkshopDoc> {
  const seeded = doc ?? makeTestDoc(services.ctx, { groups: 1 })
  await services.persistence.saveNow(seeded, docRecords(seeded))
  await services.workshop.getState().open(seeded.workshop.id)
  expect(services.workshop.getState().status).toBe('ready')
  return seeded
}

function snapshotOf(services: TestServices, workshopId: string): WorkshopDoc {
  const file = services.host.files.get(workshopId)
  if (!file) throw new Error('no snapshot')
  const parsed = parseWorkshopFile(file.content)
  if (!parsed.ok) throw new Error(parsed.detail)
  return parsed.doc
}

const retitle =
  (title: string): Edit =>
  (doc) =>
    updateWorkshop(doc, { title })

describe('workshopStore', () => {
  it('applies, undoes and redoes with increasing revisions', async () => {
    const services = createTestServices()
    const seeded = await openSeeded(services)
    const store = services.workshop
    const rev0 = seeded.workshop.rev

    store.getState().apply(retitle('第1回'))
    store.getState().apply(retitle('第2回'))
    expect(store.getState().doc?.workshop).toMatchObject({ title: '第2回', rev: rev0 + 2 })
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false })

    store.getState().undo()
    expect(store.getState().doc?.workshop).toMatchObject({ title: '第1回', rev: rev0 + 3 })
    store.getState().undo()
    expect(store.getState().doc?.workshop).toMatchObject({ title: 'テスト研修会', rev: rev0 + 4 })
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true })
    store.getState().undo()
    expect(store.getState().doc?.workshop.rev).toBe(rev0 + 4)

    store.getState().redo()
    expect(store.getState().doc?.workshop).toMatchObject({ title: '第1回', rev: rev0 + 5 })
    store.getState().apply(retitle('別の案'))
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false })

    // Undo of a creation tombstones the new group and its boards; redo brings them back.
    store.getState().apply(addGroup)
    const created = Object.values(store.getState().doc!.groups).find(
      (g) => g.name === 'Ｂグループ',
    )!
    store.getState().undo()
    expect(store.getState().doc?.groups[created.id]?.deletedAt).not.toBeNull()
    store.getState().redo()
    expect(store.getState().doc?.groups[created.id]).toMatchObject({ deletedAt: null, rev: 3 })
  })

  it('ignores edits that change nothing', async () => {
    const services = createTestServices()
    await openSeeded(services)
    const before = services.workshop.getState().doc
    services.workshop.getState().apply(() => [])
    services.workshop.getState().apply((doc) => renameGroup(doc, 'missing', 'x'))
    expect(services.workshop.getState().doc).toBe(before)
    expect(services.workshop.getState().canUndo).toBe(false)
  })

  it('lands every apply in IndexedDB and, after flush, in the host snapshot', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    const seeded = await openSeeded(services)
    const id = seeded.workshop.id
    const writesBefore = services.host.writes.length
    const store = services.workshop

    store.getState().apply(retitle('A'))
    store.getState().apply(addGroup)
    store.getState().apply(retitle('B'))
    store.getState().undo()
    expect(services.persistence.getStatus()).toBe('saving')
    await store.getState().flush()
    expect(store.getState().saveStatus).toBe('saved')

    const doc = store.getState().doc!
    // Read back through a brand-new database instance.
    expect(await freshRepo(services.dbName).loadDoc(id)).toEqual(doc)
    expect(snapshotOf(services, id)).toEqual(doc)
    // The debounce coalesced the four edits into one snapshot write.
    expect(services.host.writes.length).toBe(writesBefore + 1)
  })

  it('writes the snapshot by itself after the debounce', async () => {
    const services = createTestServices({ snapshotDelayMs: 10 })
    const seeded = await openSeeded(services)
    services.workshop.getState().apply(retitle('自動保存'))
    await vi.waitFor(() => {
      expect(snapshotOf(services, seeded.workshop.id).workshop.title).toBe('自動保存')
    })
  })

  it('flushes when the page is hidden or left', async () => {
    const services = createTestServices({ snapshotDelayMs: 60_000 })
    const seeded = await openSeeded(services)
    const detach = services.persistence.attachLifecycle({ document, window })
    try {
      services.workshop.getState().apply(retitle('隠れる前'))
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
      await vi.waitFor(() => {
        expect(snapshotOf(services, seeded.workshop.id).workshop.title).toBe('隠れる前')
      })

      services.workshop.getState().apply(retitle('閉じる前'))
      window.dispatchEvent(new Event('pagehide'))
      await vi.waitFor(() => {
        expect(snapshotOf(services, seeded.workshop.id).workshop.title).toBe('閉じる前')
      })
    } finally {
      detach()
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })

  it('shows the same doc after closing and reopening', async () => {
    const services = createTestServices()
    const seeded = await openSeeded(services)
    const store = services.workshop
    store.getState().apply(retitle('再訪'))
    store.getState().apply(addGroup)
    const doc = store.getState().doc
    await store.getState().close()
    expect(store.getState()).toMatchObject({ doc: null, status: 'idle', canUndo: false })

    await store.getState().open(seeded.workshop.id)
    expect(store.getState().status).toBe('ready')
    expect(store.getState().doc).toEqual(doc)
    expect(store.getState().canUndo).toBe(false)

    // And a second app instance (the next start) sees it too.
    const next = createTestServices({ dbName: services.dbName, host: services.host })
    await next.workshop.getState().open(seeded.workshop.id)
    expect(next.workshop.getState().doc).toEqual(doc)
  })

  it('reports a missing or deleted workshop', async () => {
    const services = createTestServices()
    await services.workshop.getState().open('nope')
    expect(services.workshop.getState().status).toBe('missing')
    const doc = makeTestDoc(services.ctx)
    const deleted = { ...doc, workshop: { ...doc.workshop, deletedAt: services.ctx.now() } }
    await services.persistence.saveNow(deleted, docRecords(deleted))
    await services.workshop.getState().open(doc.workshop.id)
    expect(services.workshop.getState().status).toBe('missing')
  })

  it('keeps the doc when the host snapshot fails: one notice, Dexie still written, retried', async () => {
    const services = createTestServices()
    const seeded = await openSeeded(services)
    const id = seeded.workshop.id
    services.host.failWrites(true, appError('host.storageDenied'))
    const store = services.workshop

    store.getState().apply(retitle('失敗1'))
    await store.getState().flush()
    store.getState().apply(retitle('失敗2'))
    await store.getState().flush()

    const errors = services.notices.getState().notices.filter((n) => n.tone === 'error')
    expect(errors).toHaveLength(1)
    expect(userText(errors[0]?.message ?? '', 'ja')).toBe(
      'バックアップファイルを保存できませんでした。入力内容はこの画面に残っています。次の変更のときに自動でもう一度保存します。（ブラウザが保存領域の利用を許可しませんでした。）',
    )
    expect(store.getState().saveStatus).toBe('error')
    expect(store.getState().doc?.workshop.title).toBe('失敗2')
    expect((await freshRepo(services.dbName).loadDoc(id))?.workshop.title).toBe('失敗2')
    expect(snapshotOf(services, id).workshop.title).toBe('テスト研修会')

    // The next change retries; success clears the notice.
    services.host.failWrites(false)
    store.getState().apply(retitle('回復'))
    await store.getState().flush()
    expect(snapshotOf(services, id).workshop.title).toBe('回復')
    expect(services.notices.getState().notices.filter((n) => n.tone === 'error')).toEqual([])
    expect(store.getState().saveStatus).toBe('saved')
  })

  it('keeps the doc when IndexedDB fails: one notice, snapshot still written, retried', async () => {
    const dbName = 'failing-db-' + Math.random().toString(36).slice(2)
    const repo = createWorkshopRepository(new TaneDb(dbName))
    let failing = false
    const flaky = {
      ...repo,
      putRecords: async (records: Parameters<typeof repo.putRecords>[0]) => {
        if (failing) throw new Error('QuotaExceededError')
        await repo.putRecords(records)
      },
    }
    const services = createTestServices({ dbName, repo: flaky })
    const seeded = await openSeeded(services)
    failing = true
    services.workshop.getState().apply(retitle('DB失敗'))
    await services.workshop.getState().flush()
    services.workshop.getState().apply(retitle('DB失敗2'))
    await services.workshop.getState().flush()

    const errors = services.notices.getState().notices.filter((n) => n.tone === 'error')
    expect(errors.map((n) => userText(n.message, 'ja'))).toEqual([
      '保存できませんでした（この端末のデータベースに書き込めません）。入力内容はこの画面に残っています。次の変更のときに自動でもう一度保存します。',
    ])
    expect(services.workshop.getState().doc?.workshop.title).toBe('DB失敗2')
    expect(snapshotOf(services, seeded.workshop.id).workshop.title).toBe('DB失敗2')

    failing = false
    services.workshop.getState().apply(retitle('DB回復'))
    await services.workshop.getState().flush()
    const stored = await freshRepo(dbName).loadDoc(seeded.workshop.id)
    expect(stored).toEqual(services.workshop.getState().doc)
    expect(services.notices.getState().notices).toEqual([])
  })

  it('reopening after a failed IndexedDB write keeps the unsaved edit, in memory and in the snapshot', async () => {
    const dbName = 'failing-db-' + Math.random().toString(36).slice(2)
    const repo = createWorkshopRepository(new TaneDb(dbName))
    let failing = false
    const flaky = {
      ...repo,
      putRecords: async (records: Parameters<typeof repo.putRecords>[0]) => {
        if (failing) throw new Error('QuotaExceededError')
        await repo.putRecords(records)
      },
    }
    const services = createTestServices({ dbName, repo: flaky })
    const seeded = await openSeeded(services)
    const id = seeded.workshop.id
    failing = true
    services.workshop.getState().apply(retitle('メモリだけにある題名'))
    await services.workshop.getState().flush()

    // Leave the screen and come back: IndexedDB is still behind.
    await services.workshop.getState().close()
    await services.workshop.getState().open(id)
    expect(services.workshop.getState().doc?.workshop.title).toBe('メモリだけにある題名')
    services.workshop.getState().apply((doc) => updateWorkshop(doc, { venue: '別の編集' }))
    await services.workshop.getState().flush()
    const snapshot = snapshotOf(services, id)
    expect(snapshot.workshop.title).toBe('メモリだけにある題名')
    expect(snapshot.workshop.venue).toBe('別の編集')
    // Once IndexedDB accepts writes again, it gets the versions that only the memory held.
    failing = false
    services.workshop.getState().apply((doc) => updateWorkshop(doc, { venue: '回復後' }))
    await services.workshop.getState().flush()
    expect((await freshRepo(dbName).loadDoc(id))?.workshop.title).toBe('メモリだけにある題名')
  })

  it('refuses invalid edits with a Japanese notice and changes nothing', async () => {
    const services = createTestServices()
    const seeded = await openSeeded(services)
    const before = services.workshop.getState().doc
    const board = Object.values(seeded.boards)[0]!
    const longNote: Edit = (doc, ctx) => [
      {
        ...newRecordBase(ctx),
        type: 'note',
        workshopId: doc.workshop.id,
        boardId: board.id,
        text: 'あ'.repeat(2001),
        kind: 'hand',
        color: 'yellow',
        scenes: [],
        who: [],
        tane: false,
        order: 1,
        parentId: null,
        area: null,
      } satisfies Note,
    ]
    services.workshop.getState().apply(longNote)
    expect(services.workshop.getState().doc).toBe(before)
    expect(services.notices.getState().notices.map((n) => userText(n.message, 'ja'))).toEqual([
      '付箋の文字数が上限（2,000字）を超えています。',
    ])
    // Records of another workshop are refused too.
    const other = makeTestDoc(fakeContext('2030-01-01T00:00:00.000Z'))
    services.workshop.getState().apply(() => [{ ...other.workshop, id: 'someone-else' }])
    expect(services.workshop.getState().doc).toBe(before)
  })

  it('drops a slow load when another workshop was opened meanwhile', async () => {
    const services = createTestServices()
    const a = makeTestDoc(services.ctx, { title: 'A' })
    const b = makeTestDoc(services.ctx, { title: 'B' })
    await services.persistence.saveNow(a, docRecords(a))
    await services.persistence.saveNow(b, docRecords(b))
    const first = services.workshop.getState().open(a.workshop.id)
    const second = services.workshop.getState().open(b.workshop.id)
    await Promise.all([first, second])
    expect(services.workshop.getState().doc?.workshop.title).toBe('B')
  })

  it("undoes within a screen's scope: a board never undoes another board's or the setup's edit", async () => {
    const services = createTestServices()
    const seeded = await openSeeded(services, makeTestDoc(services.ctx, { groups: 2 }))
    const store = services.workshop
    const [a, b] = workshopGroups(seeded).map((g) => boardOf(seeded, g.id, 'theme1')!.id)
    const add =
      (boardId: string, text: string): Edit =>
      (doc, ctx) =>
        addNote(doc, boardId, { text, scenes: ['daily'] }, ctx)
    const texts = (boardId: string) =>
      Object.values(store.getState().doc!.notes)
        .filter((n) => n.boardId === boardId && n.deletedAt === null)
        .map((n) => n.text)
    // What the screens' selectors read, followed through the store's changes.
    const seen: boolean[][] = []
    const stop = store.subscribe((s) => {
      seen.push([s.canUndoIn(a!), s.canUndoIn(b!), s.canUndoIn(SETUP_SCOPE)])
    })

    store.getState().apply(add(a!, 'Ａの付箋'))
    store.getState().apply(add(b!, 'Ｂの付箋'))
    store.getState().apply(retitle('第2回'))
    const noteA = Object.values(store.getState().doc!.notes).find((n) => n.text === 'Ａの付箋')!
    store.getState().apply((doc) => updateNote(doc, noteA.id, { text: 'Ａ改' }))
    expect(seen.at(-1)).toEqual([true, true, true])

    // On Ａ's board (after switching groups): Ａ's edits only, latest first.
    store.getState().undo(a)
    expect(texts(a!)).toEqual(['Ａの付箋'])
    store.getState().undo(a)
    expect(texts(a!)).toEqual([])
    expect(texts(b!)).toEqual(['Ｂの付箋'])
    expect(store.getState().doc?.workshop.title).toBe('第2回')
    expect(store.getState().canUndoIn(a!)).toBe(false)
    expect(seen.at(-1)).toEqual([false, true, true])
    store.getState().undo(a)
    expect(texts(b!)).toEqual(['Ｂの付箋'])

    // The setup undoes its own edit; Ａ's board redoes its own.
    store.getState().undo(SETUP_SCOPE)
    expect(store.getState().doc?.workshop.title).toBe('テスト研修会')
    expect(texts(b!)).toEqual(['Ｂの付箋'])
    store.getState().redo(a)
    expect(texts(a!)).toEqual(['Ａの付箋'])
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: true })
    expect([store.getState().canRedoIn(a!), store.getState().canRedoIn(b!)]).toEqual([true, false])
    stop()
  })
})
