import { describe, expect, it, vi } from 'vitest'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { fakeContext } from '../../shared/testing/fakeContext'
import type { Note } from '../../shared/model/schemas'
import { applyRecords, docRecords, live } from '../../shared/model/workshopDoc'
import { removeGroup } from '../../shared/ops/groupOps'
import type { WorkshopDoc } from '../../shared/model/workshopDoc'
import type { EditContext } from '../../shared/model/context'
import { castVote, deleteCause } from '../../shared/theme2/causeOps'
import { createFilledTopic, INAGI_MITORI_WORKSHEET } from '../../shared/testing/inagiExample'
import { seatVoterId } from '../../shared/theme2/theme2Queries'
import { applyTrial2Preset } from '../../shared/theme2/topicOps'
import { createTestDb } from '../testing/testDb'
import { makeTestDoc } from '../testing/testDocs'
import { TaneDb } from './TaneDb'
import { createWorkshopRepository, type CorruptRow } from './workshopRepository'

function setup() {
  const db = createTestDb()
  const corrupt: CorruptRow[] = []
  const repo = createWorkshopRepository(db, { onCorruptRows: (rows) => corrupt.push(...rows) })
  return { db, repo, corrupt, ctx: fakeContext() }
}

function noteOn(boardId: string, workshopId: string, id: string, text: string): Note {
  const t = '2025-02-07T05:00:00.000Z'
  return {
    id,
    createdAt: t,
    updatedAt: t,
    rev: 1,
    deletedAt: null,
    type: 'note',
    workshopId,
    boardId,
    text,
    kind: 'hand',
    color: 'yellow',
    scenes: [],
    who: [],
    tane: false,
    order: 1,
    parentId: null,
    area: null,
  }
}

/** A test doc whose first group's テーマ2 board holds the 稲城市 topic, presets, a dot, a tombstone. */
function withTheme2(doc: WorkshopDoc, ctx: EditContext): WorkshopDoc {
  const board = Object.values(doc.boards).find((b) => b.themeId === 'theme2')!
  let next = applyRecords(doc, createFilledTopic(doc, board.id, INAGI_MITORI_WORKSHEET, ctx))
  next = applyRecords(next, applyTrial2Preset(next, board.id, ctx))
  const [first, second] = Object.values(next.causes)
  next = applyRecords(next, castVote(next, first!.id, seatVoterId(1), 1))
  return applyRecords(next, deleteCause(next, second!.id, { mode: 'detachMeasures' }, ctx))
}

