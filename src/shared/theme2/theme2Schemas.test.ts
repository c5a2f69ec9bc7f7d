import { describe, expect, it } from 'vitest'
import { LIMITS } from '../model/limits'
import {
  anyRecordSchema,
  causeSchema,
  measureSchema,
  outcomeSchema,
  topicSchema,
  type Cause,
  type Measure,
  type Outcome,
  type Topic,
} from '../model/schemas'
import { fillWorksheet, INAGI_MITORI_WORKSHEET } from '../testing/inagiExample'
import { theme2Fixture } from '../testing/theme2Fixture'
import { applyTrial2Preset, createTopic } from './topicOps'

function records() {
  const f = theme2Fixture()
  const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
  f.apply(fillWorksheet(f.doc(), id, INAGI_MITORI_WORKSHEET, f.ctx))
  f.apply(applyTrial2Preset(f.doc(), f.boardId, f.ctx))
  const d = f.doc()
  return {
    topic: d.topics[id]!,
    cause: Object.values(d.causes)[0]!,
    measure: Object.values(d.measures)[0]!,
    outcome: Object.values(d.outcomes)[0]!,
    all: [
      ...Object.values(d.topics),
      ...Object.values(d.causes),
      ...Object.values(d.measures),
      ...Object.values(d.outcomes),
    ],
  }
}

const fails = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => {
  expect(schema.safeParse(value).success).toBe(false)
}

describe('テーマ2 schemas', () => {
  it('every record the ops make is valid, on its own schema and in anyRecordSchema', () => {
    const { all } = records()
    expect(all.length).toBeGreaterThan(10)
    for (const record of all) {
      const parsed = anyRecordSchema.safeParse(record)
      expect(parsed.error).toBeUndefined()
      expect(parsed.data).toEqual(record)
    }
  })

  it('topic: strict, bounded, known presets and scenes, 1..max dots per person', () => {
    const { topic } = records()
    const bad = (patch: Partial<Record<keyof Topic, unknown>>) => {
      fails(topicSchema, { ...topic, ...patch })
    }
    bad({ extra: true } as Partial<Record<keyof Topic, unknown>>)
    bad({ title: 'x'.repeat(LIMITS.noteTextChars + 1) })
    bad({ label: 'x'.repeat(LIMITS.labelChars + 1) })
    bad({ preset: 'admission3' })
    bad({ scene: 'hospital' })
    bad({ votesPerPerson: 0 })
    bad({ votesPerPerson: LIMITS.votesPerPersonMax + 1 })
    bad({ votesPerPerson: 2.5 })
    bad({ mainCauseId: 'not an id' })
    bad({ sourceNoteId: '' })
    bad({ causeAxes: { x: 'a' } })
    bad({ measureAxes: { x: null, y: 'y'.repeat(LIMITS.labelChars + 1) } })
    bad({ boardId: undefined })
    expect(topicSchema.safeParse({ ...topic, causeAxes: { x: '緊急度', y: null } }).success).toBe(
      true,
    )
  })

  it('cause: grid in [0, 1] or null, votes are positive integers of ids', () => {
    const { cause } = records()
    const bad = (patch: Partial<Record<keyof Cause, unknown>>) => {
      fails(causeSchema, { ...cause, ...patch })
    }
    bad({ grid: { x: 1.01, y: 0 } })
    bad({ grid: { x: 0, y: -0.01 } })
    bad({ grid: { x: 0.5 } })
    bad({ grid: { x: 0.5, y: 0.5, z: 0 } })
    bad({ votes: { 'seat-1': 0 } })
    bad({ votes: { 'seat-1': 1.5 } })
    bad({ votes: { 'seat-1': LIMITS.votesPerPersonMax + 1 } })
    bad({ votes: { 'not an id': 1 } })
    bad({ votes: Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`s${i}`, 1])) })
    bad({ parentId: 'bad id!' })
    bad({ text: 'x'.repeat(LIMITS.noteTextChars + 1) })
    bad({ topicId: null })
    // A "__proto__" key from a file is dropped by the parse, never set as a prototype.
    const proto = causeSchema.safeParse({
      ...cause,
      votes: JSON.parse('{"__proto__": 1, "seat-1": 2}') as unknown,
    })
    expect(proto.data?.votes).toEqual({ 'seat-1': 2 })
    expect(Object.getPrototypeOf(proto.data?.votes)).toBe(Object.prototype)
    const ok = { ...cause, grid: { x: 0, y: 1 }, votes: { 'seat-1': 2, m1: 1 } }
    expect(causeSchema.safeParse(ok).success).toBe(true)
  })

  it('measure and outcome: strict and bounded', () => {
    const { measure, outcome } = records()
    const badM = (patch: Partial<Record<keyof Measure, unknown>>) => {
      fails(measureSchema, { ...measure, ...patch })
    }
    badM({ target: 'x'.repeat(LIMITS.shortTextChars + 1) })
    badM({ chosen: 'yes' })
    badM({ grid: { x: 2, y: 0 } })
    badM({ causeId: 'bad id!' })
    badM({ order: '1' })
    expect(measureSchema.safeParse({ ...measure, causeId: null }).success).toBe(true)
    const badO = (patch: Partial<Record<keyof Outcome, unknown>>) => {
      fails(outcomeSchema, { ...outcome, ...patch })
    }
    badO({ indicator: 'x'.repeat(LIMITS.noteTextChars + 1) })
    badO({ measureId: 3 })
    badO({ type: 'measure' })
    badO({ extra: 1 } as Partial<Record<keyof Outcome, unknown>>)
  })
})
