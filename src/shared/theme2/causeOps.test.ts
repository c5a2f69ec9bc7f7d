import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { addMember } from '../ops/groupOps'
import { causeSchema, type Cause } from '../model/schemas'
import {
  addCause,
  castVote,
  clearVotes,
  deleteCause,
  nudgeCause,
  placeCause,
  setCauseParent,
  setMainCause,
  updateCause,
} from './causeOps'
import { addMeasure, addOutcome } from './measureOps'
import { theme2Fixture } from '../testing/theme2Fixture'
import {
  causeDeletionImpact,
  causeMeasures,
  causeDepth,
  causeOutline,
  causeTree,
  seatVoterId,
  topicCauses,
  voterUsage,
  votesLeft,
  voteTotals,
} from './theme2Queries'
import { WHY_DEPTH_MAX } from './presets'
import { createTopic, updateTopic } from './topicOps'

function setup() {
  const f = theme2Fixture()
  const topicId = f.must(createTopic(f.doc(), f.boardId, '看取り', f.ctx))
  const add = (text: string, parentId: string | null = null) =>
    f.must(addCause(f.doc(), topicId, text, parentId, f.ctx))
  const cause = (id: string): Cause => {
    const c = f.doc().causes[id]
    if (!c) throw new Error(`no cause ${id}`)
    return c
  }
  return { f, topicId, add, cause }
}

