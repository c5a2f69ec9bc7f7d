import { describe, expect, it } from 'vitest'
import { deleteNotes, updateNote } from '../board/theme1Ops'
import { LIMITS } from '../model/limits'
import { canvasNoteSchema } from '../model/schemas'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { addNote } from '../board/theme1Ops'
import { addCause, setMainCause, updateCause } from '../theme2/causeOps'
import { addMeasure, addOutcome, setChosen } from '../theme2/measureOps'
import { createTopic } from '../theme2/topicOps'
import {
  addCanvasNote,
  addCanvasRef,
  canvasNeighbourTarget,
  deleteCanvasNotes,
  detachCanvasRef,
  moveCanvasNotes,
  updateCanvasNote,
} from './canvasNoteOps'
import { createCanvas } from './canvasOps'
import { theme3Fixture, type Theme3Fixture } from '../testing/theme3Fixture'
import { canvasAreaNotes, canvasNoteText, refCandidates, resolveRef } from './theme3Queries'

function withCanvas(): Theme3Fixture & { canvasId: string } {
  const f = theme3Fixture()
  return { ...f, canvasId: f.must(createCanvas(f.doc(), f.theme3BoardId, '地域課題', f.ctx)) }
}

const texts = (f: Theme3Fixture & { canvasId: string }) => {
  const areas = canvasAreaNotes(f.doc(), f.canvasId)
  return Object.fromEntries(
    Object.entries(areas).map(([area, notes]) => [
      area,
      notes.map((n) => canvasNoteText(f.doc(), n)),
    ]),
  )
}

describe('typed notes on a canvas', () => {
  it('adds notes at the end of their area, cleaned; blank adds nothing', () => {
    const f = withCanvas()
    f.must(addCanvasNote(f.doc(), f.canvasId, 'facts', '月に3件の相談\r\nケアマネから', f.ctx))
    f.must(addCanvasNote(f.doc(), f.canvasId, 'facts', '市外の医師を紹介した', f.ctx))
    expect(addCanvasNote(f.doc(), f.canvasId, 'facts', ' \n\u3000', f.ctx)).toEqual([])
    expect(texts(f)).toEqual({
      facts: ['月に3件の相談\nケアマネから', '市外の医師を紹介した'],
      thoughts: [],
      materials: [],
      share: [],
    })
    for (const note of Object.values(f.doc().canvasNotes)) {
      expect(canvasNoteSchema.safeParse(note).success).toBe(true)
    }
  })

  it('edits text and colour; an emptied text is refused (delete instead)', () => {
    const f = withCanvas()
    const id = f.must(addCanvasNote(f.doc(), f.canvasId, 'thoughts', '仮説', f.ctx))
    f.apply(updateCanvasNote(f.doc(), id, { text: '仮説：専門医と相談しにくい', color: 'pink' }))
    expect(f.doc().canvasNotes[id]).toMatchObject({
      text: '仮説：専門医と相談しにくい',
      color: 'pink',
    })
    expect(updateCanvasNote(f.doc(), id, { text: '  ' })).toEqual([])
    expect(updateCanvasNote(f.doc(), id, { text: '仮説：専門医と相談しにくい' })).toEqual([])
  })

  it('stops at the note limit of a canvas', () => {
    const f = withCanvas()
    for (let i = 0; i < LIMITS.notesPerCanvas; i++) {
      f.apply(addCanvasNote(f.doc(), f.canvasId, 'facts', `n${String(i)}`, f.ctx))
    }
    expect(addCanvasNote(f.doc(), f.canvasId, 'share', 'one more', f.ctx)).toEqual([])
  })
})

