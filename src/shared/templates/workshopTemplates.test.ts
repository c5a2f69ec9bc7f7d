import { describe, expect, it } from 'vitest'
import { timetableRowSchema, workshopSchema } from '../model/schemas'
import { fakeContext } from '../testing/fakeContext'
import { dayEnd, recomputeTimes, timetableRows } from '../ops/timetableOps'
import { formatDuration } from '../timetable/clock'
import { createWorkshopFromTemplate } from './createWorkshop'
import {
  FULL_DAY_TEMPLATE,
  HALF_DAY_TEMPLATE,
  isContinuationRow,
  templateById,
  WORKSHOP_TEMPLATES,
} from './workshopTemplates'
import type { WorkshopTemplate } from './types'

/** 図表-44 (L3848-3874): 開始, 時間, 項目 as printed ('' where the report's cell is empty). */
const TRIAL1 = [
  ['10:00', '0:30', '開場'],
  ['10:30', '0:10', '開会・挨拶'],
  ['10:40', '0:25', 'Ⅰ.講義'],
  ['11:05', '0:20', 'Ⅱ.事例'],
  ['11:25', '0:20', ''],
  ['11:45', '0:20', ''],
  ['12:05', '0:55', '休憩'],
  ['13:00', '0:15', 'オリエンテーション'],
  ['13:15', '0:40', 'グループワーク'],
  ['13:55', '0:40', ''],
  ['14:35', '0:40', ''],
  ['15:15', '0:45', '全体共有'],
  ['16:00', '0:20', '総括'],
  ['16:20', '0:10', '閉会・事務連絡'],
] as const

/** 図表-55 (L5036-5056). */
const TRIAL2 = [
  ['12:30', '0:30', '開場'],
  ['13:00', '0:05', '開会・挨拶'],
  ['13:05', '0:10', '振り返り'],
  ['13:15', '0:30', '講義'],
  ['13:45', '0:15', 'オリエンテーション'],
  ['14:00', '0:40', 'グループワーク'],
  ['14:40', '0:40', ''],
  ['15:20', '0:40', ''],
  ['16:00', '0:30', '全体共有'],
  ['16:30', '0:25', '総括'],
  ['16:55', '0:05', '閉会・事務連絡'],
] as const

function created(template: WorkshopTemplate) {
  return createWorkshopFromTemplate(template, { title: '', date: '', venue: '' }, fakeContext())
}

