// @vitest-environment node
// The real hub (src/main/lan, plain Node) with two windows' real workshop sessions over
// fake-indexeddb: the only renderer tests that import src/main (eslint.config.mjs).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLanHub, type LanHub } from '../../main/lan/lanHub'
import { addNote, updateNote } from '../../shared/board/theme1Ops'
import type { EditContext } from '../../shared/model/context'
import { docRecords, live, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../shared/ops/groupOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { userText } from '../i18n/userText'
import { makeTestDoc } from '../testing/testDocs'
import { createTestServices, freshRepo, type TestServices } from '../testing/testServices'
import { createLanSession, type LanSession } from './lanSession'

// this file's hub stays in ports 18710-18714 (other test files run hubs at the same time)
const PORT = 18710 + Math.floor(Math.random() * 5)
const ORIGIN = `http://127.0.0.1:${PORT}`

/** Node's WebSocket sends no Origin by itself; a page's socket sends the hub's own. */
class PageWebSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, { protocols, headers: { origin: ORIGIN } } as unknown as string[])
  }
}

/** A device's context: its own editor and ids that no other device makes. */
function deviceContext(prefix: string, editorId: string): EditContext {
  let n = 0
  return { ...fakeContext('2025-02-07T04:00:00.000Z', editorId), newId: () => `${prefix}-${++n}` }
}

async function until(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 25))
  }
}

// the renderer project's setup clears localStorage after each test; Node has none
;(globalThis as { localStorage?: Pick<Storage, 'clear'> }).localStorage ??= {
  clear: () => undefined,
}

const stops: (() => unknown)[] = []
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop()
})

async function startHub(): Promise<LanHub> {
  const root = await mkdtemp(join(tmpdir(), 'taneboard-renderer-'))
  const data = await mkdtemp(join(tmpdir(), 'taneboard-lan-'))
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>タネボード</title>')
  const hub = createLanHub({
    rootDirectory: root,
    dataDirectory: data,
    addresses: ['127.0.0.1'],
    port: PORT,
    storeDebounceMs: 50,
    storeMaxDebounceMs: 200,
  })
  await hub.start()
  stops.push(async () => {
    await hub.stop()
    await rm(root, { recursive: true, force: true })
    await rm(data, { recursive: true, force: true })
  })
  return hub
}

async function connect(
  services: TestServices,
  options: Omit<Parameters<typeof createLanSession>[0], 'session' | 'slot' | 'hubUrl'>,
): Promise<LanSession> {
  const lan = await createLanSession({
    ...options,
    hubUrl: `${ORIGIN}/`,
    session: services.session,
    slot: services.ctx.editorId,
    webSocket: PageWebSocket,
    offlineAfterMs: 500,
    retryDelayMs: [50, 200],
  })
  stops.push(() => lan.stop({ forget: true }))
  await lan.ready
  return lan
}

/** A facilitator's laptop with a workshop of two groups, joined to the hub with every group. */
async function facilitatorAndTable() {
  const hub = await startHub()
  const fac = createTestServices({ ctx: deviceContext('f', 'ffffffffffffffff') })
  const made = makeTestDoc(fac.ctx, { groups: 2 })
  await fac.persistence.saveNow(made, docRecords(made))
  const workshopId = made.workshop.id
  const [g1, g2] = workshopGroups(made).map((g) => g.id) as [string, string]
  const info = await hub.open({ workshopId, groupIds: [g1, g2] })
  const facLan = await connect(fac, {
    token: info.facilitator.token,
    workshopId,
    role: 'facilitator',
    groupIds: [g1, g2],
    persist: false,
  })
  // A table's device starts with an empty IndexedDB and only its token.
  const table = createTestServices({ ctx: deviceContext('t', 'aaaaaaaaaaaaaaaa') })
  const token = info.groups.find((g) => g.groupId === g1)!.token
  const tableLan = await connect(table, { token, workshopId, role: 'table', groupIds: [g1] })
  return { hub, fac, facLan, table, tableLan, workshopId, g1, g2 }
}

/** What a device has stored (IndexedDB read through a new TaneDb, as the next start would). */
const stored = (services: TestServices, workshopId: string) =>
  freshRepo(services.dbName).loadDoc(workshopId)

