import { describe, expect, it } from 'vitest'
import { laptop, laptopEditor } from '../testing/mergeTestKit'
import type { AnyRecord, Note } from '../model/schemas'
import { applyRecords, docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { checkVersion, groupBoardsOf } from './checkVersion'
import { docName, groupDocName, metaDocName, parseDocName, type DocRef } from './docNames'
import { recordsByDoc, recordsByGroup } from './docOfRecord'
import { materialise } from './materialise'
import { versionsToCommit, versionsToPublish } from './replica'
import { resolveConflicts } from './resolveConflicts'
import { parseVersionKey, versionKey } from './versionKeys'

const START = '2025-02-07T04:00:00.000Z'

/** A workshop with two groups made on laptop 'f' (the facilitator). */
function setup() {
  const f = laptop('f', START)
  f.create(2)
  const [g1, g2] = f.groupIds() as [string, string]
  return { f, g1, g2, wid: f.doc().workshop.id }
}

/** The entries a writer slot puts for records. */
const entries = (slot: string, records: readonly AnyRecord[]): [string, unknown][] =>
  records.map((r) => [versionKey(r, slot), r])

describe('document names and keys', () => {
  it('round-trips and refuses anything else', () => {
    expect(parseDocName(metaDocName('w1'))).toEqual({ kind: 'meta', workshopId: 'w1' })
    expect(parseDocName(groupDocName('w1', 'g-1'))).toEqual({
      kind: 'group',
      workshopId: 'w1',
      groupId: 'g-1',
    })
    for (const bad of [
      '',
      'ws/w1',
      'ws/../meta',
      'ws/w1/g/',
      'ws/w1/g/a/b',
      'ws/constructor/meta',
    ]) {
      expect(parseDocName(bad)).toBeNull()
    }
    const key = versionKey({ type: 'note', id: 'n-1' }, laptopEditor('a'))
    expect(parseVersionKey(key)).toEqual({ type: 'note', id: 'n-1', slot: laptopEditor('a') })
    for (const bad of ['note:n-1', 'note:@0000000000000061', 'x:n@0000000000000061', 'note:n@ZZ']) {
      expect(parseVersionKey(bad)).toBeNull()
    }
  })

  it('puts every record of a workshop in exactly one document', () => {
    const { f, g1, wid } = setup()
    f.addNote('転院時の情報共有')
    const byDoc = recordsByDoc(f.doc())
    expect([...byDoc.keys()].sort()).toEqual(
      [metaDocName(wid), ...f.groupIds().map((g) => groupDocName(wid, g))].sort(),
    )
    const group1 = byDoc.get(groupDocName(wid, g1)) ?? []
    expect(group1.filter((r) => r.type === 'board')).toHaveLength(3)
    expect(group1.some((r) => r.type === 'note')).toBe(true)
  })

  it('lists each group document’s records by group, as recordsByDoc does, keeping their objects', () => {
    const { f, wid } = setup()
    f.addNote('転院時の情報共有')
    const byDoc = recordsByDoc(f.doc())
    const byGroup = recordsByGroup(f.doc())
    expect([...byGroup.keys()].sort()).toEqual([...f.groupIds()].sort())
    for (const [groupId, records] of byGroup) {
      const expected = byDoc.get(groupDocName(wid, groupId)) ?? []
      expect(new Set(records)).toEqual(new Set(expected))
      expect(records).toHaveLength(expected.length)
    }
  })

  it('parses a value once: the same object is not parsed again, a changed one is', () => {
    const { f, g1, wid } = setup()
    const note = f.note(f.addNote('退院前カンファレンス'))!
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const boards = groupBoardsOf(
      doc1,
      entries('00000000000000f0', recordsByDoc(f.doc()).get(docName(doc1))!),
    )
    const scope = { doc: doc1, role: null, groupBoards: boards }
    const key = versionKey(note, laptopEditor('t'))
    const first = checkVersion(key, note, scope)
    expect(first.ok && checkVersion(key, note, scope)).toEqual(first)
    const broken = { ...note, text: 42 }
    expect(checkVersion(key, broken, scope)).toEqual({ ok: false, refusal: 'schema' })
    expect(checkVersion(key, broken, scope)).toEqual({ ok: false, refusal: 'schema' })
  })
})

describe('checkVersion', () => {
  it('accepts a table writing its own group, refuses other scopes, roles and bad values', () => {
    const { f, g1, g2, wid } = setup()
    const noteId = f.addNote('退院前カンファレンス')
    const note = f.note(noteId)!
    const byDoc = recordsByDoc(f.doc())
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const doc2 = { kind: 'group' as const, workshopId: wid, groupId: g2 }
    const boards1 = groupBoardsOf(doc1, entries('00000000000000f0', byDoc.get(docName(doc1))!))
    const slot = laptopEditor('t')
    const key = versionKey(note, slot)
    const table = (doc: DocRef = doc1) => ({ doc, role: 'table' as const, groupBoards: boards1 })
    expect(checkVersion(key, note, table()).ok).toBe(true)
    const refusal = (k: string, value: unknown, scope = table()) => {
      const check = checkVersion(k, value, scope)
      return check.ok ? 'ok' : check.refusal
    }
    // another group's document: its boards are not this note's
    const boards2 = groupBoardsOf(doc2, entries(slot, byDoc.get(docName(doc2))!))
    expect(refusal(key, note, { doc: doc2, role: 'table', groupBoards: boards2 })).toBe('scope')
    expect(refusal(key, { ...note, text: 'x'.repeat(3000) })).toBe('schema')
    expect(refusal(key, { ...note, extra: 1 })).toBe('schema')
    expect(refusal(versionKey({ type: 'note', id: 'other' }, slot), note)).toBe('mismatch')
    expect(refusal(key, { ...note, workshopId: 'elsewhere' })).toBe('workshop')
    expect(refusal('note:' + note.id, note)).toBe('key')
    const board = Object.values(f.doc().boards).find((b) => b.groupId === g1)!
    expect(refusal(versionKey(board, slot), board)).toBe('role')
    expect(
      checkVersion(versionKey(board, slot), board, { ...table(), role: 'facilitator' }).ok,
    ).toBe(true)
    const meta = { kind: 'meta' as const, workshopId: wid }
    const ws = f.doc().workshop
    expect(
      refusal(versionKey(ws, slot), ws, { doc: meta, role: 'table', groupBoards: new Set() }),
    ).toBe('role')
    expect(refusal(versionKey(ws, slot), ws)).toBe('scope')
  })
})

describe('materialise and resolveConflicts', () => {
  it('shows the dominating version, and keeps both texts of concurrent edits', () => {
    const { f, g1, wid } = setup()
    const noteId = f.addNote('元の文')
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const base = recordsByDoc(f.doc()).get(docName(doc1))!
    const fSlot = f.ctx.editorId
    // two devices start from the facilitator's version and edit the same note at once
    const a = laptop('a', START, f.doc())
    const b = laptop('b', START, f.doc())
    a.editNote(noteId, 'Ａの文')
    b.editNote(noteId, 'Ｂの文')
    const onlyA = [...entries(fSlot, base), ...entries(a.ctx.editorId, [a.note(noteId)!])]
    const shownA = materialise(doc1, onlyA)
    expect(shownA.conflicts).toEqual([])
    expect((shownA.records.get(`note:${noteId}`) as Note).text).toBe('Ａの文')

    const both = [...onlyA, ...entries(b.ctx.editorId, [b.note(noteId)!])]
    const shown = materialise(doc1, both)
    expect(shown.conflicts).toHaveLength(1)
    // the same interim pick whatever order the entries come in
    expect(materialise(doc1, [...both].reverse()).records.get(`note:${noteId}`)).toEqual(
      shown.records.get(`note:${noteId}`),
    )
    const hub = laptop('h', START)
    const decided = resolveConflicts(shown, f.doc().workshop, hub.ctx)
    const after = materialise(doc1, [...both, ...entries(hub.ctx.editorId, decided)])
    expect(after.conflicts).toEqual([])
    const texts = [...after.records.values()]
      .filter((r): r is Note => r.type === 'note' && r.deletedAt === null)
      .map((n) => (n.importedCopy === true ? `取り込み:${n.text}` : n.text))
      .sort()
    // the other version's text as it came, on a copy flagged importedCopy
    expect(texts).toEqual(['Ａの文', '取り込み:Ｂの文'].sort())
    // a later edit on a device made from the decision wins without a new conflict
    const c = laptop('c', START, applyRecords(f.doc(), [...after.records.values()]))
    c.editNote(noteId, 'Ｃの文')
    const later = materialise(doc1, [
      ...both,
      ...entries(hub.ctx.editorId, decided),
      ...entries(c.ctx.editorId, [c.note(noteId)!]),
    ])
    expect(later.conflicts).toEqual([])
    expect((later.records.get(`note:${noteId}`) as Note).text).toBe('Ｃの文')
  })

  it('keeps the live text when one device deletes what another edits', () => {
    const { f, g1, wid } = setup()
    const noteId = f.addNote('残すべき文')
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const base = recordsByDoc(f.doc()).get(docName(doc1))!
    const a = laptop('a', START, f.doc())
    const b = laptop('b', START, f.doc())
    a.deleteNote(noteId)
    b.editNote(noteId, '編集した文')
    const shown = materialise(doc1, [
      ...entries(f.ctx.editorId, base),
      ...entries(a.ctx.editorId, [a.note(noteId)!]),
      ...entries(b.ctx.editorId, [b.note(noteId)!]),
    ])
    const decided = resolveConflicts(shown, f.doc().workshop, laptop('h', START).ctx)
    expect(decided).toHaveLength(1)
    expect(decided[0]).toMatchObject({ id: noteId, text: '編集した文', deletedAt: null })
  })

  it('leaves out and counts versions that fail the checks', () => {
    const { f, g1, wid } = setup()
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const base = recordsByDoc(f.doc()).get(docName(doc1))!
    const shown = materialise(doc1, [
      ...entries(f.ctx.editorId, base),
      ['note:n1@00000000000000aa', { type: 'note', id: 'n1', text: 1 }],
      ['garbage', {}],
    ])
    expect(shown.refused).toEqual({ schema: 1, key: 1 })
    expect(shown.records.size).toBe(base.length)
  })
})

describe('replica: what a device commits and publishes', () => {
  it('takes versions made from its own, keeps its own against concurrent ones, publishes what is missing', () => {
    const { f, g1, wid } = setup()
    const noteId = f.addNote('元の文')
    const doc1 = { kind: 'group' as const, workshopId: wid, groupId: g1 }
    const base = recordsByDoc(f.doc()).get(docName(doc1))!
    const fSlot = f.ctx.editorId
    const a = laptop('a', START, f.doc())
    const b = laptop('b', START, f.doc())
    // the document knows the facilitator's versions; device a has them too
    const shownBase = materialise(doc1, entries(fSlot, base))
    expect(versionsToCommit(shownBase, (k) => findByKey(a.doc(), k))).toEqual([])
    expect(versionsToPublish(shownBase, base)).toEqual([])
    // b edits and publishes: a takes b's version (made from its own)
    b.editNote(noteId, 'Ｂの文')
    const withB = materialise(doc1, [
      ...entries(fSlot, base),
      ...entries(b.ctx.editorId, [b.note(noteId)!]),
    ])
    expect(versionsToCommit(withB, (k) => findByKey(a.doc(), k))).toEqual([b.note(noteId)])
    // a edited offline at the same time: it keeps its own, and publishes it
    a.editNote(noteId, 'Ａの文')
    expect(versionsToCommit(withB, (k) => findByKey(a.doc(), k))).toEqual([])
    expect(versionsToPublish(withB, [a.note(noteId)!])).toEqual([a.note(noteId)])
    // once published, it is known (a conflict in the document until the hub decides)
    const both = materialise(doc1, [
      ...entries(fSlot, base),
      ...entries(b.ctx.editorId, [b.note(noteId)!]),
      ...entries(a.ctx.editorId, [a.note(noteId)!]),
    ])
    expect(both.conflicts).toHaveLength(1)
    expect(versionsToPublish(both, [a.note(noteId)!])).toEqual([])
    expect(versionsToCommit(both, (k) => findByKey(a.doc(), k))).toEqual([])
  })
})

function findByKey(doc: WorkshopDoc, key: string): AnyRecord | undefined {
  return docRecords(doc).find((r) => `${r.type}:${r.id}` === key)
}
