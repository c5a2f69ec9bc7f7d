import { describe, expect, it } from 'vitest'
import { percentText, surveyResults } from './surveyResults'
import { TRIAL1_PEOPLE, TRIAL1_TABLES, trial1Answers, trial1Items } from './testing/trial1Fixture'

describe('the report’s 試行① tables (L4208-4458)', () => {
  const results = surveyResults(trial1Items(), trial1Answers())

  it('matches all 67 people by name (some written with full-width spaces and digits)', () => {
    expect(results.match.pairs).toHaveLength(67)
    expect(results.match.unmatchedPre).toEqual([])
    expect(results.match.unmatchedPost).toEqual([])
    expect(results.match.pairs.filter((p) => p.kind === 'normalised').length).toBeGreaterThan(0)
    expect(results.people).toEqual({ all: 67, coordinator: 41, municipal: 26, other: 0 })
  })

  it('coordinators plus municipal officers give the report’s 全体 table', () => {
    TRIAL1_TABLES.all.forEach((row, index) => {
      const c = TRIAL1_TABLES.coordinator[index]
      const m = TRIAL1_TABLES.municipal[index]
      expect(row).toEqual(c?.map((n, k) => n + (m?.[k] ?? 0)))
    })
    expect(TRIAL1_PEOPLE.coordinator + TRIAL1_PEOPLE.municipal).toBe(67)
  })

  it.each(['all', 'coordinator', 'municipal'] as const)('gives the %s table', (group) => {
    const table = results.items.map(({ counts }) => {
      const c = counts[group]
      return [c.up, c.stay, c.down, c.total]
    })
    expect(table).toEqual(TRIAL1_TABLES[group])
  })

  it('prints the report’s percentages', () => {
    const first = results.items[0]?.counts
    // （全体） 1: 13.6% 60.6% 25.8% of 66; （コーディネーター） 1: 14.6% 63.4% 22.0% of 41
    expect(
      first && [first.all.up, first.all.stay, first.all.down].map((n) => percentText(n, 66)),
    ).toEqual(['13.6%', '60.6%', '25.8%'])
    const c = first?.coordinator
    expect(c && [c.up, c.stay, c.down].map((n) => percentText(n, c.total))).toEqual([
      '14.6%',
      '63.4%',
      '22.0%',
    ])
    // Ⅱ 1 （全体）: 16 of 67 = 23.9%
    const ii = results.items[6]?.counts.all
    expect(ii && percentText(ii.up, ii.total)).toBe('23.9%')
  })
})