describe('moving notes on a canvas', () => {
  function three() {
    const f = withCanvas()
    const a = f.must(addCanvasNote(f.doc(), f.canvasId, 'facts', 'A', f.ctx))
    const b = f.must(addCanvasNote(f.doc(), f.canvasId, 'facts', 'B', f.ctx))
    const c = f.must(addCanvasNote(f.doc(), f.canvasId, 'thoughts', 'C', f.ctx))
    return { f, a, b, c }
  }

  it('moves to another area (end, or before a note) and reorders within an area', () => {
    const { f, a, b, c } = three()
    f.apply(moveCanvasNotes(f.doc(), [a], { area: 'thoughts' }))
    expect(texts(f)).toMatchObject({ facts: ['B'], thoughts: ['C', 'A'] })
    f.apply(moveCanvasNotes(f.doc(), [b], { area: 'thoughts', beforeId: c }))
    expect(texts(f)).toMatchObject({ facts: [], thoughts: ['B', 'C', 'A'] })
    f.apply(moveCanvasNotes(f.doc(), [a], { area: 'thoughts', beforeId: b }))
    expect(texts(f)).toMatchObject({ thoughts: ['A', 'B', 'C'] })
    f.undo()
    expect(texts(f)).toMatchObject({ thoughts: ['B', 'C', 'A'] })
  })

  it('moves several notes together in reading order; nothing when nothing changes', () => {
    const { f, a, b, c } = three()
    f.apply(moveCanvasNotes(f.doc(), [c, a], { area: 'share' }))
    expect(texts(f)).toMatchObject({ facts: ['B'], thoughts: [], share: ['A', 'C'] })
    expect(moveCanvasNotes(f.doc(), [b], { area: 'facts' })).toEqual([])
    expect(moveCanvasNotes(f.doc(), ['nope'], { area: 'facts' })).toEqual([])
  })

  it('arrow keys: up/down swap within the area, left/right go to the end of the next area', () => {
    const { f, a, b, c } = three()
    expect(canvasNeighbourTarget(f.doc(), a, 'up')).toBeNull()
    expect(canvasNeighbourTarget(f.doc(), a, 'down')).toEqual({ area: 'facts', beforeId: null })
    expect(canvasNeighbourTarget(f.doc(), b, 'up')).toEqual({ area: 'facts', beforeId: a })
    expect(canvasNeighbourTarget(f.doc(), b, 'down')).toBeNull()
    expect(canvasNeighbourTarget(f.doc(), a, 'left')).toBeNull()
    expect(canvasNeighbourTarget(f.doc(), a, 'right')).toEqual({ area: 'thoughts', beforeId: null })
    f.apply(moveCanvasNotes(f.doc(), [a], canvasNeighbourTarget(f.doc(), a, 'right')!))
    expect(texts(f)).toMatchObject({ facts: ['B'], thoughts: ['C', 'A'] })
    f.apply(moveCanvasNotes(f.doc(), [c], canvasNeighbourTarget(f.doc(), c, 'down')!))
    expect(texts(f)).toMatchObject({ thoughts: ['A', 'C'] })
    f.apply(moveCanvasNotes(f.doc(), [c], { area: 'share' }))
    expect(canvasNeighbourTarget(f.doc(), c, 'right')).toBeNull()
  })

  it('deletes notes as tombstones; undo brings them back in place', () => {
    const { f, a, c } = three()
    f.apply(deleteCanvasNotes(f.doc(), [a, c, a], f.ctx))
    expect(texts(f)).toMatchObject({ facts: ['B'], thoughts: [] })
    f.undo()
    expect(texts(f)).toMatchObject({ facts: ['A', 'B'], thoughts: ['C'] })
  })
})

