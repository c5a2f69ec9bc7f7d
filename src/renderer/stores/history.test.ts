import { describe, expect, it } from 'vitest'
import { addNote, updateNote } from '../../shared/board/theme1Ops'
import type { AnyRecord } from '../../shared/model/schemas'
import { stampOf, type WorkshopDoc } from '../../shared/model/workshopDoc'
import { boardOf, removeGroup, workshopGroups } from '../../shared/ops/groupOps'
import { addRow, updateRow } from '../../shared/ops/timetableOps'
import { addCause } from '../../shared/theme2/causeOps'
import { addMeasure, addOutcome } from '../../shared/theme2/measureOps'
import { createTopic } from '../../shared/theme2/topicOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { makeTestDoc } from '../testing/testDocs'
import {
  canRedo,
  canUndo,
  commit,
  emptyHistory,
  record,
  redo,
  SETUP_SCOPE,
  undo,
  type History,
} from './history'

describe('history', () => {
  it('undoes and redoes with ever-increasing revisions', () => {
    const ctx = fakeContext()
    const base = makeTestDoc(ctx, { rows: 1, groups: 0 })
    const rowId = Object.keys(base.rows)[0]!
    const rev0 = base.rows[rowId]!.rev

    const edit = commit(base, updateRow(base, rowId, { item: '講義' }), stampOf(ctx))
    let history = record(emptyHistory, base, edit.change, ctx.now())
    expect(edit.doc.rows[rowId]).toMatchObject({ item: '講義', rev: rev0 + 1 })

    const undone = undo(history, edit.doc, stampOf(ctx))!
    expect(undone.committed.doc.rows[rowId]).toMatchObject({ item: '項目1', rev: rev0 + 2 })
    history = undone.history
    expect(history).toMatchObject({ past: [], future: [{}] })

    const redone = redo(history, undone.committed.doc, stampOf(ctx))!
    expect(redone.committed.doc.rows[rowId]).toMatchObject({ item: '講義', rev: rev0 + 3 })
    expect(redone.history.past).toHaveLength(1)
    expect(redone.history.future).toHaveLength(0)
    expect(undo(emptyHistory, base, stampOf(ctx))).toBeNull()
    expect(redo(emptyHistory, base, stampOf(ctx))).toBeNull()
  })

  it('undoing a creation leaves a tombstone that redo revives', () => {
    const ctx = fakeContext()
    const base = makeTestDoc(ctx, { rows: 0, groups: 0 })
    const added = commit(base, addRow(base, null, ctx), stampOf(ctx))
    const rowId = Object.keys(added.doc.rows)[0]!
    const history = record(emptyHistory, base, added.change, ctx.now())
    const undone = undo(history, added.doc, stampOf(ctx))!
    expect(undone.committed.doc.rows[rowId]).toMatchObject({ rev: 2 })
    expect(undone.committed.doc.rows[rowId]?.deletedAt).not.toBeNull()
    const redone = redo(undone.history, undone.committed.doc, stampOf(ctx))!
    expect(redone.committed.doc.rows[rowId]).toMatchObject({ rev: 3, deletedAt: null })
  })

  it('keeps at most `limit` entries and drops the redo stack on a new edit', () => {
    const ctx = fakeContext()
    let doc = makeTestDoc(ctx, { rows: 1, groups: 0 })
    const rowId = Object.keys(doc.rows)[0]!
    let history = emptyHistory
    for (let i = 0; i < 5; i += 1) {
      const edit = commit(doc, updateRow(doc, rowId, { durationMin: i }), stampOf(ctx))
      history = record(history, doc, edit.change, ctx.now(), 3)
      doc = edit.doc
    }
    expect(history.past).toHaveLength(3)
    const undone = undo(history, doc, stampOf(ctx))!
    const edit = commit(undone.committed.doc, updateRow(doc, rowId, { item: 'x' }), stampOf(ctx))
    expect(record(undone.history, doc, edit.change, ctx.now()).future).toEqual([])
  })
})

