import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { noteSchema, type AnyRecord, type Note } from '../model/schemas'
import { theme1Fixture } from '../testing/theme1Fixture'
import {
  addNote,
  deleteNotes,
  duplicateNote,
  setTane,
  toggleScene,
  ungroup,
  updateNote,
} from './theme1Ops'

const notesOf = (records: AnyRecord[]): Note[] =>
  records.flatMap((r) => (r.type === 'note' ? [r] : []))

/** A board with a 見出し cluster in 日常療養 between two notes, and a note in the tray. */
function clustered() {
  const f = theme1Fixture()
  f.add('前', ['daily'])
  const heading = f.add('見出し', ['daily', 'admission'], { kind: 'heading' })
  f.add('子1', [], { parentId: heading })
  f.add('子2', [], { parentId: heading })
  f.add('後', ['daily'])
  f.add('トレイ')
  return { f, heading }
}

describe('addNote', () => {
  it('adds a valid note after the last one of its area', () => {
    const f = theme1Fixture()
    f.add('A', ['admission'])
    const records = addNote(f.doc(), f.boardId, { text: 'B', scenes: ['admission'] }, f.ctx)
    expect(records).toHaveLength(1)
    const note = noteSchema.parse(records[0])
    expect(note).toMatchObject({
      text: 'B',
      kind: 'hand',
      color: 'yellow',
      scenes: ['admission'],
      who: [],
      tane: false,
      parentId: null,
      area: null,
      order: 2,
      workshopId: f.doc().workshop.id,
    })
    f.apply(records)
    expect(f.shape().admission).toEqual(['A', 'B'])
  })

  it('gives 見出し notes their own colour and keeps who, tane and colour given', () => {
    const f = theme1Fixture()
    const heading = f.note(f.add('見出し', ['daily'], { kind: 'heading' }))
    expect(heading.color).toBe('blue')
    const hand = f.note(
      f.add('困りごと', ['daily'], {
        who: ['family', 'patient', 'family'],
        tane: true,
        color: 'pink',
      }),
    )
    expect(hand).toMatchObject({ who: ['family', 'patient'], tane: true, color: 'pink' })
  })

  it('gathers a new note under a 見出し, taking its scenes', () => {
    const { f, heading } = clustered()
    const child = f.note(f.add('子3', ['endOfLife'], { parentId: heading }))
    expect(child).toMatchObject({ parentId: heading, scenes: ['daily', 'admission'] })
    expect(f.shape().daily).toEqual(['前', '見出し[子1,子2,子3]', '後'])
  })

  it('adds a 見出し at the top level even when a parent is given', () => {
    const { f, heading } = clustered()
    const added = f.note(f.add('見出し2', ['daily'], { kind: 'heading', parentId: heading }))
    expect(added.parentId).toBeNull()
    expect(f.shape().daily).toEqual(['前', '見出し[子1,子2]', '後', '見出し2'])
  })

  it('adds nothing to a missing board or beyond the workshop limit', () => {
    const f = theme1Fixture()
    expect(addNote(f.doc(), 'nope', { text: 'A', scenes: [] }, f.ctx)).toEqual([])
    const note = f.note(f.add('A'))
    const many = Array.from({ length: LIMITS.notesPerWorkshop }, (_, i) => ({
      ...note,
      id: `many-${i}`,
    }))
    const full = { ...f.doc(), notes: Object.fromEntries(many.map((n) => [n.id, n])) }
    expect(addNote(full, f.boardId, { text: 'B', scenes: [] }, f.ctx)).toEqual([])
  })
})

