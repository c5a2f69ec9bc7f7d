import { describe, expect, it } from 'vitest'
import { MIN_ORDER_GAP } from './orderKeys'
import { theme1Fixture } from '../testing/theme1Fixture'
import { moveNotes } from './theme1Ops'
import { HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'

/** 日常療養: A B C D; 入退院支援: E F; tray: T. */
function board() {
  const f = theme1Fixture()
  for (const text of ['A', 'B', 'C', 'D']) f.add(text, ['daily'])
  for (const text of ['E', 'F']) f.add(text, ['admission'])
  f.add('T')
  const move = (texts: string[], target: Parameters<typeof moveNotes>[2]) =>
    f.apply(
      moveNotes(
        f.doc(),
        texts.map((t) => f.id(t)),
        target,
      ),
    )
  return { f, move, id: (text: string) => f.id(text) }
}

describe('moveNotes between areas', () => {
  it('moves a note from a scene to another scene, at the end or before a note', () => {
    const { f, move, id } = board()
    move(['B'], { scene: 'admission' })
    expect(f.shape()).toMatchObject({ daily: ['A', 'C', 'D'], admission: ['E', 'F', 'B'] })
    move(['C'], { scene: 'admission', beforeId: id('E') })
    expect(f.shape().admission).toEqual(['C', 'E', 'F', 'B'])
    expect(f.note(id('C')).scenes).toEqual(['admission'])
  })

  it('moves notes to the tray (scenes emptied) and out of it', () => {
    const { f, move, id } = board()
    f.apply(moveNotes(f.doc(), [id('A')], { scene: 'emergency' }))
    move(['A'], { scene: null, beforeId: id('T') })
    expect(f.shape()).toMatchObject({ tray: ['A', 'T'], emergency: [] })
    expect(f.note(id('A')).scenes).toEqual([])
    move(['T'], { scene: 'endOfLife' })
    expect(f.shape()).toMatchObject({ tray: ['A'], endOfLife: ['T'] })
    expect(f.note(id('T')).scenes).toEqual(['endOfLife'])
  })

  it('refuses a scene the workshop does not use', () => {
    const f = theme1Fixture(HALF_DAY_TEMPLATE)
    const a = f.add('A', ['admission'])
    expect(moveNotes(f.doc(), [a], { scene: 'daily' })).toEqual([])
    expect(moveNotes(f.doc(), ['missing'], { scene: 'admission' })).toEqual([])
  })
})

describe('moveNotes within an area', () => {
  it('reorders before a note, after a note (before the next one) and to the end', () => {
    const { f, move, id } = board()
    move(['D'], { scene: 'daily', beforeId: id('A') })
    expect(f.shape().daily).toEqual(['D', 'A', 'B', 'C'])
    move(['D'], { scene: 'daily', beforeId: id('C') })
    expect(f.shape().daily).toEqual(['A', 'B', 'D', 'C'])
    move(['A'], { scene: 'daily', beforeId: null })
    expect(f.shape().daily).toEqual(['B', 'D', 'C', 'A'])
    move(['B'], { scene: 'daily', beforeId: 'not-a-note' })
    expect(f.shape().daily).toEqual(['D', 'C', 'A', 'B'])
  })

  it('writes only the moved note, with the midpoint of its neighbours', () => {
    const { f, id } = board()
    const records = moveNotes(f.doc(), [id('D')], { scene: 'daily', beforeId: id('B') })
    expect(records).toEqual([expect.objectContaining({ id: id('D'), order: 1.5 })])
  })

  it('returns nothing when the notes are dropped where they are', () => {
    const { f, id } = board()
    expect(moveNotes(f.doc(), [id('B')], { scene: 'daily', beforeId: id('C') })).toEqual([])
    expect(moveNotes(f.doc(), [id('B')], { scene: 'daily', beforeId: id('B') })).toEqual([])
    expect(moveNotes(f.doc(), [id('D')], { scene: 'daily' })).toEqual([])
    expect(moveNotes(f.doc(), [id('B'), id('C')], { scene: 'daily', beforeId: id('D') })).toEqual(
      [],
    )
  })

  it('renumbers the area 1..n when the gap gets too small, keeping what is shown', () => {
    const { f, id } = board()
    const expected = ['A', 'B', 'C', 'D']
    const written: number[] = []
    // Always insert right after A: the gap between A and its next neighbour halves each time.
    for (let i = 0; i < 30; i++) {
      const text = `n${i}`
      f.add(text, ['daily'])
      const beforeId = f.layout().scenes.daily?.[1]?.note.id ?? null
      written.push(
        f.apply(moveNotes(f.doc(), [id(text)], { scene: 'daily', beforeId })).records.length,
      )
      expected.splice(1, 0, text)
      expect(f.shape().daily).toEqual(expected)
    }
    // 1.5, 1.25, … until the gap would drop below 1e-6 (2^-20): then the area is renumbered once.
    expect(written.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => 1))
    // The renumbering writes the 24 notes of the area but A, which keeps 1.
    expect(written[19]).toBe(23)
    expect(written.slice(20)).toEqual(Array.from({ length: 10 }, () => 1))
    const orders = (f.layout().scenes.daily ?? []).map((v) => v.note.order)
    const gaps = orders.slice(1).map((o, i) => o - (orders[i] ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_ORDER_GAP)
    expect(f.note(id('D')).order).toBe(24)
  })
})

describe('moveNotes with a selection', () => {
  it('keeps the relative order of the selection, whatever order the ids come in', () => {
    const { f, move } = board()
    move(['F', 'T', 'C', 'A'], { scene: 'daily', beforeId: f.id('B') })
    // Reading order: tray first, then the scenes: T, A, C, F.
    expect(f.shape()).toMatchObject({ tray: [], daily: ['T', 'A', 'C', 'F', 'B', 'D'] })
  })

  it('puts the selection before the next unselected note when dropped on one of them', () => {
    const { f, move } = board()
    move(['A', 'C'], { scene: 'daily', beforeId: f.id('C') })
    expect(f.shape().daily).toEqual(['B', 'A', 'C', 'D'])
  })

  it('spaces several notes evenly between two neighbours', () => {
    const { f, id } = board()
    const records = moveNotes(f.doc(), [id('E'), id('F'), id('T')], {
      scene: 'daily',
      beforeId: id('B'),
    })
    expect(records.map((r) => (r.type === 'note' ? r.order : null))).toEqual([1.25, 1.5, 1.75])
  })
})

describe('moveNotes with multi-scene notes', () => {
  it('replaces the primary scene and keeps the others', () => {
    const { f, move, id } = board()
    const m = f.add('M', ['daily', 'endOfLife', 'admission'])
    move(['M'], { scene: 'emergency' })
    expect(f.note(m).scenes).toEqual(['emergency', 'endOfLife', 'admission'])
    expect(f.shape()).toMatchObject({
      daily: ['A', 'B', 'C', 'D'],
      emergency: ['M'],
      endOfLife: ['M*'],
    })
    // Moving to a scene it already spans makes that scene primary, once.
    move(['M'], { scene: 'admission', beforeId: id('E') })
    expect(f.note(m).scenes).toEqual(['admission', 'endOfLife'])
    expect(f.shape()).toMatchObject({ emergency: [], admission: ['M', 'E', 'F'] })
  })

  it('can be dropped before a secondary appearance', () => {
    const { f, move, id } = board()
    f.add('M', ['admission', 'daily'])
    // M is ordered in 入退院支援 (3rd); in 日常療養 it shows by the same key.
    expect(f.shape().daily).toEqual(['A', 'B', 'C', 'M*', 'D'])
    move(['A'], { scene: 'daily', beforeId: id('M') })
    expect(f.shape().daily).toEqual(['B', 'C', 'A', 'M*', 'D'])
  })

  it('treats the first used scene as primary when the workshop narrows the scenes', () => {
    const f = theme1Fixture(HALF_DAY_TEMPLATE)
    const n = f.add('N', ['daily', 'admission'])
    expect(f.shape().admission).toEqual(['N'])
    f.apply(moveNotes(f.doc(), [n], { scene: 'endOfLife' }))
    expect(f.note(n).scenes).toEqual(['endOfLife', 'daily'])
    expect(f.shape()).toMatchObject({ admission: [], endOfLife: ['N'] })
  })
})

describe('moveNotes with 見出し clusters', () => {
  function clustered() {
    const b = board()
    const h = b.f.add('H', ['daily', 'emergency'], { kind: 'heading' })
    b.f.add('h1', [], { parentId: h })
    b.f.add('h2', [], { parentId: h })
    return { ...b, h }
  }

  it('gathers notes under a 見出し at a position, taking its scenes', () => {
    const { f, move, id, h } = clustered()
    move(['A', 'E'], { scene: 'admission', parentId: h, beforeId: id('h2') })
    expect(f.shape()).toMatchObject({
      daily: ['B', 'C', 'D', 'H[h1,A,E,h2]'],
      admission: ['F'],
      emergency: ['H*[h1,A,E,h2]'],
    })
    expect(f.note(id('E'))).toMatchObject({ parentId: h, scenes: ['daily', 'emergency'] })
  })

  it('moves a 見出し with its children, whose scenes follow it', () => {
    const { f, move, id, h } = clustered()
    move(['H'], { scene: 'admission', beforeId: id('F') })
    expect(f.shape()).toMatchObject({
      daily: ['A', 'B', 'C', 'D'],
      admission: ['E', 'H[h1,h2]', 'F'],
      emergency: ['H*[h1,h2]'],
    })
    expect(f.note(id('h1')).scenes).toEqual(['admission', 'emergency'])
    move(['H', 'h2'], { scene: null })
    expect(f.shape().tray).toEqual(['T', 'H[h1,h2]'])
    expect(f.note(id('h2'))).toMatchObject({ scenes: [], parentId: h })
  })

  it('takes a gathered note out to a scene or reorders it inside its 見出し', () => {
    const { f, move, id, h } = clustered()
    move(['h2'], { scene: 'daily', parentId: h, beforeId: id('h1') })
    expect(f.shape().daily?.at(-1)).toBe('H[h2,h1]')
    move(['h1'], { scene: 'admission' })
    expect(f.shape().admission).toEqual(['E', 'F', 'h1'])
    expect(f.note(id('h1'))).toMatchObject({ parentId: null, scenes: ['admission', 'emergency'] })
  })

  it('never gathers a 見出し under a 見出し, nor a note under itself', () => {
    const { f, id, h } = clustered()
    const h2 = f.add('H2', ['daily'], { kind: 'heading' })
    expect(moveNotes(f.doc(), [h2], { scene: 'daily', parentId: h })).toEqual([])
    expect(moveNotes(f.doc(), [h], { scene: 'daily', parentId: h })).toEqual([])
    // Gathering under a 手元用 note or a gathered note is refused too.
    expect(moveNotes(f.doc(), [id('B')], { scene: 'daily', parentId: id('A') })).toEqual([])
    expect(moveNotes(f.doc(), [id('B')], { scene: 'daily', parentId: id('h1') })).toEqual([])
    // In a mixed selection only the notes that can be gathered move.
    f.apply(moveNotes(f.doc(), [h2, id('A'), h], { scene: null, parentId: h }))
    expect(f.shape().daily).toEqual(['B', 'C', 'D', 'H[h1,h2,A]', 'H2'])
  })
})