const groupRecords = (doc: WorkshopDoc, groupId: string) => {
  const boards = new Set(
    Object.values(doc.boards)
      .filter((b) => b.groupId === groupId)
      .map((b) => b.id),
  )
  return docRecords(doc)
    .filter(
      (r) =>
        r.type === 'workshop' ||
        r.type === 'timetableRow' ||
        (r.type === 'group' && r.id === groupId) ||
        (r.type === 'board' && r.groupId === groupId) ||
        ('boardId' in r && boards.has(r.boardId)),
    )
    .sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`))
}

describe('the LAN session between the real hub and real workshop sessions', () => {
  it('a table starting empty receives its workshop, its group and boards only, and stores them', async () => {
    const { fac, table, workshopId, g1, g2 } = await facilitatorAndTable()
    await until(async () => {
      const doc = await stored(table, workshopId)
      return doc !== null && Object.keys(doc.boards).length === 3
    })
    const doc = (await stored(table, workshopId))!
    const facDoc = (await stored(fac, workshopId))!
    expect(doc.workshop).toEqual(facDoc.workshop)
    expect(Object.keys(doc.rows).sort()).toEqual(Object.keys(facDoc.rows).sort())
    expect(Object.keys(doc.groups)).toEqual([g1])
    expect(doc.groups[g2]).toBeUndefined()
    expect(
      Object.values(doc.boards)
        .map((b) => b.themeId)
        .sort(),
    ).toEqual(['theme1', 'theme2', 'theme3'])
    // written as they are: the facilitator's versions, never re-stamped
    expect(groupRecords(doc, g1)).toEqual(groupRecords(facDoc, g1))
  }, 20_000)

  it('a note typed at the table reaches the facilitator’s session and IndexedDB; both converge', async () => {
    const { fac, table, tableLan, workshopId, g1 } = await facilitatorAndTable()
    await until(() => tableLan.workshop() !== null)
    await table.workshop.getState().open(workshopId)
    await fac.workshop.getState().open(workshopId)
    expect(table.workshop.getState().status).toBe('ready')
    const board = boardOf(table.workshop.getState().doc!, g1, 'theme1')!.id
    table.workshop
      .getState()
      .apply((doc, ctx) => addNote(doc, board, { text: '退院調整の連絡が遅い', scenes: [] }, ctx))

    // the facilitator's open workshop follows, as a remote change (nothing to undo there)
    await until(() =>
      live(fac.workshop.getState().doc!.notes).some((n) => n.text === '退院調整の連絡が遅い'),
    )
    expect(fac.workshop.getState().canUndo).toBe(false)
    await fac.workshop.getState().flush()
    const facStored = (await stored(fac, workshopId))!
    expect(live(facStored.notes).map((n) => n.text)).toEqual(['退院調整の連絡が遅い'])

    // the facilitator edits it; the table has the new text
    const noteId = live(facStored.notes)[0]!.id
    fac.workshop.getState().apply((doc) => updateNote(doc, noteId, { text: '連絡が遅い（全体）' }))
    await until(() => table.workshop.getState().doc!.notes[noteId]?.text === '連絡が遅い（全体）')
    await table.workshop.getState().flush()
    await fac.workshop.getState().flush()
    await until(async () => {
      const [a, b] = [await stored(table, workshopId), await stored(fac, workshopId)]
      return JSON.stringify(groupRecords(a!, g1)) === JSON.stringify(groupRecords(b!, g1))
    })
  }, 20_000)

  it('an undo at the table never reverts what came from the facilitator', async () => {
    const { fac, table, tableLan, workshopId, g1 } = await facilitatorAndTable()
    await until(() => tableLan.workshop() !== null)
    await table.workshop.getState().open(workshopId)
    await fac.workshop.getState().open(workshopId)
    const board = boardOf(table.workshop.getState().doc!, g1, 'theme1')!.id
    table.workshop
      .getState()
      .apply((doc, ctx) => addNote(doc, board, { text: 'テーブルの付箋', scenes: [] }, ctx))
    const noteId = live(table.workshop.getState().doc!.notes)[0]!.id
    await until(() => fac.workshop.getState().doc!.notes[noteId] !== undefined)
    fac.workshop.getState().apply((doc) => updateNote(doc, noteId, { text: 'ファシリが直した' }))
    await until(() => table.workshop.getState().doc!.notes[noteId]?.text === 'ファシリが直した')

    // Ctrl+Z at the table: its own addition was changed elsewhere since, so it stays, as
    // the facilitator wrote it, and the table is told
    expect(table.workshop.getState().canUndoIn(board)).toBe(true)
    table.workshop.getState().undo(board)
    const note = table.workshop.getState().doc!.notes[noteId]!
    expect(note.deletedAt).toBeNull()
    expect(note.text).toBe('ファシリが直した')
    expect(userText(table.notices.getState().notices.at(-1)!.message, 'ja')).toBe(
      'ほかの端末で変更された1件はそのままにしました。',
    )
    // and nothing the facilitator sees has gone back
    await new Promise((r) => setTimeout(r, 300))
    expect(fac.workshop.getState().doc!.notes[noteId]).toMatchObject({
      text: 'ファシリが直した',
      deletedAt: null,
    })
  }, 20_000)
})