describe('WORKSHOP_TEMPLATES', () => {
  it('has the full-day and the half-day template, looked up by id', () => {
    expect(WORKSHOP_TEMPLATES.map((t) => t.id)).toEqual(['fullDay', 'halfDay'])
    expect(templateById('fullDay')).toBe(FULL_DAY_TEMPLATE)
    expect(templateById('halfDay')).toBe(HALF_DAY_TEMPLATE)
    expect(templateById('custom')).toBeUndefined()
    expect(FULL_DAY_TEMPLATE.name.ja).toBe('終日開催（試行①）')
    expect(HALF_DAY_TEMPLATE.name.ja).toBe('半日開催（試行②）')
    expect(FULL_DAY_TEMPLATE.defaultTitle).toBe('在宅医療・介護連携推進事業研修会')
    expect(HALF_DAY_TEMPLATE.defaultTitle).toBe(
      '市町村等在宅医療・介護連携推進事業研修会～ステップアップ編～',
    )
  })

  it.each([
    ['fullDay', FULL_DAY_TEMPLATE, TRIAL1, '16:30'],
    ['halfDay', HALF_DAY_TEMPLATE, TRIAL2, '17:00'],
  ] as const)('%s: start times, durations and 項目 equal the report', (_, template, table, end) => {
    const doc = created(template)
    const rows = timetableRows(doc)
    expect(rows.map((r) => r.start)).toEqual(table.map(([start]) => start))
    expect(rows.map((r) => formatDuration(r.durationMin))).toEqual(table.map(([, d]) => d))
    expect(rows.map((r, i) => (isContinuationRow(rows, i) ? '' : r.item))).toEqual(
      table.map(([, , item]) => item),
    )
    expect(dayEnd(doc)).toBe(end)
    // The stored starts are exactly what recomputeTimes derives: nothing left to change.
    expect(recomputeTimes(rows, doc.workshop.dayStart)).toEqual([])
    // And recomputeTimes alone, from zeroed rows, gives the report's start column.
    const zeroed = rows.map((r) => ({ ...r, start: '00:00', order: 0 }))
    expect(recomputeTimes(zeroed, template.dayStart).map((r) => r.start)).toEqual(
      table.map(([start]) => start),
    )
  })

  it.each(WORKSHOP_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: every created row validates against timetableRowSchema',
    (_, template) => {
      const doc = created(template)
      expect(workshopSchema.safeParse(doc.workshop).success).toBe(true)
      for (const row of Object.values(doc.rows)) {
        expect(timetableRowSchema.safeParse(row).error).toBeUndefined()
      }
    },
  )

  it('repeats the block 項目 on continuation rows', () => {
    const items = FULL_DAY_TEMPLATE.rows.map((r) => r.item)
    expect(items.filter((i) => i === 'Ⅱ.事例')).toHaveLength(3)
    expect(items.filter((i) => i === 'グループワーク')).toHaveLength(3)
    expect(items.every((i) => i !== '')).toBe(true)
    expect(isContinuationRow(FULL_DAY_TEMPLATE.rows, 0)).toBe(false)
    expect(isContinuationRow(FULL_DAY_TEMPLATE.rows, 99)).toBe(false)
  })

  it('maps rows to kinds and themes', () => {
    expect(FULL_DAY_TEMPLATE.rows.map((r) => r.kind)).toEqual([
      'doorsOpen',
      'opening',
      'lecture',
      'case',
      'case',
      'case',
      'break',
      'orientation',
      'theme',
      'theme',
      'theme',
      'plenary',
      'summary',
      'closing',
    ])
    expect(HALF_DAY_TEMPLATE.rows.map((r) => r.kind)).toEqual([
      'doorsOpen',
      'opening',
      'review',
      'lecture',
      'orientation',
      'theme',
      'theme',
      'theme',
      'plenary',
      'summary',
      'closing',
    ])
    for (const template of WORKSHOP_TEMPLATES) {
      const themed = template.rows.filter((r) => r.kind === 'theme')
      expect(themed.map((r) => r.themeId)).toEqual(['theme1', 'theme2', 'theme3'])
      expect(template.rows.filter((r) => r.kind !== 'theme').every((r) => r.themeId === null)).toBe(
        true,
      )
    }
  })

  it('keeps the 内容 cells verbatim', () => {
    const full = FULL_DAY_TEMPLATE.rows.map((r) => r.content)
    expect(full[2]).toBe('在宅医療・介護連携推進事業におけるコーディネーターの可能性')
    expect(full[3]).toBe('事例① 地域課題のタネ、どう見つけている？どう伝えている？')
    expect(full[7]).toBe('Ⅲ.これからの取組のヒントを得る～自身の取組を振り返る・今後の取組を考える')
    expect(full[8]).toBe(
      'テーマ１）住民・患者・家族が困っていること・不利益が生じていることを出し合ってみよう',
    )
    expect(full[10]).toBe(
      'テーマ３）現場で起こっていること・地域課題を市町村にうまく伝えるにはどうしたら良いか考えてみよう',
    )
    const half = HALF_DAY_TEMPLATE.rows
    expect(half[2]?.content).toBe('本研修の趣旨説明と第１回研修の振り返り')
    expect(half[4]?.content).toBe('日々の取り組みから地域課題を考える')
    expect(half[8]?.content).toBe('※グループごとに発表')
    expect(half[9]?.content).toBe('講師・アドバイザーからのコメント、講師総括')
  })

  it('uses all four scenes for the full day and 入退院支援・看取り for the half day', () => {
    expect(FULL_DAY_TEMPLATE.scenes).toEqual(['daily', 'admission', 'emergency', 'endOfLife'])
    expect(HALF_DAY_TEMPLATE.scenes).toEqual(['admission', 'endOfLife'])
  })

  it('carries the cards of its variant', () => {
    expect(FULL_DAY_TEMPLATE.cards.map((c) => c.key)).toEqual([
      'orientation',
      'theme1',
      'theme2',
      'theme3',
      'plenary',
    ])
    expect(HALF_DAY_TEMPLATE.cards[1]?.points[0]).toContain('「入退院支援」「看取り」')
  })
})