describe('live references to テーマ1 and テーマ2', () => {
  it('a テーマ1 note is shown live: edits show, a deletion is marked with the last text', () => {
    const f = withCanvas()
    const tane = f.tane('(ケアマネ)往診できる皮膚科は？', ['daily'])
    const id = f.must(
      addCanvasRef(f.doc(), f.canvasId, 'facts', { type: 'note', id: tane.id }, f.ctx),
    )
    const note = () => f.doc().canvasNotes[id]!
    expect(note()).toMatchObject({ text: '', ref: { type: 'note', id: tane.id }, color: 'green' })
    expect(resolveRef(f.doc(), note().ref!, f.groupId)).toMatchObject({
      kind: 'theme1Note',
      text: '(ケアマネ)往診できる皮膚科は？',
      context: '日常療養',
      deleted: false,
    })
    f.apply(
      updateNote(f.doc(), tane.id, { text: '(ケアマネ)往診できる皮膚科は？(市外2カ所を紹介)' }),
    )
    expect(canvasNoteText(f.doc(), note())).toBe('(ケアマネ)往診できる皮膚科は？(市外2カ所を紹介)')
    // Editing the reference's own text does nothing: it is the source's.
    expect(updateCanvasNote(f.doc(), id, { text: 'copy' })).toEqual([])
    f.apply(deleteNotes(f.doc(), [tane.id], f.ctx))
    expect(resolveRef(f.doc(), note().ref!, f.groupId)).toMatchObject({
      text: '(ケアマネ)往診できる皮膚科は？(市外2カ所を紹介)',
      deleted: true,
    })
  })

  it('テーマ2 records: the topic, the main cause (marked), a countermeasure with 対象, an outcome', () => {
    const f = withCanvas()
    const topicId = f.must(createTopic(f.doc(), f.theme2BoardId, '看取り期の家族の不安', f.ctx))
    const causeId = f.must(addCause(f.doc(), topicId, '看取りの経験がない', null, f.ctx))
    const measureId = f.must(
      addMeasure(f.doc(), topicId, causeId, '看取りの流れを説明する', '家族', f.ctx),
    )
    const outcomeId = f.must(
      addOutcome(
        f.doc(),
        topicId,
        { expectation: '家族の不安が減る', indicator: '在宅看取り率' },
        f.ctx,
      ),
    )
    const add = (type: 'topic' | 'cause' | 'measure' | 'outcome', id: string) =>
      f.must(addCanvasRef(f.doc(), f.canvasId, 'thoughts', { type, id }, f.ctx))
    const refs = [
      add('topic', topicId),
      add('cause', causeId),
      add('measure', measureId),
      add('outcome', outcomeId),
    ]
    const shown = () =>
      refs.map((id) => {
        const r = resolveRef(f.doc(), f.doc().canvasNotes[id]!.ref!, f.groupId)
        return [r.kind, r.text, r.context]
      })
    expect(shown()).toEqual([
      ['topic', '看取り期の家族の不安', ''],
      ['cause', '看取りの経験がない', '看取り期の家族の不安'],
      ['measure', '看取りの流れを説明する（対象：家族）', '看取り期の家族の不安'],
      ['outcome', '家族の不安が減る（指標：在宅看取り率）', '看取り期の家族の不安'],
    ])
    f.apply(setMainCause(f.doc(), topicId, causeId))
    f.apply(updateCause(f.doc(), causeId, { text: '看取りの経験がなく流れが分からない' }))
    expect(shown()[1]).toEqual([
      'mainCause',
      '看取りの経験がなく流れが分からない',
      '看取り期の家族の不安',
    ])
  })

  it('refuses a second reference to the same record in an area, deleted, missing and foreign records', () => {
    const f = withCanvas()
    const tane = f.tane('タネ')
    const ref = { type: 'note', id: tane.id } as const
    f.must(addCanvasRef(f.doc(), f.canvasId, 'facts', ref, f.ctx))
    expect(addCanvasRef(f.doc(), f.canvasId, 'facts', ref, f.ctx)).toEqual([])
    // Another area may refer to it too.
    f.must(addCanvasRef(f.doc(), f.canvasId, 'thoughts', ref, f.ctx))
    expect(
      addCanvasRef(f.doc(), f.canvasId, 'facts', { type: 'cause', id: 'nope' }, f.ctx),
    ).toEqual([])
    const gone = f.tane('消した付箋')
    f.apply(deleteNotes(f.doc(), [gone.id], f.ctx))
    expect(
      addCanvasRef(f.doc(), f.canvasId, 'facts', { type: 'note', id: gone.id }, f.ctx),
    ).toEqual([])
    f.apply(addGroup(f.doc(), f.ctx))
    const other = workshopGroups(f.doc())[1]!
    const foreignBoard = boardOf(f.doc(), other.id, 'theme1')!.id
    const foreign = f.must(
      addNote(f.doc(), foreignBoard, { text: '他グループ', scenes: [] }, f.ctx),
    )
    expect(
      addCanvasRef(f.doc(), f.canvasId, 'facts', { type: 'note', id: foreign }, f.ctx),
    ).toEqual([])
  })

  it('detaching a reference keeps the words it showed and stops following the source', () => {
    const f = withCanvas()
    const tane = f.tane('家族の不安')
    const id = f.must(
      addCanvasRef(f.doc(), f.canvasId, 'facts', { type: 'note', id: tane.id }, f.ctx),
    )
    f.apply(detachCanvasRef(f.doc(), id))
    expect(f.doc().canvasNotes[id]).toMatchObject({
      ref: null,
      text: '家族の不安',
      color: 'yellow',
    })
    f.apply(updateNote(f.doc(), tane.id, { text: '家族の不安（夜間）' }))
    expect(canvasNoteText(f.doc(), f.doc().canvasNotes[id]!)).toBe('家族の不安')
    expect(detachCanvasRef(f.doc(), id)).toEqual([])
  })

  it('candidates: the group’s テーマ1 notes (タネ first), then per topic its records, main cause and chosen measures first', () => {
    const f = withCanvas()
    f.tane('看取りの付箋', ['endOfLife'], false)
    f.tane('ふつうの付箋', ['daily'], false)
    f.tane('タネの付箋', ['endOfLife'], true)
    const topicId = f.must(createTopic(f.doc(), f.theme2BoardId, 'テーマ', f.ctx))
    f.must(addCause(f.doc(), topicId, '原因1', null, f.ctx))
    const main = f.must(addCause(f.doc(), topicId, '原因2', null, f.ctx))
    f.apply(setMainCause(f.doc(), topicId, main))
    f.must(addMeasure(f.doc(), topicId, main, '対策1', '', f.ctx))
    const chosen = f.must(addMeasure(f.doc(), topicId, main, '対策2', '', f.ctx))
    f.apply(setChosen(f.doc(), chosen, true))
    f.must(addOutcome(f.doc(), topicId, { expectation: '', indicator: '' }, f.ctx))
    expect(refCandidates(f.doc(), f.theme3BoardId).map((c) => [c.kind, c.text, c.tane])).toEqual([
      ['theme1Note', 'タネの付箋', true],
      // The board's reading order: 日常療養 before 看取り, whatever was written first.
      ['theme1Note', 'ふつうの付箋', false],
      ['theme1Note', '看取りの付箋', false],
      ['topic', 'テーマ', false],
      ['mainCause', '原因2', false],
      ['cause', '原因1', false],
      ['measure', '対策2', false],
      ['measure', '対策1', false],
    ])
  })

  it('a reference to another group’s record (from a merged file) shows nothing of it', () => {
    const f = withCanvas()
    f.apply(addGroup(f.doc(), f.ctx))
    const other = workshopGroups(f.doc())[1]!
    const foreignBoard = boardOf(f.doc(), other.id, 'theme1')!.id
    const foreign = f.must(
      addNote(f.doc(), foreignBoard, { text: '他グループの付箋', scenes: [] }, f.ctx),
    )
    // Not possible through the ops; a hand-made or merged record.
    const own = f.must(addCanvasNote(f.doc(), f.canvasId, 'facts', 'x', f.ctx))
    const note = {
      ...f.doc().canvasNotes[own]!,
      text: '',
      ref: { type: 'note' as const, id: foreign },
    }
    f.apply([note])
    expect(canvasNoteText(f.doc(), f.doc().canvasNotes[own]!)).toBe('')
    expect(resolveRef(f.doc(), note.ref, f.groupId)).toMatchObject({
      missing: true,
      foreign: true,
      text: '',
    })
    expect(detachCanvasRef(f.doc(), own)).toEqual([])
  })
})