describe('note text', () => {
  it('is trimmed at the end, NFC, free of control characters but \\n, and capped', () => {
    const f = theme1Fixture()
    const text = (input: string) =>
      notesOf(addNote(f.doc(), f.boardId, { text: input, scenes: [] }, f.ctx))[0]?.text
    expect(text('  困りごと \n\u3000\t\n')).toBe('  困りごと')
    expect(text('か\u3099ぞく')).toBe('がぞく')
    expect(text('1行目\r\n2行目\r3行目\u0000\u0007\u001b[31m\u007f\u0085\t!')).toBe(
      '1行目\n2行目\n3行目[31m!',
    )
    expect(text('a\ud800b\udc00c😀')).toBe('abc😀')
    expect(text('あ'.repeat(LIMITS.noteTextChars + 10))).toHaveLength(LIMITS.noteTextChars)
    const emoji = text('a' + '😀'.repeat(LIMITS.noteTextChars))
    expect(emoji).toHaveLength(LIMITS.noteTextChars - 1)
    expect(emoji?.endsWith('😀')).toBe(true)
  })

  it('is sanitised by updateNote too', () => {
    const f = theme1Fixture()
    const id = f.add('A')
    f.apply(updateNote(f.doc(), id, { text: 'か\u3099ぞく\u0000  \n' }))
    expect(f.note(id).text).toBe('がぞく')
  })
})

describe('updateNote', () => {
  it('changes only the given fields and returns nothing when nothing changes', () => {
    const f = theme1Fixture()
    const id = f.add('A', ['daily'])
    const [updated] = notesOf(
      updateNote(f.doc(), id, { color: 'green', who: ['resident', 'resident'], tane: true }),
    )
    expect(updated).toMatchObject({ text: 'A', color: 'green', who: ['resident'], tane: true })
    expect(updateNote(f.doc(), id, { text: 'A  ', color: 'yellow' })).toEqual([])
    expect(updateNote(f.doc(), 'missing', { text: 'B' })).toEqual([])
  })

  it('turning a 見出し into a 手元用 note releases its children after it', () => {
    const { f, heading } = clustered()
    f.apply(updateNote(f.doc(), heading, { kind: 'hand' }))
    expect(f.shape().daily).toEqual(['前', '見出し', '子1', '子2', '後'])
    expect(f.shape().admission).toEqual(['見出し*', '子1*', '子2*'])
  })

  it('turning a gathered note into a 見出し takes it out of its 見出し', () => {
    const { f } = clustered()
    f.apply(updateNote(f.doc(), f.id('子1'), { kind: 'heading' }))
    expect(f.shape().daily).toEqual(['前', '見出し[子2]', '子1', '後'])
  })
})

describe('deleteNotes', () => {
  it('tombstones notes', () => {
    const f = theme1Fixture()
    const a = f.add('A', ['daily'])
    f.add('B', ['daily'])
    const records = deleteNotes(f.doc(), [a, 'missing'], f.ctx)
    const deleted = notesOf(records)
    expect(deleted.map((n) => n.id)).toEqual([a])
    expect(typeof deleted[0]?.deletedAt).toBe('string')
    f.apply(records)
    expect(f.shape().daily).toEqual(['B'])
    expect(f.note(a).deletedAt).not.toBeNull()
  })

  it("releases a deleted 見出し's children in its place, keeping their scenes", () => {
    const { f, heading } = clustered()
    f.apply(deleteNotes(f.doc(), [heading], f.ctx))
    expect(f.shape().daily).toEqual(['前', '子1', '子2', '後'])
    expect(f.shape().admission).toEqual(['子1*', '子2*'])
    expect(f.note(f.id('子1'))).toMatchObject({ parentId: null, scenes: ['daily', 'admission'] })
  })

  it('deletes children selected with their 見出し and releases the others', () => {
    const { f, heading } = clustered()
    f.apply(deleteNotes(f.doc(), [f.id('子1'), heading, f.id('後')], f.ctx))
    expect(f.shape().daily).toEqual(['前', '子2'])
  })
})

describe('duplicateNote', () => {
  it('puts a copy right after the note, in the same area', () => {
    const f = theme1Fixture()
    const a = f.add('A', ['daily', 'endOfLife'], { who: ['family'], tane: true })
    f.add('B', ['daily'])
    const records = duplicateNote(f.doc(), a, f.ctx)
    const copy = noteSchema.parse(records[0])
    expect(copy).toMatchObject({ text: 'A', scenes: ['daily', 'endOfLife'], who: ['family'] })
    expect(copy.id).not.toBe(a)
    f.apply(records)
    expect(f.shape().daily).toEqual(['A', 'A', 'B'])
    expect(f.shape().endOfLife).toEqual(['A*', 'A*'])
  })

  it('copies a gathered note into the same 見出し and a 見出し without its children', () => {
    const { f, heading } = clustered()
    f.apply(duplicateNote(f.doc(), f.id('子1'), f.ctx))
    expect(f.shape().daily).toEqual(['前', '見出し[子1,子1,子2]', '後'])
    f.apply(duplicateNote(f.doc(), heading, f.ctx))
    expect(f.shape().daily).toEqual(['前', '見出し[子1,子1,子2]', '見出し', '後'])
  })
})