describe('one gesture, one entry (join)', () => {
  it('joins the latest entry: one undo puts back the state before the gesture, redo its end', () => {
    const t = twoBoards()
    let joinId: number | null = null
    const gestureStep = (text: string) => {
      const done = commit(t.doc(), updateNote(t.doc(), t.noteA, { text }), stampOf(t.ctx))
      const next = record(t.history(), t.doc(), done.change, t.ctx.now(), { join: joinId })
      t.replace(next, done.doc)
      joinId = next.past.at(-1)!.id
    }
    gestureStep('Ａ１')
    const firstId = joinId
    gestureStep('Ａ２')
    gestureStep('Ａ３')
    // A creation inside the gesture joins too (its undo is a tombstone).
    const created = commit(
      t.doc(),
      addNote(t.doc(), t.a, { text: '新しい付箋', scenes: [] }, t.ctx),
      stampOf(t.ctx),
    )
    const newId = created.change.records[0]!.id
    t.replace(
      record(t.history(), t.doc(), created.change, t.ctx.now(), { join: joinId }),
      created.doc,
    )
    expect(t.history().past).toHaveLength(1)
    expect(t.history().past[0]!.id).toBe(firstId)

    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), t.a))
    expect(t.text(t.noteA)).toBe('Ａの付箋')
    expect(t.doc().notes[newId]?.deletedAt).not.toBeNull()
    expect(t.history().past).toHaveLength(0)
    t.step(redo(t.history(), t.doc(), stampOf(t.ctx), t.a))
    expect(t.text(t.noteA)).toBe('Ａ３')
    expect(t.doc().notes[newId]?.deletedAt).toBeNull()
  })

  it('starts a new entry when the joined one is no longer the latest', () => {
    const t = twoBoards()
    t.edit((d) => updateNote(d, t.noteA, { text: 'Ａ１' }))
    const first = t.history().past.at(-1)!.id
    t.edit((d) => updateNote(d, t.noteB, { text: 'Ｂ１' }))
    const done = commit(t.doc(), updateNote(t.doc(), t.noteA, { text: 'Ａ２' }), stampOf(t.ctx))
    const next = record(t.history(), t.doc(), done.change, t.ctx.now(), { join: first })
    expect(next.past).toHaveLength(3)
    expect(next.past.at(-1)!.id).not.toBe(first)
  })
})

/** A workshop with two groups, a note on each group's テーマ1 board, and a history to edit on. */
function twoBoards() {
  const ctx = fakeContext()
  let doc = makeTestDoc(ctx, { rows: 1, groups: 2 })
  const [a, b] = workshopGroups(doc).map((g) => boardOf(doc, g.id, 'theme1')!.id)
  const noteOn = (boardId: string, text: string) => {
    const records = addNote(doc, boardId, { text, scenes: ['daily'] }, ctx)
    doc = commit(doc, records, stampOf(ctx)).doc
    return records[0]!.id
  }
  const noteA = noteOn(a!, 'Ａの付箋')
  const noteB = noteOn(b!, 'Ｂの付箋')
  const rowId = Object.keys(doc.rows)[0]!
  let history: History = emptyHistory
  const edit = (make: (d: WorkshopDoc) => AnyRecord[]) => {
    const done = commit(doc, make(doc), stampOf(ctx))
    history = record(history, doc, done.change, ctx.now())
    doc = done.doc
  }
  const replace = (next: History, nextDoc: WorkshopDoc) => {
    history = next
    doc = nextDoc
  }
  const step = (result: ReturnType<typeof undo>) => {
    if (!result) throw new Error('nothing done')
    history = result.history
    doc = result.committed.doc
  }
  return {
    ctx,
    a: a!,
    b: b!,
    noteA,
    noteB,
    rowId,
    edit,
    replace,
    step,
    doc: () => doc,
    history: () => history,
    text: (id: string) => doc.notes[id]?.text,
  }
}

