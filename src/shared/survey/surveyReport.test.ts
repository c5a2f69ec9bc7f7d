import { describe, expect, it } from 'vitest'
import { buildSurveyReport } from './surveyReport'
import { READING_BY_SCALE, READING_CAUTION } from './surveyReadings'
import { TRIAL1_TABLES, trial1Answers, trial1Items } from './testing/trial1Fixture'
import type { SurveyAnswerView } from './surveyTypes'

describe('buildSurveyReport', () => {
  it('gives the 試行① tables per item and 立場, with the denominators and the shares', () => {
    const report = buildSurveyReport(trial1Items(), trial1Answers())
    expect(report.groups).toEqual(['all', 'coordinator', 'municipal'])
    expect(report.people).toMatchObject({ all: 67, coordinator: 41, municipal: 26, other: 0 })
    expect(report.answered).toEqual({ pre: 67, post: 67 })
    expect(report.unmatched).toEqual({ pre: 0, post: 0 })
    const rows = report.sections.flatMap((s) => s.rows)
    expect(rows.map((r) => r.label)).toEqual([
      'Ⅰ-1',
      'Ⅰ-2',
      'Ⅰ-3',
      'Ⅰ-4',
      'Ⅰ-5',
      'Ⅰ-6',
      'Ⅱ-1',
      'Ⅱ-2',
      'Ⅱ-3',
    ])
    for (const group of ['all', 'coordinator', 'municipal'] as const) {
      rows.forEach((row, i) => {
        const c = row.counts[group]
        expect([c.up, c.stay, c.down, c.total]).toEqual(TRIAL1_TABLES[group][i])
      })
    }
    // Ⅰ-1 全体: 9 / 40 / 17 of 66, as the report prints it.
    expect(rows[0]?.counts.all.percent).toEqual({ up: 13.6, stay: 60.6, down: 25.8 })
  })

  it('puts the report’s readings beside each section, verbatim', () => {
    const report = buildSurveyReport(trial1Items(), trial1Answers())
    expect(report.sections.map((s) => s.numeral)).toEqual(['Ⅰ', 'Ⅱ'])
    expect(report.sections[0]?.readings).toEqual([READING_BY_SCALE.fiveStep, READING_CAUTION])
    expect(report.sections[1]?.readings).toEqual([READING_BY_SCALE.fourStep])
  })

  it('lists the free-text answers per item with 事前・事後 and 立場, never the name', () => {
    const items = trial1Items()
    const free = items.find((i) => i.scale === 'freeText')
    if (!free) throw new Error('no free-text item')
    const answers: SurveyAnswerView[] = [
      {
        id: 'p1',
        phase: 'post',
        name: '佐藤 花子',
        position: 'municipal',
        affiliation: '',
        answers: [{ itemId: free.id, value: '  他市の取組が参考になった ' }],
        pairedWith: null,
      },
    ]
    const report = buildSurveyReport(items, answers)
    expect(report.sections).toHaveLength(2)
    expect(report.people.all).toBe(0)
    expect(report.unmatched).toEqual({ pre: 0, post: 1 })
    expect(report.freeText.map((f) => f.label)).toEqual(['自由記述1', '自由記述2'])
    expect(report.freeText[0]?.answers).toEqual([
      { id: 'p1', phase: 'post', position: 'municipal', text: '他市の取組が参考になった' },
    ])
    expect(JSON.stringify(report)).not.toContain('佐藤')
  })
})
