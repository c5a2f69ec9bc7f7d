import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import {
  addSurveyRespondent,
  checkAffiliationCell,
  checkAnswerCell,
  checkNameCell,
  removeSurveyRespondent,
  setSurveyCell,
  setSurveyRespondent,
} from './surveyGrid'
import { addBuiltInItems, importSurveyAnswers, pairSurveyAnswers, surveyAnswers } from './surveyOps'

const five = { id: 'i1', scale: 'fiveStep' as const, text: '', order: 1 }
const four = { id: 'i2', scale: 'fourStep' as const, text: '', order: 2 }
const free = { id: 'i3', scale: 'freeText' as const, text: '', order: 3 }

describe('checking a typed cell', () => {
  it('takes an option letter of the item’s own scale, forgiving width and case', () => {
    expect(checkAnswerCell(five, 'Ⅰ-1', 'e')).toEqual({ ok: true, value: 'e' })
    expect(checkAnswerCell(five, 'Ⅰ-1', ' Ｂ ')).toEqual({ ok: true, value: 'b' })
    expect(checkAnswerCell(four, 'Ⅱ-1', 'd')).toEqual({ ok: true, value: 'd' })
    expect(checkAnswerCell(five, 'Ⅰ-1', '')).toEqual({ ok: true, value: '' })
  })

  it('takes the kana the IME types for a and e (あ, え) as those letters', () => {
    expect(checkAnswerCell(five, 'Ⅰ-1', 'あ')).toEqual({ ok: true, value: 'a' })
    expect(checkAnswerCell(five, 'Ⅰ-1', 'え')).toEqual({ ok: true, value: 'e' })
    expect(checkAnswerCell(four, 'Ⅱ-1', 'え').ok).toBe(false)
  })

  it('refuses a letter the scale does not have, naming the letters', () => {
    expect(checkAnswerCell(four, 'Ⅱ-2', 'e')).toEqual({
      ok: false,
      error: {
        code: 'survey.cellBadOption',
        params: { column: 'Ⅱ-2', value: 'e', letters: 'a・b・c・d' },
      },
    })
    expect(checkAnswerCell(five, 'Ⅰ-1', 'f').ok).toBe(false)
    expect(checkAnswerCell(five, 'Ⅰ-1', 'い').ok).toBe(false)
    expect(checkAnswerCell(five, 'Ⅰ-1', '3').ok).toBe(false)
  })

  it('keeps free text as written (trimmed), up to its limit', () => {
    expect(checkAnswerCell(free, 'Ⅲ1', '  多職種の視点が学べた ')).toEqual({
      ok: true,
      value: '多職種の視点が学べた',
    })
    expect(checkAnswerCell(free, 'Ⅲ1', 'あ'.repeat(2001)).ok).toBe(false)
  })

  it('requires a name; 所属 may be blank', () => {
    expect(checkNameCell('　').ok).toBe(false)
    expect(checkNameCell(' 山田 太郎 ')).toEqual({ ok: true, value: '山田 太郎' })
    expect(checkNameCell('あ'.repeat(201)).ok).toBe(false)
    expect(checkAffiliationCell('')).toEqual({ ok: true, value: '' })
  })
})

describe('grid edits', () => {
  it('adds a row, writes and clears a cell as the same record the import writes', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addBuiltInItems(doc, ctx))
    const itemId = Object.values(doc.surveyItems)[0]?.id ?? ''
    doc = applyRecords(
      doc,
      addSurveyRespondent(
        doc,
        'pre',
        { name: '山田花子', position: 'municipal', affiliation: '' },
        ctx,
      ),
    )
    const row = surveyAnswers(doc)[0]
    expect(row).toMatchObject({ phase: 'pre', name: '山田花子', answers: [], pairedWith: null })
    const id = row?.id ?? ''
    doc = applyRecords(doc, setSurveyCell(doc, id, itemId, 'c'))
    expect(doc.surveyAnswers[id]?.answers).toEqual([{ itemId, value: 'c' }])
    expect(setSurveyCell(doc, id, itemId, 'c')).toEqual([])
    doc = applyRecords(doc, setSurveyCell(doc, id, itemId, ''))
    expect(doc.surveyAnswers[id]?.answers).toEqual([])
  })

  it('edits an imported row’s name and 立場; equal values change nothing', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    const row = { row: 2, phase: 'post' as const, name: '佐藤', affiliation: 'A市', answers: [] }
    doc = applyRecords(
      doc,
      importSurveyAnswers(doc, 'post', [{ ...row, position: 'other' }], false, ctx),
    )
    const id = surveyAnswers(doc)[0]?.id ?? ''
    expect(setSurveyRespondent(doc, id, { name: '佐藤', affiliation: 'A市' })).toEqual([])
    doc = applyRecords(doc, setSurveyRespondent(doc, id, { position: 'coordinator' }))
    expect(doc.surveyAnswers[id]).toMatchObject({ name: '佐藤', position: 'coordinator' })
  })

  it('removes a row and frees the post answer paired with it by hand', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    const person = { row: 2, position: 'other' as const, affiliation: '', answers: [] }
    doc = applyRecords(
      doc,
      importSurveyAnswers(doc, 'pre', [{ ...person, phase: 'pre', name: '田中' }], false, ctx),
    )
    doc = applyRecords(
      doc,
      importSurveyAnswers(doc, 'post', [{ ...person, phase: 'post', name: 'たなか' }], false, ctx),
    )
    const [pre, post] = surveyAnswers(doc)
    doc = applyRecords(doc, pairSurveyAnswers(doc, post?.id ?? '', pre?.id ?? ''))
    doc = applyRecords(doc, removeSurveyRespondent(doc, pre?.id ?? '', ctx))
    expect(surveyAnswers(doc).map((a) => a.name)).toEqual(['たなか'])
    expect(doc.surveyAnswers[post?.id ?? '']?.pairedWith).toBeNull()
    expect(removeSurveyRespondent(doc, pre?.id ?? '', ctx)).toEqual([])
  })
})