describe('history scopes', () => {
  it("records where an edit's records are shown: a board, or the setup", () => {
    const t = twoBoards()
    t.edit((d) => updateNote(d, t.noteA, { text: 'Ａ２' }))
    t.edit((d) => updateRow(d, t.rowId, { item: '講義' }))
    t.edit((d) => removeGroup(d, workshopGroups(d)[1]!.id, t.ctx))
    const [note, row, removed] = t.history().past
    expect(note?.scopes).toEqual([t.a])
    expect(row?.scopes).toEqual([SETUP_SCOPE])
    // The group and its boards are the setup's; its notes are its board's.
    expect(removed?.scopes).toContain(SETUP_SCOPE)
    expect(removed?.scopes).toContain(t.b)
    expect(removed?.scopes).not.toContain(t.a)
  })

  it('undoes and redoes the latest edit of a scope, leaving the later edits of others', () => {
    const t = twoBoards()
    t.edit((d) => updateNote(d, t.noteA, { text: 'Ａ２' }))
    t.edit((d) => updateNote(d, t.noteB, { text: 'Ｂ２' }))
    t.edit((d) => updateRow(d, t.rowId, { item: '講義' }))

    expect(canUndo(t.history(), t.a)).toBe(true)
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), t.a))
    expect(t.text(t.noteA)).toBe('Ａの付箋')
    expect(t.text(t.noteB)).toBe('Ｂ２')
    expect(t.doc().rows[t.rowId]?.item).toBe('講義')
    expect(canUndo(t.history(), t.a)).toBe(false)
    expect(undo(t.history(), t.doc(), stampOf(t.ctx), t.a)).toBeNull()
    expect(canRedo(t.history(), t.a)).toBe(true)
    expect(canRedo(t.history(), t.b)).toBe(false)
    expect(canRedo(t.history(), SETUP_SCOPE)).toBe(false)

    // Board Ｂ's undo is its own note, although the setup's edit came later.
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), t.b))
    expect(t.text(t.noteB)).toBe('Ｂの付箋')
    expect(t.doc().rows[t.rowId]?.item).toBe('講義')

    t.step(redo(t.history(), t.doc(), stampOf(t.ctx), t.a))
    expect(t.text(t.noteA)).toBe('Ａ２')
    expect(t.text(t.noteB)).toBe('Ｂの付箋')
    // Without a scope: the latest change first (the redo), then the setup's edit.
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx)))
    expect(t.text(t.noteA)).toBe('Ａの付箋')
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx)))
    expect(t.doc().rows[t.rowId]?.item).toBe('項目1')
  })

  it('refuses to undo out of order when a later edit of another scope touched the same records', () => {
    const t = twoBoards()
    // Removing Ｂグループ tombstones its note too (scopes: the setup and board Ｂ).
    t.edit((d) => removeGroup(d, workshopGroups(d)[1]!.id, t.ctx))
    expect(t.doc().notes[t.noteB]?.deletedAt).not.toBeNull()
    // The setup then renames the removed group (a later edit of the setup alone, same record).
    t.edit((d) => {
      const group = Object.values(d.groups).find((g) => g.deletedAt !== null)!
      return [{ ...group, name: '改名' }]
    })
    // Board Ｂ's latest entry is the removal, but the rename after it touched the group: refused.
    expect(canUndo(t.history(), t.b)).toBe(false)
    expect(undo(t.history(), t.doc(), stampOf(t.ctx), t.b)).toBeNull()
    // In the setup's own order it works: the rename, then the removal.
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), SETUP_SCOPE))
    expect(canUndo(t.history(), t.b)).toBe(true)
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), SETUP_SCOPE))
    expect(t.doc().notes[t.noteB]?.deletedAt).toBeNull()
  })

  it('refuses to redo out of order when an edit undone after it touched the same records', () => {
    const t = twoBoards()
    const groupB = workshopGroups(t.doc())[1]!.id
    t.edit((d) => [{ ...d.groups[groupB]!, name: '改名' }])
    t.edit((d) => removeGroup(d, groupB, t.ctx))
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), SETUP_SCOPE))
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), SETUP_SCOPE))
    expect(t.doc().groups[groupB]).toMatchObject({ deletedAt: null })
    expect(t.doc().groups[groupB]?.name).not.toBe('改名')
    // Redoing the removal (board Ｂ's latest) before the rename would bring the rename back too.
    expect(canRedo(t.history(), t.b)).toBe(false)
    expect(redo(t.history(), t.doc(), stampOf(t.ctx), t.b)).toBeNull()
    t.step(redo(t.history(), t.doc(), stampOf(t.ctx), SETUP_SCOPE))
    expect(t.doc().groups[groupB]?.name).toBe('改名')
    expect(canRedo(t.history(), t.b)).toBe(true)
    t.step(redo(t.history(), t.doc(), stampOf(t.ctx), t.b))
    expect(t.doc().notes[t.noteB]?.deletedAt).not.toBeNull()
  })

  it('classifies テーマ2 topics, causes, measures and outcomes under their テーマ2 board', () => {
    const t = twoBoards()
    const groupA = workshopGroups(t.doc())[0]!.id
    const theme2 = boardOf(t.doc(), groupA, 'theme2')!.id
    let topicId = ''
    t.edit((d) => {
      const records = createTopic(d, theme2, '看取り', t.ctx)
      topicId = records[0]!.id
      return records
    })
    t.edit((d) => addCause(d, topicId, '説明不足', null, t.ctx))
    t.edit((d) => addMeasure(d, topicId, null, '説明の場', '家族', t.ctx))
    t.edit((d) => addOutcome(d, topicId, { expectation: '安心' }, t.ctx))
    t.edit((d) => updateNote(d, t.noteA, { text: 'Ａ２' }))
    const entries = t.history().past
    expect(entries).toHaveLength(5)
    for (const entry of entries.slice(0, 4)) expect(entry.scopes).toEqual([theme2])
    expect(entries[4]?.scopes).toEqual([t.a])

    // テーマ2's undo leaves the later テーマ1 edit of the same group alone.
    t.step(undo(t.history(), t.doc(), stampOf(t.ctx), theme2))
    expect(Object.values(t.doc().outcomes).every((o) => o.deletedAt !== null)).toBe(true)
    expect(t.text(t.noteA)).toBe('Ａ２')
    expect(canUndo(t.history(), theme2)).toBe(true)
    expect(canRedo(t.history(), t.a)).toBe(false)
  })
})
