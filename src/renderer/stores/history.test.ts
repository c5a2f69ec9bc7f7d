import { describe, expect, it } from 'vitest'
import { fakeContext } from '../../shared/testing/fakeContext'
import { addRow, updateRow } from '../../shared/ops/timetableOps'
import { makeTestDoc } from '../test/testDocs'
import { commit, emptyHistory, record, redo, undo } from './history'

describe('history', () => {
  it('undoes and redoes with ever-increasing revisions', () => {
    const ctx = fakeContext()
    const base = makeTestDoc(ctx, { rows: 1, groups: 0 })
    const rowId = Object.keys(base.rows)[0]!
    const rev0 = base.rows[rowId]!.rev

    const edit = commit(base, updateRow(base, rowId, { item: '講義' }), ctx.now())
    let history = record(emptyHistory, base, edit.change, ctx.now())
    expect(edit.doc.rows[rowId]).toMatchObject({ item: '講義', rev: rev0 + 1 })

    const undone = undo(history, edit.doc, ctx.now())!
    expect(undone.committed.doc.rows[rowId]).toMatchObject({ item: '項目1', rev: rev0 + 2 })
    history = undone.history
    expect(history).toMatchObject({ past: [], future: [{}] })

    const redone = redo(history, undone.committed.doc, ctx.now())!
    expect(redone.committed.doc.rows[rowId]).toMatchObject({ item: '講義', rev: rev0 + 3 })
    expect(redone.history.past).toHaveLength(1)
    expect(redone.history.future).toHaveLength(0)
    expect(undo(emptyHistory, base, ctx.now())).toBeNull()
    expect(redo(emptyHistory, base, ctx.now())).toBeNull()
  })

  it('undoing a creation leaves a tombstone that redo revives', () => {
    const ctx = fakeContext()
    const base = makeTestDoc(ctx, { rows: 0, groups: 0 })
    const added = commit(base, addRow(base, null, ctx), ctx.now())
    const rowId = Object.keys(added.doc.rows)[0]!
    const history = record(emptyHistory, base, added.change, ctx.now())
    const undone = undo(history, added.doc, ctx.now())!
    expect(undone.committed.doc.rows[rowId]).toMatchObject({ rev: 2 })
    expect(undone.committed.doc.rows[rowId]?.deletedAt).not.toBeNull()
    const redone = redo(undone.history, undone.committed.doc, ctx.now())!
    expect(redone.committed.doc.rows[rowId]).toMatchObject({ rev: 3, deletedAt: null })
  })

  it('keeps at most `limit` entries and drops the redo stack on a new edit', () => {
    const ctx = fakeContext()
    let doc = makeTestDoc(ctx, { rows: 1, groups: 0 })
    const rowId = Object.keys(doc.rows)[0]!
    let history = emptyHistory
    for (let i = 0; i < 5; i += 1) {
      const edit = commit(doc, updateRow(doc, rowId, { durationMin: i }), ctx.now())
      history = record(history, doc, edit.change, ctx.now(), 3)
      doc = edit.doc
    }
    expect(history.past).toHaveLength(3)
    const undone = undo(history, doc, ctx.now())!
    const edit = commit(undone.committed.doc, updateRow(doc, rowId, { item: 'x' }), ctx.now())
    expect(record(undone.history, doc, edit.change, ctx.now()).future).toEqual([])
  })
})