describe('causes', () => {
  it('addCause: valid causes with chains of "why?" (a "why?" of a "why?")', () => {
    const { f, topicId, add, cause } = setup()
    const a = add('家族が不安になる')
    const b = add('ケアマネも不安')
    const why = add('看取るプロセスを知らない', a)
    // A "why?" of a "why?" goes under it: a chain.
    const whyWhy = add('説明を受けていない', why)
    const why2 = add('夜間の連絡先がない', a)
    // An unusable parent does not lose the text: the cause goes to the top level.
    const stray = add('どこにも属さない', 'missing')
    for (const id of [a, b, why, whyWhy, why2, stray]) {
      expect(causeSchema.safeParse(cause(id)).error).toBeUndefined()
    }
    expect(cause(whyWhy).parentId).toBe(why)
    expect(cause(stray).parentId).toBeNull()
    expect(
      causeTree(f.doc(), topicId).map((n) => [n.cause.text, n.children.map((c) => c.text)]),
    ).toEqual([
      [
        '家族が不安になる',
        ['看取るプロセスを知らない', '説明を受けていない', '夜間の連絡先がない'],
      ],
      ['ケアマネも不安', []],
      ['どこにも属さない', []],
    ])
    expect(causeOutline(f.doc(), topicId).map((l) => [l.cause.text, l.depth])).toEqual([
      ['家族が不安になる', 0],
      ['看取るプロセスを知らない', 1],
      ['説明を受けていない', 2],
      ['夜間の連絡先がない', 1],
      ['ケアマネも不安', 0],
      ['どこにも属さない', 0],
    ])
    expect(cause(a)).toMatchObject({ grid: null, votes: {}, boardId: f.boardId, order: 1 })
    expect(addCause(f.doc(), 'missing', 'x', null, f.ctx)).toEqual([])
  })

  it('at most LIMITS.causesPerTopic causes per topic', () => {
    const { f, topicId, add } = setup()
    for (let i = 0; i < LIMITS.causesPerTopic; i++) add(`原因${i}`)
    expect(addCause(f.doc(), topicId, 'もう一つ', null, f.ctx)).toEqual([])
  })

  it('updateCause cleans the text; setCauseParent makes chains but never a loop', () => {
    const { f, add, cause } = setup()
    const a = add('A')
    const b = add('B')
    const a1 = add('A1', a)
    f.apply(updateCause(f.doc(), a, { text: 'A\u0000 改\r\n' }))
    expect(cause(a).text).toBe('A 改')
    expect(updateCause(f.doc(), a, { text: 'A 改' })).toEqual([])
    expect(setCauseParent(f.doc(), a, a1)).toEqual([]) // A1 is A's own "why?": a loop
    expect(setCauseParent(f.doc(), b, b)).toEqual([])
    f.apply(setCauseParent(f.doc(), b, a1)) // B becomes a "why?" of the "why?" A1
    expect(cause(b)).toMatchObject({ parentId: a1, order: 1 })
    expect(setCauseParent(f.doc(), a, b)).toEqual([]) // B is below A now
    f.apply(setCauseParent(f.doc(), b, a))
    expect(cause(b)).toMatchObject({ parentId: a, order: 2 })
    f.apply(setCauseParent(f.doc(), a1, null))
    expect(cause(a1)).toMatchObject({ parentId: null, order: 2 })
  })

  it(`a chain of "why?" goes ${String(WHY_DEPTH_MAX)} levels deep; a deeper "why?" goes beside the last`, () => {
    const { f, topicId, add, cause } = setup()
    const ids = [add('なぜ0')]
    for (let level = 1; level <= WHY_DEPTH_MAX; level++) {
      ids.push(add(`なぜ${String(level)}`, ids[ids.length - 1] ?? null))
    }
    const deepest = ids[WHY_DEPTH_MAX] ?? ''
    expect(causeDepth(f.doc(), deepest)).toBe(WHY_DEPTH_MAX)
    const beside = add('もう一段', deepest)
    expect(cause(beside).parentId).toBe(ids[WHY_DEPTH_MAX - 1])
    expect(causeDepth(f.doc(), beside)).toBe(WHY_DEPTH_MAX)
    // Moving a chain under another cause may not make it deeper than the limit.
    const other = add('別の原因')
    expect(setCauseParent(f.doc(), ids[0] ?? '', other)).toEqual([]) // 1 + 5 levels
    f.apply(setCauseParent(f.doc(), deepest, other))
    expect(causeDepth(f.doc(), deepest)).toBe(1)
    expect(causeOutline(f.doc(), topicId).map((l) => l.depth)).toEqual([0, 1, 2, 3, 4, 5, 0, 1])
  })

  it('a loop of parents (as a merge might leave) shows every cause, at the top', () => {
    const { f, topicId, add, cause } = setup()
    const a = add('A')
    const b = add('B', a)
    const c = add('C', b)
    // Two laptops: one made A a "why?" of B; a merge keeps both changes.
    f.apply([{ ...cause(a), parentId: b }])
    const outline = causeOutline(f.doc(), topicId)
    expect(outline.map((l) => [l.cause.text, l.depth])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 1],
    ])
    expect(topicCauses(f.doc(), topicId).map((x) => x.id)).toEqual([a, b, c])
  })

  it('placeCause clamps into the grid and takes a cause off it', () => {
    const { f, add, cause } = setup()
    const a = add('A')
    f.apply(placeCause(f.doc(), a, { x: 0.25, y: 0.8 }))
    expect(cause(a).grid).toEqual({ x: 0.25, y: 0.8 })
    f.apply(placeCause(f.doc(), a, { x: -3, y: 1.7 }))
    expect(cause(a).grid).toEqual({ x: 0, y: 1 })
    expect(placeCause(f.doc(), a, { x: Number.NaN, y: 0 })).toEqual([])
    expect(placeCause(f.doc(), a, { x: 0, y: 1 })).toEqual([])
    f.apply(placeCause(f.doc(), a, null))
    expect(cause(a).grid).toBeNull()
    expect(causeSchema.safeParse({ ...cause(a), grid: { x: 2, y: 0 } }).success).toBe(false)
  })

  it('nudgeCause: the first step places in the middle, then 0.05 per step, clamped', () => {
    const { f, add, cause } = setup()
    const a = add('A')
    f.apply(nudgeCause(f.doc(), a, 1, 0))
    expect(cause(a).grid).toEqual({ x: 0.5, y: 0.5 })
    f.apply(nudgeCause(f.doc(), a, 1, 0))
    f.apply(nudgeCause(f.doc(), a, 1, 0))
    f.apply(nudgeCause(f.doc(), a, 0, -1))
    expect(cause(a).grid).toEqual({ x: 0.6, y: 0.45 }) // no floating-point dust
    f.apply(nudgeCause(f.doc(), a, 100, 100))
    expect(cause(a).grid).toEqual({ x: 1, y: 1 })
    expect(nudgeCause(f.doc(), a, 1, 1)).toEqual([]) // already in the corner
    f.apply(nudgeCause(f.doc(), a, -5, 0))
    expect(cause(a).grid).toEqual({ x: 0.75, y: 1 })
    f.apply(placeCause(f.doc(), a, { x: 0.02, y: 0 }))
    f.apply(nudgeCause(f.doc(), a, -1, -1))
    expect(cause(a).grid).toEqual({ x: 0, y: 0 })
    expect(nudgeCause(f.doc(), 'missing', 1, 0)).toEqual([])
  })

  it('nudgeCause: causes placed by keyboard one after another never pile up in the middle', () => {
    const { f, add, cause } = setup()
    const ids = ['A', 'B', 'C', 'D'].map((text) => add(text))
    for (const id of ids) f.apply(nudgeCause(f.doc(), id, 0, 0))
    const points = ids.map((id) => cause(id).grid)
    expect(points[0]).toEqual({ x: 0.5, y: 0.5 })
    const keys = new Set(points.map((p) => JSON.stringify(p)))
    expect(keys.size).toBe(4)
    for (const [i, p] of points.entries()) {
      for (const q of points.slice(i + 1)) {
        if (!p || !q) throw new Error('not placed')
        expect(Math.abs(p.x - q.x) >= 0.3 - 1e-9 || Math.abs(p.y - q.y) >= 0.22 - 1e-9).toBe(true)
      }
    }
  })

  it('deleting a "why?" in the middle of a chain puts the rest of the chain one level up', () => {
    const { f, topicId, add, cause } = setup()
    const a = add('A')
    const a1 = add('A1', a)
    const a11 = add('A11', a1)
    const a111 = add('A111', a11)
    const a2 = add('A2', a)
    f.apply(deleteCause(f.doc(), a1, { mode: 'detachMeasures' }, f.ctx))
    expect(cause(a11).parentId).toBe(a)
    expect(causeOutline(f.doc(), topicId).map((l) => [l.cause.text, l.depth])).toEqual([
      ['A', 0],
      ['A11', 1],
      ['A111', 2],
      ['A2', 1],
    ])
    expect(cause(a2).parentId).toBe(a)
    // Deleted with its chain: everything below goes too.
    expect(causeDeletionImpact(f.doc(), a).subCauses).toBe(3)
    f.apply(deleteCause(f.doc(), a, { mode: 'detachMeasures', subCauses: 'delete' }, f.ctx))
    expect(causeOutline(f.doc(), topicId)).toEqual([])
    expect(cause(a111).deletedAt).not.toBeNull()
  })

  it('castVote keeps each voter within votesPerPerson across the topic', () => {
    const { f, topicId, add, cause } = setup()
    const [a, b, c] = [add('A'), add('B'), add('C', null)]
    f.apply(addMember(f.doc(), f.groupId, f.ctx, { name: '山田 花子' }))
    const member = f.doc().groups[f.groupId]!.members[0]!.id
    const seat = seatVoterId(1)
    f.apply(castVote(f.doc(), a, seat, 1))
    f.apply(castVote(f.doc(), a, seat, 1))
    f.apply(castVote(f.doc(), b, seat, 1))
    expect(castVote(f.doc(), c, seat, 1)).toEqual([]) // 3 of 3 used
    expect(votesLeft(f.doc(), topicId, seat)).toBe(0)
    f.apply(castVote(f.doc(), c, member, 1))
    expect(voteTotals(f.doc(), topicId)).toEqual({ [a]: 2, [b]: 1, [c]: 1 })
    expect(voterUsage(f.doc(), topicId)).toEqual(
      new Map([
        [seat, 3],
        [member, 1],
      ]),
    )
    expect(cause(a).votes).toEqual({ [seat]: 2 })
    // Taking a dot back frees it; taking back one you do not have there changes nothing.
    expect(castVote(f.doc(), c, seat, -1)).toEqual([])
    f.apply(castVote(f.doc(), a, seat, -1))
    expect(votesLeft(f.doc(), topicId, seat)).toBe(1)
    f.apply(castVote(f.doc(), b, seat, -1))
    expect(cause(b).votes).toEqual({}) // zero entries are removed
    expect(causeSchema.safeParse(cause(a)).error).toBeUndefined()
    // Ids that are not ids, or a reserved key, are refused.
    expect(castVote(f.doc(), a, 'not an id', 1)).toEqual([])
    expect(castVote(f.doc(), a, '__proto__', 1)).toEqual([])
    expect(castVote(f.doc(), a, 'constructor', -1)).toEqual([])
    expect(castVote(f.doc(), 'missing', seat, 1)).toEqual([])
  })

  it('changing votesPerPerson keeps the dots already placed', () => {
    const { f, topicId, add, cause } = setup()
    const a = add('A')
    const seat = seatVoterId(2)
    f.apply(updateTopic(f.doc(), topicId, { votesPerPerson: 5 }))
    for (let i = 0; i < 5; i++) f.apply(castVote(f.doc(), a, seat, 1))
    expect(castVote(f.doc(), a, seat, 1)).toEqual([])
    f.apply(updateTopic(f.doc(), topicId, { votesPerPerson: 2 }))
    expect(cause(a).votes[seat]).toBe(5)
    expect(votesLeft(f.doc(), topicId, seat)).toBe(0)
    expect(castVote(f.doc(), a, seat, 1)).toEqual([])
    f.apply(clearVotes(f.doc(), topicId, seat))
    expect(cause(a).votes).toEqual({})
    expect(votesLeft(f.doc(), topicId, seat)).toBe(2)
    expect(clearVotes(f.doc(), topicId, seat)).toEqual([])
  })

  it('the dots of deleted causes go back to their voters', () => {
    const { f, topicId, add } = setup()
    const a = add('A')
    const seat = seatVoterId(1)
    for (let i = 0; i < 3; i++) f.apply(castVote(f.doc(), a, seat, 1))
    f.apply(deleteCause(f.doc(), a, { mode: 'deleteMeasures' }, f.ctx))
    expect(votesLeft(f.doc(), topicId, seat)).toBe(3)
    expect(voteTotals(f.doc(), topicId)).toEqual({})
  })

  it('setMainCause marks one cause of the topic and attaches unattached measures to it', () => {
    const { f, topicId, add } = setup()
    const a = add('A')
    const a1 = add('A1', a)
    const loose = f.must(addMeasure(f.doc(), topicId, null, '説明資料の作成', '家族', f.ctx))
    const onA = f.must(addMeasure(f.doc(), topicId, a, '研修', 'ケアマネ', f.ctx))
    const other = f.must(createTopic(f.doc(), f.boardId, '別', f.ctx))
    const foreign = f.must(addCause(f.doc(), other, '別の原因', null, f.ctx))
    expect(setMainCause(f.doc(), topicId, foreign)).toEqual([])
    expect(setMainCause(f.doc(), topicId, 'missing')).toEqual([])
    f.apply(setMainCause(f.doc(), topicId, a1)) // a sub-cause can be the main cause
    expect(f.doc().topics[topicId]?.mainCauseId).toBe(a1)
    expect(f.doc().measures[loose]?.causeId).toBe(a1)
    expect(f.doc().measures[onA]?.causeId).toBe(a)
    expect(setMainCause(f.doc(), topicId, a1)).toEqual([])
    f.apply(setMainCause(f.doc(), topicId, null))
    expect(f.doc().topics[topicId]?.mainCauseId).toBeNull()
    expect(f.doc().measures[loose]?.causeId).toBe(a1)
  })
})