describe('workshopRepository', () => {
  it('stores a doc and loads it back through a new database instance', async () => {
    const { db, repo, ctx } = setup()
    const doc = makeTestDoc(ctx, { groups: 2, rows: 3 })
    const board = Object.values(doc.boards)[0]!
    const withNote = applyRecords(doc, [
      noteOn(board.id, doc.workshop.id, 'n1', '退院後の生活が不安'),
    ])
    await repo.putDoc(withNote)
    expect(await repo.countRecords()).toBe(docRecords(withNote).length)

    const other = createWorkshopRepository(new TaneDb(db.name))
    expect(await other.loadDoc(doc.workshop.id)).toEqual(withNote)
    expect(await other.loadDoc('nope')).toBeNull()
  })

  it('stores and loads テーマ2 topics, causes, measures and outcomes', async () => {
    const { db, repo, ctx } = setup()
    const doc = withTheme2(makeTestDoc(ctx, { groups: 2 }), ctx)
    expect(Object.keys(doc.topics)).toHaveLength(5)
    await repo.putDoc(doc)
    expect(await repo.countRecords()).toBe(docRecords(doc).length)
    expect(await db.topics.count()).toBe(5)
    expect(await db.causes.count()).toBe(5)
    expect(await db.measures.count()).toBe(3)
    expect(await db.outcomes.count()).toBe(3)
    const other = createWorkshopRepository(new TaneDb(db.name))
    expect(await other.loadDoc(doc.workshop.id)).toEqual(doc)
  })

  it('skips corrupt テーマ2 rows and merges テーマ2 records by revision', async () => {
    const { db, repo, corrupt, ctx } = setup()
    const doc = withTheme2(makeTestDoc(ctx, { groups: 1 }), ctx)
    await repo.putDoc(doc)
    const cause = Object.values(doc.causes).find((c) => c.deletedAt === null)!
    const measure = Object.values(doc.measures)[0]!
    await db.causes.update(cause.id, { grid: { x: 3, y: 0 } })
    const loaded = (await repo.loadDoc(doc.workshop.id))!
    expect(loaded.causes[cause.id]).toBeUndefined()
    expect(corrupt.map((c) => `${c.table}:${c.id}`)).toEqual([`causes:${cause.id}`])

    const written = await repo.mergeRecords([
      cause, // repairs the corrupt row
      { ...measure, rev: measure.rev + 1, chosen: true },
      { ...measure, rev: measure.rev, text: '古い' },
    ])
    expect(written.map((r) => r.type)).toEqual(['cause', 'measure'])
    const merged = (await repo.loadDoc(doc.workshop.id))!
    expect(merged.causes[cause.id]).toEqual(cause)
    expect(merged.measures[measure.id]).toMatchObject({ chosen: true, text: measure.text })
  })

  it('stores and loads テーマ3 canvases, their notes and questions; skips corrupt rows', async () => {
    const { db, repo } = setup()
    const doc = createSampleWorkshop(fakeContext())
    await repo.putDoc(doc)
    const loaded = await repo.loadDoc(doc.workshop.id)
    expect(loaded).toEqual(doc)
    expect(Object.keys(loaded!.canvasNotes).length).toBeGreaterThan(5)
    const broken = Object.keys(doc.canvasQas)[0]!
    await db.canvasQas.update(broken, { prompt: 'hack' } as never)
    const again = (await repo.loadDoc(doc.workshop.id))!
    expect(again.canvasQas[broken]).toBeUndefined()
    expect(Object.keys(again.canvasQas)).toHaveLength(Object.keys(doc.canvasQas).length - 1)
  })

  it('writes a mixed batch in a single read-write transaction', async () => {
    const { db, repo, ctx } = setup()
    const doc = makeTestDoc(ctx)
    await repo.open()
    const spy = vi.spyOn(db, 'transaction')
    await repo.putRecords(docRecords(doc))
    expect(spy).toHaveBeenCalledTimes(1)
    expect(spy.mock.calls[0]?.[0]).toBe('rw')
  })

  it('lists live and tombstoned workshops with their live group counts', async () => {
    const { repo, ctx } = setup()
    expect(await repo.isEmpty()).toBe(true)
    const a = makeTestDoc(ctx, { title: 'A', groups: 3 })
    const groupId = Object.keys(a.groups)[0]!
    const aWithRemoved = applyRecords(a, removeGroup(a, groupId, ctx))
    const b = makeTestDoc(ctx, { title: 'B', groups: 1 })
    const bDeleted = { ...b.workshop, deletedAt: ctx.now() }
    await repo.putDoc(aWithRemoved)
    await repo.putDoc(applyRecords(b, [bDeleted]))
    expect(await repo.isEmpty()).toBe(false)

    const summaries = await repo.listWorkshopSummaries()
    const byTitle = Object.fromEntries(summaries.map((s) => [s.workshop.title, s]))
    expect(byTitle.A?.groupCount).toBe(2)
    expect(byTitle.B?.groupCount).toBe(1)
    expect(byTitle.B?.workshop.deletedAt).not.toBeNull()
    expect((await repo.listWorkshops()).map((w) => w.title).sort()).toEqual(['A', 'B'])
  })

  it('tracks when anything of a workshop was last edited, notes included', async () => {
    const { repo, ctx } = setup()
    const doc = makeTestDoc(ctx)
    await repo.putDoc(doc)
    const board = Object.values(doc.boards)[0]!
    const note = {
      ...noteOn(board.id, doc.workshop.id, 'n1', 'x'),
      updatedAt: '2031-01-01T00:00:00.000Z',
    }
    await repo.putRecords([note])
    // An older version written later does not move the time back.
    await repo.putRecords([{ ...note, updatedAt: '2030-01-01T00:00:00.000Z' }])
    const [summary] = await repo.listWorkshopSummaries()
    expect(summary?.lastEditedAt).toBe('2031-01-01T00:00:00.000Z')
    expect(summary?.workshop.updatedAt).not.toBe(summary?.lastEditedAt)
  })

  it('skips and reports corrupt rows instead of crashing', async () => {
    const { db, repo, corrupt, ctx } = setup()
    const doc = makeTestDoc(ctx, { groups: 1 })
    await repo.putDoc(doc)
    const boardId = Object.keys(doc.boards)[0]!
    // Rows written by something else: a note with a wrong type and a truncated board.
    await db.notes.put({ ...noteOn(boardId, doc.workshop.id, 'bad', 'x'), color: 'black' } as never)
    await db.boards.update(boardId, { themeId: 'theme9' } as never)
    await db.workshops.put({ id: 'broken', type: 'workshop' } as never)

    const loaded = await repo.loadDoc(doc.workshop.id)
    expect(loaded).not.toBeNull()
    expect(loaded!.notes.bad).toBeUndefined()
    expect(loaded!.boards[boardId]).toBeUndefined()
    expect(Object.keys(loaded!.boards)).toHaveLength(2)
    expect(corrupt.map((c) => `${c.table}:${c.id}`).sort()).toEqual([
      `boards:${boardId}`,
      'notes:bad',
    ])
    expect(corrupt[0]?.issue).toMatch(/:/)

    corrupt.length = 0
    expect((await repo.listWorkshops()).map((w) => w.id)).toEqual([doc.workshop.id])
    expect(corrupt.map((c) => c.id)).toEqual(['broken'])
    expect(await repo.loadDoc('broken')).toBeNull()
  })

  it('merges only records that are missing, older or corrupt', async () => {
    const { db, repo, ctx } = setup()
    const doc = makeTestDoc(ctx, { groups: 1, rows: 2 })
    await repo.putDoc(doc)
    const [rowA, rowB] = live(doc.rows)
    const board = Object.values(doc.boards)[0]!
    // The database holds a newer rowA; the incoming copy has a newer rowB and a new note.
    await db.timetableRows.put({ ...rowA!, rev: 5, item: 'DB版' })
    await db.groups.update(Object.keys(doc.groups)[0]!, { name: 42 } as never)
    const incoming = [
      { ...rowA!, rev: 4, item: '古い版' },
      { ...rowB!, rev: 2, item: 'ファイル版' },
      noteOn(board.id, doc.workshop.id, 'n9', '新しい付箋'),
      ...Object.values(doc.groups),
    ]
    const written = await repo.mergeRecords(incoming)
    expect(written.map((r) => r.id).sort()).toEqual(
      [rowB!.id, 'n9', Object.keys(doc.groups)[0]!].sort(),
    )
    const loaded = (await repo.loadDoc(doc.workshop.id))!
    expect(loaded.rows[rowA!.id]?.item).toBe('DB版')
    expect(loaded.rows[rowB!.id]?.item).toBe('ファイル版')
    expect(loaded.notes.n9?.text).toBe('新しい付箋')
    expect(Object.values(loaded.groups)[0]).toEqual(Object.values(doc.groups)[0])
  })

  it('resets a database to empty and keeps working', async () => {
    const { repo, ctx } = setup()
    await repo.putDoc(makeTestDoc(ctx))
    await repo.resetDatabase()
    expect(await repo.countRecords()).toBe(0)
    await repo.putDoc(makeTestDoc(ctx))
    expect(await repo.isEmpty()).toBe(false)
  })
})
