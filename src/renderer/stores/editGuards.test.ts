import { errorText, type Lang } from '../../shared/errors/errorText'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../shared/model/limits'
import type {
  AnyRecord,
  Canvas,
  CanvasNote,
  CanvasQa,
  Cause,
  Measure,
  Topic,
} from '../../shared/model/schemas'
import {
  applyRecords,
  stampChange,
  stampOf,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import { fakeContext } from '../../shared/testing/fakeContext'
import { addCause } from '../../shared/theme2/causeOps'
import { createFilledTopic, INAGI_MITORI_WORKSHEET } from '../../shared/testing/inagiExample'
import { addMeasure, addOutcome } from '../../shared/theme2/measureOps'
import { createTopic } from '../../shared/theme2/topicOps'
import { addCanvasNote } from '../../shared/theme3/canvasNoteOps'
import { createCanvas } from '../../shared/theme3/canvasOps'
import { addQa } from '../../shared/theme3/canvasQaOps'
import { makeTestDoc } from '../testing/testDocs'
import { checkEdit } from './editGuards'

function setup() {
  const ctx = fakeContext()
  const doc = makeTestDoc(ctx, { groups: 1 })
  const boardId = Object.values(doc.boards).find((b) => b.themeId === 'theme2')!.id
  /**
   * Runs checkEdit the way the store does (stamped records against the doc they change) and
   * returns what the user reads (Japanese unless asked), or null.
   */
  const check = (base: WorkshopDoc, records: AnyRecord[], lang: Lang = 'ja') => {
    const change = stampChange(base, records, stampOf(ctx))
    const problem = checkEdit(base, applyRecords(base, change.records), change.records)
    return problem && errorText(problem, lang)
  }
  return { ctx, doc, boardId, check }
}

describe('checkEdit with テーマ2 records', () => {
  it('lets valid topics, causes, measures and outcomes through', () => {
    const { ctx, doc, boardId, check } = setup()
    const records = createFilledTopic(doc, boardId, INAGI_MITORI_WORKSHEET, ctx)
    expect(records.map((r) => r.type)).toEqual(
      expect.arrayContaining(['topic', 'cause', 'measure', 'outcome']),
    )
    expect(check(doc, records)).toBeNull()
  })

  it('refuses invalid テーマ2 records with a message naming the field', () => {
    const { ctx, doc, boardId, check } = setup()
    const topic = createTopic(doc, boardId, 'T', ctx)[0] as Topic
    expect(check(doc, [{ ...topic, goal: 'あ'.repeat(LIMITS.noteTextChars + 1) }])).toBe(
      '目指す姿の文字数が上限（2,000字）を超えています。',
    )
    expect(check(doc, [{ ...topic, votesPerPerson: 0 }])).toBe(
      '入力内容に誤りがあるため反映できませんでした。',
    )
    expect(check(doc, [{ ...topic, workshopId: 'other' }])).toBe(
      '入力内容に誤りがあるため反映できませんでした。',
    )
    expect(check(doc, [{ ...topic, title: 'あ'.repeat(LIMITS.noteTextChars + 1) }])).toBe(
      'テーマの文字数が上限（2,000字）を超えています。',
    )
    expect(check(doc, [{ ...topic, causeAxes: { x: 'あ'.repeat(41), y: null } }])).toBe(
      '軸の名前の文字数が上限（40字）を超えています。',
    )
    const withTopic = applyRecords(doc, [topic])
    const cause = addCause(withTopic, topic.id, '原因', null, ctx)[0] as Cause
    expect(check(withTopic, [{ ...cause, grid: { x: 0.5 } as Cause['grid'] }])).toBe(
      '入力内容に誤りがあるため反映できませんでした。',
    )
    expect(check(withTopic, [{ ...cause, text: 'あ'.repeat(LIMITS.noteTextChars + 1) }])).toBe(
      '原因の文字数が上限（2,000字）を超えています。',
    )
    const measure = addMeasure(withTopic, topic.id, null, '対策', '', ctx)[0] as Measure
    expect(check(withTopic, [{ ...measure, target: 'x'.repeat(LIMITS.shortTextChars + 1) }])).toBe(
      '対象の文字数が上限（200字）を超えています。',
    )
  })

  it('refuses テーマ2 records beyond the limits, even if an op let them through', () => {
    const { ctx, doc, boardId, check } = setup()
    const topics = Array.from(
      { length: LIMITS.topicsPerBoard + 1 },
      () => createTopic(doc, boardId, 'T', ctx)[0]!,
    )
    expect(check(doc, topics)).toBe(`テーマの数が上限（${LIMITS.topicsPerBoard}）に達しました。`)
    const topic = topics[0] as Topic
    const withTopic = applyRecords(doc, [topic])
    const causes = Array.from(
      { length: LIMITS.causesPerTopic + 1 },
      () => addCause(withTopic, topic.id, '原因', null, ctx)[0]!,
    )
    expect(check(withTopic, causes)).toBe(
      `原因の数が上限（${LIMITS.causesPerTopic}）に達しました。`,
    )
    expect(check(withTopic, causes.slice(1))).toBeNull()
    const measures = Array.from(
      { length: LIMITS.measuresPerTopic + 1 },
      () => addMeasure(withTopic, topic.id, null, '対策', '', ctx)[0]!,
    )
    expect(check(withTopic, measures)).toBe(
      `対策の数が上限（${LIMITS.measuresPerTopic}）に達しました。`,
    )
    const outcomes = Array.from(
      { length: LIMITS.outcomesPerTopic + 1 },
      () => addOutcome(withTopic, topic.id, {}, ctx)[0]!,
    )
    expect(check(withTopic, outcomes)).toBe(
      `期待値と指標の数が上限（${LIMITS.outcomesPerTopic}）に達しました。`,
    )
    // Editing existing records is never refused for a count.
    const full = applyRecords(withTopic, causes.slice(1))
    const anyCause = causes[1] as Cause
    expect(check(full, [{ ...anyCause, text: '編集' }])).toBeNull()
  })
})

describe('checkEdit with テーマ3 records', () => {
  function theme3() {
    const { ctx, doc, check } = setup()
    const boardId = Object.values(doc.boards).find((b) => b.themeId === 'theme3')!.id
    const canvas = createCanvas(doc, boardId, '地域課題', ctx)[0] as Canvas
    return { ctx, check, canvas, withCanvas: applyRecords(doc, [canvas]), doc }
  }

  it('names the field of a テーマ3 record that is too long', () => {
    const { ctx, check, canvas, withCanvas, doc } = theme3()
    expect(check(doc, [canvas])).toBeNull()
    const long = 'あ'.repeat(LIMITS.longTextChars + 1)
    expect(
      check(doc, [{ ...canvas, brief: { ...canvas.brief, share: { text: long, basedOn: '' } } }]),
    ).toBe('共有の方法の文字数が上限（4,000字）を超えています。')
    expect(
      check(
        doc,
        [{ ...canvas, brief: { ...canvas.brief, share: { text: long, basedOn: '' } } }],
        'en',
      ),
    ).toBe('How to share is longer than the limit (4,000 characters).')
    const note = addCanvasNote(withCanvas, canvas.id, 'facts', '事実', ctx)[0] as CanvasNote
    expect(check(withCanvas, [{ ...note, text: 'あ'.repeat(LIMITS.noteTextChars + 1) }])).toBe(
      '付箋の文字数が上限（2,000字）を超えています。',
    )
    expect(check(withCanvas, [{ ...note, ref: { type: 'board', id: 'x' } } as never])).toBe(
      '入力内容に誤りがあるため反映できませんでした。',
    )
    const qa = addQa(withCanvas, canvas.id, { prompt: 'why' }, ctx)[0] as CanvasQa
    expect(check(withCanvas, [{ ...qa, answer: 'あ'.repeat(LIMITS.noteTextChars + 1) }])).toBe(
      '答えの文字数が上限（2,000字）を超えています。',
    )
  })

  it('refuses テーマ3 records beyond the limits, even if an op let them through', () => {
    const { ctx, check, withCanvas, canvas } = theme3()
    const notes = Array.from(
      { length: LIMITS.notesPerCanvas + 1 },
      () => addCanvasNote(withCanvas, canvas.id, 'facts', '事実', ctx)[0]!,
    )
    expect(check(withCanvas, notes)).toBe(
      `このキャンバスの付箋が上限（${LIMITS.notesPerCanvas}枚）に達しました。`,
    )
    expect(check(withCanvas, notes.slice(1))).toBeNull()
    const qas = Array.from(
      { length: LIMITS.qasPerCanvas + 1 },
      () => addQa(withCanvas, canvas.id, { question: 'Q' }, ctx)[0]!,
    )
    expect(check(withCanvas, qas)).toBe(
      `市町村担当者からの質問が上限（${LIMITS.qasPerCanvas}）に達しました。`,
    )
  })
})