describe('setTane', () => {
  it('marks and unmarks only the notes that change', () => {
    const f = theme1Fixture()
    const a = f.add('A', ['daily'], { tane: true })
    const b = f.add('B', ['daily'])
    expect(notesOf(setTane(f.doc(), [a, b], true)).map((n) => n.id)).toEqual([b])
    f.apply(setTane(f.doc(), [a, b], true))
    expect([f.note(a).tane, f.note(b).tane]).toEqual([true, true])
    f.apply(setTane(f.doc(), [b], false))
    expect(f.note(b).tane).toBe(false)
  })
})

describe('ungroup', () => {
  it('takes a gathered note out, right after its 見出し', () => {
    const { f } = clustered()
    f.apply(ungroup(f.doc(), [f.id('子2')]))
    expect(f.shape().daily).toEqual(['前', '見出し[子1]', '子2', '後'])
    expect(f.note(f.id('子2'))).toMatchObject({ parentId: null, scenes: ['daily', 'admission'] })
  })

  it('releases all children of a 見出し, and does nothing for top-level notes', () => {
    const { f, heading } = clustered()
    expect(ungroup(f.doc(), [f.id('前')])).toEqual([])
    f.apply(ungroup(f.doc(), [heading, f.id('子1')]))
    expect(f.shape().daily).toEqual(['前', '見出し', '子1', '子2', '後'])
  })
})

describe('toggleScene', () => {
  it('adds and removes secondary scenes', () => {
    const f = theme1Fixture()
    const a = f.add('A', ['daily'])
    f.apply(toggleScene(f.doc(), a, 'emergency'))
    expect(f.note(a).scenes).toEqual(['daily', 'emergency'])
    expect(f.shape()).toMatchObject({ daily: ['A'], emergency: ['A*'] })
    f.apply(toggleScene(f.doc(), a, 'emergency'))
    expect(f.note(a).scenes).toEqual(['daily'])
    expect(f.shape().emergency).toEqual([])
  })

  it('makes the next scene primary when the primary is removed, keeping its place', () => {
    const f = theme1Fixture()
    f.add('B', ['admission'])
    const a = f.add('A', ['daily', 'admission'])
    f.add('C', ['admission'])
    const order = f.note(a).order
    f.apply(toggleScene(f.doc(), a, 'daily'))
    expect(f.note(a)).toMatchObject({ scenes: ['admission'], order })
    expect(f.shape()).toMatchObject({ daily: [], admission: ['B', 'A', 'C'] })
  })

  it('sends a note to the tray when its last scene is removed, and back when one is added', () => {
    const f = theme1Fixture()
    f.add('T')
    const a = f.add('A', ['daily'])
    f.apply(toggleScene(f.doc(), a, 'daily'))
    expect(f.shape()).toMatchObject({ tray: ['T', 'A'], daily: [] })
    f.add('B', ['endOfLife'])
    f.apply(toggleScene(f.doc(), a, 'endOfLife'))
    expect(f.shape()).toMatchObject({ tray: ['T'], endOfLife: ['B', 'A'] })
  })

  it("changes a 見出し's children with it and leaves gathered notes alone", () => {
    const { f, heading } = clustered()
    f.apply(toggleScene(f.doc(), heading, 'endOfLife'))
    expect(f.note(f.id('子2')).scenes).toEqual(['daily', 'admission', 'endOfLife'])
    expect(f.shape().endOfLife).toEqual(['見出し*[子1,子2]'])
    expect(toggleScene(f.doc(), f.id('子1'), 'emergency')).toEqual([])
  })
})