describe('deleteCause', () => {
  /** A (main, with a "why?" A1 and two measures, one with an outcome), B, and a measure on A1. */
  function rich() {
    const s = setup()
    const { f, topicId, add } = s
    const a = add('A')
    const a1 = add('A1', a)
    const a2 = add('A2', a)
    const b = add('B')
    f.apply(setMainCause(f.doc(), topicId, a))
    const m1 = f.must(addMeasure(f.doc(), topicId, a, 'M1', '家族', f.ctx))
    const m2 = f.must(addMeasure(f.doc(), topicId, a, 'M2', 'ケアマネ', f.ctx))
    const m3 = f.must(addMeasure(f.doc(), topicId, a1, 'M3', '医師', f.ctx))
    const o1 = f.must(addOutcome(f.doc(), topicId, { expectation: 'E1', measureId: m1 }, f.ctx))
    f.apply(castVote(f.doc(), a, seatVoterId(1), 1))
    return { ...s, a, a1, a2, b, m1, m2, m3, o1 }
  }

  it('reports what deleting a cause touches, so the UI can ask', () => {
    const { f, a, b } = rich()
    expect(causeDeletionImpact(f.doc(), a)).toEqual({
      measures: 2,
      subCauses: 2,
      subCauseMeasures: 1,
      votes: 1,
      isMainCause: true,
    })
    expect(causeDeletionImpact(f.doc(), b)).toEqual({
      measures: 0,
      subCauses: 0,
      subCauseMeasures: 0,
      votes: 0,
      isMainCause: false,
    })
  })

  it('deleteMeasures: measures go, their outcomes stay unlinked; sub-causes are promoted', () => {
    const { f, topicId, a, a1, a2, b, m1, m2, m3, o1, cause } = rich()
    f.apply(deleteCause(f.doc(), a, { mode: 'deleteMeasures' }, f.ctx))
    const d = f.doc()
    expect(d.causes[a]?.deletedAt).not.toBeNull()
    expect(d.topics[topicId]?.mainCauseId).toBeNull()
    expect(d.measures[m1]?.deletedAt).not.toBeNull()
    expect(d.measures[m2]?.deletedAt).not.toBeNull()
    expect(d.measures[m3]).toMatchObject({ deletedAt: null, causeId: a1 }) // on a promoted cause
    expect(d.outcomes[o1]).toMatchObject({ deletedAt: null, measureId: null, expectation: 'E1' })
    // A1 and A2 take A's place, before B.
    expect(topicCauses(d, topicId).map((c) => [c.text, c.parentId])).toEqual([
      ['A1', null],
      ['A2', null],
      ['B', null],
    ])
    expect(cause(a2).order).toBeLessThan(cause(b).order)
  })

  it('moveMeasuresTo: measures move to the target cause', () => {
    const { f, a, b, m1, m2, m3 } = rich()
    f.apply(deleteCause(f.doc(), a, { mode: 'moveMeasuresTo', targetCauseId: b }, f.ctx))
    expect(causeMeasures(f.doc(), b).map((m) => m.id)).toEqual([m1, m2])
    expect(f.doc().measures[m3]?.causeId).not.toBe(b)
  })

  it('moveMeasuresTo needs a usable target, else nothing happens', () => {
    const { f, a, a1, topicId } = rich()
    const none = { mode: 'moveMeasuresTo' } as const
    expect(deleteCause(f.doc(), a, none, f.ctx)).toEqual([])
    expect(deleteCause(f.doc(), a, { ...none, targetCauseId: a }, f.ctx)).toEqual([])
    expect(deleteCause(f.doc(), a, { ...none, targetCauseId: 'missing' }, f.ctx)).toEqual([])
    const sub = { ...none, targetCauseId: a1, subCauses: 'delete' } as const
    expect(deleteCause(f.doc(), a, sub, f.ctx)).toEqual([])
    const other = f.must(createTopic(f.doc(), f.boardId, '別', f.ctx))
    const foreign = f.must(addCause(f.doc(), other, 'X', null, f.ctx))
    expect(deleteCause(f.doc(), a, { ...none, targetCauseId: foreign }, f.ctx)).toEqual([])
    // Moving to its own promoted sub-cause is fine.
    f.apply(deleteCause(f.doc(), a, { ...none, targetCauseId: a1 }, f.ctx))
    expect(causeMeasures(f.doc(), a1).map((m) => m.text)).toEqual(['M1', 'M2', 'M3'])
    expect(f.doc().topics[topicId]?.mainCauseId).toBeNull()
  })

  it('detachMeasures keeps the measures without a cause', () => {
    const { f, a, m1, m2 } = rich()
    f.apply(deleteCause(f.doc(), a, { mode: 'detachMeasures' }, f.ctx))
    expect(
      [f.doc().measures[m1], f.doc().measures[m2]].map((m) => [m?.deletedAt, m?.causeId]),
    ).toEqual([
      [null, null],
      [null, null],
    ])
  })

  it('subCauses: delete takes the "why?" causes and their measures along (per mode)', () => {
    const { f, a, a1, a2, m3, topicId } = rich()
    f.apply(deleteCause(f.doc(), a, { mode: 'detachMeasures', subCauses: 'delete' }, f.ctx))
    expect(f.doc().causes[a1]?.deletedAt).not.toBeNull()
    expect(f.doc().causes[a2]?.deletedAt).not.toBeNull()
    expect(f.doc().measures[m3]).toMatchObject({ deletedAt: null, causeId: null })
    expect(topicCauses(f.doc(), topicId).map((c) => c.text)).toEqual(['B'])
  })

  it('deleting a sub-cause that is the main cause clears mainCauseId; nothing else moves', () => {
    const { f, topicId, a1, m3 } = rich()
    f.apply(setMainCause(f.doc(), topicId, a1))
    const records = deleteCause(f.doc(), a1, { mode: 'deleteMeasures' }, f.ctx)
    expect(records.map((r) => r.type).sort()).toEqual(['cause', 'measure', 'topic'])
    f.apply(records)
    expect(f.doc().topics[topicId]?.mainCauseId).toBeNull()
    expect(f.doc().measures[m3]?.deletedAt).not.toBeNull()
    expect(deleteCause(f.doc(), a1, { mode: 'deleteMeasures' }, f.ctx)).toEqual([])
  })
})
