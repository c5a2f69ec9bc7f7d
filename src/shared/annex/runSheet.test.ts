import { describe, expect, it } from 'vitest'
import { timetableRows } from '../ops/timetableOps'
import { templateDoc, TRIAL1_DATE, TRIAL2_DATE } from '../testing/timerFixture'
import { FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { buildRunSheet } from './runSheet'

const sheetOf = (template: typeof FULL_DAY_TEMPLATE, date: string) => {
  const doc = templateDoc(template, date)
  return buildRunSheet(timetableRows(doc), doc.workshop.dayStart, doc.workshop.variant)
}

describe('進行表', () => {
  it('試行①: all 14 rows with the report’s times (図表-44, 10:00-16:30)', () => {
    const sheet = sheetOf(FULL_DAY_TEMPLATE, TRIAL1_DATE)
    expect(sheet.rows).toHaveLength(14)
    expect(sheet.rows.map((r) => `${r.start}-${r.end} ${r.item}`)).toEqual([
      '10:00-10:30 開場',
      '10:30-10:40 開会・挨拶',
      '10:40-11:05 Ⅰ.講義',
      '11:05-11:25 Ⅱ.事例',
      '11:25-11:45 Ⅱ.事例',
      '11:45-12:05 Ⅱ.事例',
      '12:05-13:00 休憩',
      '13:00-13:15 オリエンテーション',
      '13:15-13:55 グループワーク',
      '13:55-14:35 グループワーク',
      '14:35-15:15 グループワーク',
      '15:15-16:00 全体共有',
      '16:00-16:20 総括',
      '16:20-16:30 閉会・事務連絡',
    ])
    expect(sheet.dayEnd).toBe('16:30')
  })

  it('the group-work rows carry their card’s 【ポイント】 and 問い with sources', () => {
    const sheet = sheetOf(FULL_DAY_TEMPLATE, TRIAL1_DATE)
    const byStart = (start: string) => sheet.rows.find((r) => r.start === start)
    expect(byStart('13:00')?.points).toEqual(['グループワーク実施の目的、検討の流れ等を説明する。'])
    const theme2 = byStart('13:55')
    expect(theme2?.cardLabel).toBe('テーマ 2')
    expect(theme2?.cardDuration).toBe('【検討の所要時間：目安】 40分程度')
    expect(theme2?.questions.flatMap((q) => q.questions)).toContain(
      'その対策がもしうまくいったら課題解決に近づきそう？',
    )
    expect(theme2?.questions.every((q) => q.source !== null)).toBe(true)
    expect(byStart('15:15')?.points[0]).toBe('検討結果は、発表等によって全体で共有する。')
    expect(byStart('16:00')?.points).toEqual([
      '総括時には目的の再確認、本日検討したことの振り返り、実際の例を知ることで本日得た知識の定着を図る。',
    ])
    expect(byStart('12:05')?.points).toEqual([])
    expect(byStart('12:05')?.cardLabel).toBeNull()
  })

  it('試行②: 12:30-17:00 with its narrowed テーマ1 【ポイント】', () => {
    const sheet = sheetOf(HALF_DAY_TEMPLATE, TRIAL2_DATE)
    expect(sheet.dayStart).toBe('12:30')
    expect(sheet.dayEnd).toBe('17:00')
    const theme1 = sheet.rows.find((r) => r.cardLabel === 'テーマ 1')
    expect(theme1?.start).toBe('14:00')
    expect(theme1?.points[0]).toContain('「入退院支援」「看取り」に係る「困りごと」')
  })
})
