import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import { measureSchema, outcomeSchema } from '../model/schemas'
import { addCause } from './causeOps'
import {
  addMeasure,
  addOutcome,
  deleteMeasure,
  deleteOutcome,
  nudgeMeasure,
  placeMeasure,
  setChosen,
  updateMeasure,
  updateOutcome,
} from './measureOps'
import { theme2Fixture } from '../testing/theme2Fixture'
import { causeMeasures, topicMeasures, topicOutcomes } from './theme2Queries'
import { createTopic } from './topicOps'

function setup() {
  const f = theme2Fixture()
  const topicId = f.must(createTopic(f.doc(), f.boardId, '看取り', f.ctx))
  const cause = f.must(addCause(f.doc(), topicId, '家族の不安', null, f.ctx))
  return { f, topicId, cause }
}

describe('countermeasures', () => {
  it('addMeasure: valid, attached to a cause of the topic or to none', () => {
    const { f, topicId, cause } = setup()
    const m = f.must(addMeasure(f.doc(), topicId, cause, '看取るプロセスを知る', ' 家族\n ', f.ctx))
    expect(measureSchema.safeParse(f.doc().measures[m]).error).toBeUndefined()
    expect(f.doc().measures[m]).toMatchObject({
      causeId: cause,
      text: '看取るプロセスを知る',
      target: '家族',
      grid: null,
      chosen: false,
      order: 1,
      boardId: f.boardId,
    })
    const loose = f.must(addMeasure(f.doc(), topicId, null, '資料の作成', '', f.ctx))
    expect(f.doc().measures[loose]).toMatchObject({ causeId: null, order: 2 })
    expect(causeMeasures(f.doc(), cause).map((x) => x.id)).toEqual([m])
    const other = f.must(createTopic(f.doc(), f.boardId, '別', f.ctx))
    expect(addMeasure(f.doc(), other, cause, 'x', '', f.ctx)).toEqual([])
    expect(addMeasure(f.doc(), topicId, 'missing', 'x', '', f.ctx)).toEqual([])
  })

  it('at most LIMITS.measuresPerTopic measures and LIMITS.outcomesPerTopic outcomes', () => {
    const { f, topicId } = setup()
    for (let i = 0; i < LIMITS.measuresPerTopic; i++) {
      f.must(addMeasure(f.doc(), topicId, null, `対策${i}`, '', f.ctx))
    }
    expect(addMeasure(f.doc(), topicId, null, 'もう一つ', '', f.ctx)).toEqual([])
    for (let i = 0; i < LIMITS.outcomesPerTopic; i++) {
      f.must(addOutcome(f.doc(), topicId, { expectation: `期待${i}` }, f.ctx))
    }
    expect(addOutcome(f.doc(), topicId, {}, f.ctx)).toEqual([])
  })

  it('updateMeasure edits text, target and cause', () => {
    const { f, topicId, cause } = setup()
    const m = f.must(addMeasure(f.doc(), topicId, cause, 'A', '家族', f.ctx))
    const other = f.must(addCause(f.doc(), topicId, '別の原因', null, f.ctx))
    f.apply(updateMeasure(f.doc(), m, { text: 'B\r\n', target: 'ケアマネ、訪看', causeId: other }))
    expect(f.doc().measures[m]).toMatchObject({
      text: 'B',
      target: 'ケアマネ、訪看',
      causeId: other,
    })
    expect(updateMeasure(f.doc(), m, { causeId: 'missing' })).toEqual([])
    expect(updateMeasure(f.doc(), m, { text: 'B' })).toEqual([])
    f.apply(updateMeasure(f.doc(), m, { causeId: null }))
    expect(f.doc().measures[m]?.causeId).toBeNull()
  })

  it('placeMeasure / nudgeMeasure on 効果 × 実現可能性, setChosen', () => {
    const { f, topicId } = setup()
    const m = f.must(addMeasure(f.doc(), topicId, null, 'A', '', f.ctx))
    f.apply(nudgeMeasure(f.doc(), m, 0, 1))
    expect(f.doc().measures[m]?.grid).toEqual({ x: 0.5, y: 0.5 })
    f.apply(nudgeMeasure(f.doc(), m, 0, 1))
    expect(f.doc().measures[m]?.grid).toEqual({ x: 0.5, y: 0.55 })
    f.apply(placeMeasure(f.doc(), m, { x: 1.2, y: 0.9 }))
    expect(f.doc().measures[m]?.grid).toEqual({ x: 1, y: 0.9 })
    expect(placeMeasure(f.doc(), m, { x: Number.POSITIVE_INFINITY, y: 0 })).toEqual([])
    f.apply(placeMeasure(f.doc(), m, null))
    expect(f.doc().measures[m]?.grid).toBeNull()
    f.apply(setChosen(f.doc(), m, true))
    expect(f.doc().measures[m]?.chosen).toBe(true)
    expect(setChosen(f.doc(), m, true)).toEqual([])
  })

  it('deleteMeasure keeps the outcomes expected from it, unlinked', () => {
    const { f, topicId } = setup()
    const m = f.must(addMeasure(f.doc(), topicId, null, 'A', '', f.ctx))
    const o = f.must(addOutcome(f.doc(), topicId, { expectation: 'E', measureId: m }, f.ctx))
    const records = deleteMeasure(f.doc(), m, f.ctx)
    expect(records.map((r) => [r.type, r.deletedAt === null])).toEqual([
      ['measure', false],
      ['outcome', true],
    ])
    f.apply(records)
    expect(f.doc().outcomes[o]).toMatchObject({ measureId: null, expectation: 'E' })
    expect(topicMeasures(f.doc(), topicId)).toEqual([])
    expect(deleteMeasure(f.doc(), m, f.ctx)).toEqual([])
  })
})

describe('期待値 and 指標', () => {
  it('add, update, link and delete', () => {
    const { f, topicId } = setup()
    const m = f.must(addMeasure(f.doc(), topicId, null, 'A', '', f.ctx))
    const o = f.must(
      addOutcome(f.doc(), topicId, { expectation: 'ケアマネ等が説明できるスキルがあがる' }, f.ctx),
    )
    expect(outcomeSchema.safeParse(f.doc().outcomes[o]).error).toBeUndefined()
    expect(f.doc().outcomes[o]).toMatchObject({ indicator: '', measureId: null, order: 1 })
    f.apply(updateOutcome(f.doc(), o, { indicator: '説明スキルのアンケート、試験', measureId: m }))
    expect(f.doc().outcomes[o]).toMatchObject({
      indicator: '説明スキルのアンケート、試験',
      measureId: m,
    })
    expect(updateOutcome(f.doc(), o, { measureId: 'missing' })).toEqual([])
    expect(addOutcome(f.doc(), topicId, { measureId: 'missing' }, f.ctx)).toEqual([])
    f.must(addOutcome(f.doc(), topicId, { expectation: '二つめ' }, f.ctx))
    expect(topicOutcomes(f.doc(), topicId).map((x) => x.order)).toEqual([1, 2])
    f.apply(deleteOutcome(f.doc(), o, f.ctx))
    expect(topicOutcomes(f.doc(), topicId).map((x) => x.expectation)).toEqual(['二つめ'])
    expect(deleteOutcome(f.doc(), o, f.ctx)).toEqual([])
  })
})
