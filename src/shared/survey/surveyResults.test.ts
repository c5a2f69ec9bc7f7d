import { describe, expect, it } from 'vitest'
import { changeOf, freeTextAnswers, percentText, surveyResults } from './surveyResults'
import { optionLetter } from './surveyScales'
import type { SurveyAnswerView, SurveyItemView } from './surveyTypes'

const five = { id: 'i1', scale: 'fiveStep' as const }
const four = { id: 'i2', scale: 'fourStep' as const }

function pair(before: string, after: string, itemId: string) {
  const make = (id: string, phase: 'pre' | 'post', value: string): SurveyAnswerView => ({
    id,
    phase,
    name: '山田太郎',
    position: 'coordinator',
    affiliation: '',
    answers: [{ itemId, value }],
    pairedWith: null,
  })
  return { pre: make('p', 'pre', before), post: make('q', 'post', after), kind: 'same' as const }
}

describe('up / stay / down', () => {
  it('five steps: a is the best (常にそのようにできている), e the lowest', () => {
    expect(changeOf(pair('b', 'a', 'i1'), five)).toBe('up')
    expect(changeOf(pair('e', 'd', 'i1'), five)).toBe('up')
    expect(changeOf(pair('c', 'c', 'i1'), five)).toBe('stay')
    // the report's own example: 概ねそのようにできている → 特にそのようにすることは考えていない
    expect(changeOf(pair('b', 'e', 'i1'), five)).toBe('down')
  })

  it('four steps: 時間をかければ説明できそうだ → できそうだ is up', () => {
    expect(changeOf(pair('b', 'a', 'i2'), four)).toBe('up')
    expect(changeOf(pair('d', 'd', 'i2'), four)).toBe('stay')
    expect(changeOf(pair('a', 'c', 'i2'), four)).toBe('down')
  })

  it('leaves out a missing or impossible answer (e on four steps)', () => {
    expect(changeOf(pair('b', '', 'i1'), five)).toBeNull()
    expect(changeOf(pair('e', 'a', 'i2'), four)).toBeNull()
    expect(changeOf(pair('x', 'a', 'i1'), five)).toBeNull()
  })

  it('reads letters as people type them', () => {
    expect(optionLetter('fiveStep', 'Ａ')).toBe('a')
    expect(optionLetter('fiveStep', ' b.概ねそのようにできている')).toBe('b')
    expect(optionLetter('fourStep', 'ｃ．')).toBe('c')
    expect(optionLetter('fourStep', '説明できそうだ')).toBe('a')
    expect(optionLetter('fourStep', 'e')).toBeNull()
    expect(optionLetter('fiveStep', 'abc')).toBeNull()
  })
})

describe('surveyResults', () => {
  const items: SurveyItemView[] = [
    { id: 'i2', scale: 'fourStep', text: 'Ⅱ-1', order: 2 },
    { id: 'i1', scale: 'fiveStep', text: 'Ⅰ-1', order: 1 },
    { id: 'f', scale: 'freeText', text: '感想', order: 3 },
  ]
  const sheet = (
    id: string,
    phase: 'pre' | 'post',
    name: string,
    position: SurveyAnswerView['position'],
    values: Record<string, string>,
  ): SurveyAnswerView => ({
    id,
    phase,
    name,
    position,
    affiliation: '',
    answers: Object.entries(values).map(([itemId, value]) => ({ itemId, value })),
    pairedWith: null,
  })
  const answers = [
    sheet('a', 'pre', '甲', 'coordinator', { i1: 'c', i2: 'c' }),
    sheet('b', 'pre', '乙', 'municipal', { i1: 'b', i2: 'b' }),
    sheet('c', 'pre', '丙', 'other', { i1: 'a' }),
    sheet('A', 'post', '甲', 'coordinator', { i1: 'b', i2: 'c', f: '気づきが多かった' }),
    sheet('B', 'post', '乙', 'municipal', { i1: 'd', i2: 'a', f: '  ' }),
    sheet('C', 'post', '丙', 'other', { i1: 'a', i2: 'b' }),
  ]
  const r = surveyResults(items, answers)

  it('counts per item in order, overall and by 立場, with the denominator', () => {
    expect(r.items.map((i) => i.item.id)).toEqual(['i1', 'i2'])
    expect(r.items[0]?.counts.all).toEqual({ up: 1, stay: 1, down: 1, total: 3 })
    expect(r.items[0]?.counts.municipal).toEqual({ up: 0, stay: 0, down: 1, total: 1 })
    // 丙 has no pre answer on Ⅱ-1: left out of its denominator
    expect(r.items[1]?.counts.all).toEqual({ up: 1, stay: 1, down: 0, total: 2 })
    expect(r.items[1]?.counts.other.total).toBe(0)
    expect(r.people).toEqual({ all: 3, coordinator: 1, municipal: 1, other: 1 })
    expect(percentText(1, 3)).toBe('33.3%')
    expect(percentText(0, 0)).toBe('–')
  })

  it('lists the free text answers that say something', () => {
    expect(freeTextAnswers('f', answers).map((e) => e.text)).toEqual(['気づきが多かった'])
  })
})

describe('surveyResultsCsv', () => {
  it('writes the 試行① 全体 row of Ⅰ-1 as the report prints it, BOM first', async () => {
    const { surveyResultsCsv } = await import('./surveyCsv')
    const { trial1Answers, trial1Items } = await import('./testing/trial1Fixture')
    const items = trial1Items()
    const answers = trial1Answers()
    const csv = surveyResultsCsv(surveyResults(items, answers), items, answers)
    expect(csv.startsWith('\uFEFF対象,設問番号,設問,up,stay,down,計')).toBe(true)
    expect(csv).toContain(
      '全体,Ⅰ-1,受け付けた相談への対応結果をコーディネーターと市町村担当者で共有する,9,40,17,66,13.6%,60.6%,25.8%\r\n',
    )
    expect(csv).toContain('市町村担当者,Ⅱ-3,')
    expect(csv).not.toContain('その他,')
  })
})
