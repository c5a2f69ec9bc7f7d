import type { WorkshopVariant } from '../model/schemas'
import { TEMPLATE_NAMES } from './templateNames'
import { cardsFor } from './themeCards'
import type { TimetableTemplateRow, WorkshopTemplate } from './types'

/**
 * The two timetables of the report, row by row and verbatim.
 *
 * 項目 (item) of continuation rows: in the report the 項目 cell is empty for the rows that
 * continue a block (事例②③ under 「Ⅱ.事例」, テーマ２）/３） under 「グループワーク」). We repeat
 * the block's 項目 on every row so that each row explains itself when it is shown alone (the
 * running timer, a row being edited or moved). The report's layout is recovered by hiding an
 * item equal to the row above's, which `isContinuationRow` does.
 *
 * Start times are not stored here: they follow from dayStart and the durations (recomputeTimes).
 */

const row = (
  durationMin: number,
  kind: TimetableTemplateRow['kind'],
  item: string,
  content = '',
  themeId: TimetableTemplateRow['themeId'] = null,
): TimetableTemplateRow => ({ durationMin, kind, item, content, themeId })

/** The timetable rows' wording of the three themes (L3864-3868, L5046-5050). */
export const THEME_ROW_CONTENT = {
  theme1: 'テーマ１）住民・患者・家族が困っていること・不利益が生じていることを出し合ってみよう',
  theme2: 'テーマ２）地域課題のタネから、地域で解決したいこと（地域課題）を出し合ってみよう',
  theme3:
    'テーマ３）現場で起こっていること・地域課題を市町村にうまく伝えるにはどうしたら良いか考えてみよう',
} as const

const groupWorkRows = (): TimetableTemplateRow[] => [
  row(40, 'theme', 'グループワーク', THEME_ROW_CONTENT.theme1, 'theme1'),
  row(40, 'theme', 'グループワーク', THEME_ROW_CONTENT.theme2, 'theme2'),
  row(40, 'theme', 'グループワーク', THEME_ROW_CONTENT.theme3, 'theme3'),
]

/** 試行① 図表-44 「タイムテーブル（試行➀）」 (L3846-3874; reprinted as 図表-78, L7097-7125). */
const FULL_DAY_ROWS: TimetableTemplateRow[] = [
  row(30, 'doorsOpen', '開場'),
  row(10, 'opening', '開会・挨拶'),
  row(25, 'lecture', 'Ⅰ.講義', '在宅医療・介護連携推進事業におけるコーディネーターの可能性'),
  row(20, 'case', 'Ⅱ.事例', '事例① 地域課題のタネ、どう見つけている？どう伝えている？'),
  row(20, 'case', 'Ⅱ.事例', '事例② 地域課題のタネ、コーディネーター間でどう育てている？'),
  row(20, 'case', 'Ⅱ.事例', '事例③ 地域課題のタネ、市町村にどう伝えればよい？どう共有すればよい？'),
  row(55, 'break', '休憩'),
  row(
    15,
    'orientation',
    'オリエンテーション',
    'Ⅲ.これからの取組のヒントを得る～自身の取組を振り返る・今後の取組を考える',
  ),
  ...groupWorkRows(),
  row(45, 'plenary', '全体共有'),
  row(20, 'summary', '総括'),
  row(10, 'closing', '閉会・事務連絡'),
]

/** 試行② 図表-55 「タイムテーブル（試行②）」 (L5034-5056; reprinted as 図表-79, L7129-7151). */
const HALF_DAY_ROWS: TimetableTemplateRow[] = [
  row(30, 'doorsOpen', '開場'),
  row(5, 'opening', '開会・挨拶'),
  row(10, 'review', '振り返り', '本研修の趣旨説明と第１回研修の振り返り'),
  row(
    30,
    'lecture',
    '講義',
    '市町村と在宅医療・介護連携支援センターの協働による在宅医療・介護連携の推進',
  ),
  row(15, 'orientation', 'オリエンテーション', '日々の取り組みから地域課題を考える'),
  ...groupWorkRows(),
  row(30, 'plenary', '全体共有', '※グループごとに発表'),
  row(25, 'summary', '総括', '講師・アドバイザーからのコメント、講師総括'),
  row(5, 'closing', '閉会・事務連絡'),
]

export const FULL_DAY_TEMPLATE: WorkshopTemplate = {
  id: 'fullDay',
  name: TEMPLATE_NAMES.fullDay,
  description: {
    ja: '10:00～16:30の1日開催。講義・事例報告の後、午後にグループワーク（テーマ１～３、各40分）と全体共有・総括。',
    en: '10:00-16:30. Lecture and three case reports, then the afternoon group work (three 40-minute themes), sharing and wrap-up.',
  },
  /** Planning sheet 図表-39/40 タイトル(仮) (L3630), without its long subtitle. */
  defaultTitle: '在宅医療・介護連携推進事業研修会',
  dayStart: '10:00',
  scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
  rows: FULL_DAY_ROWS,
  cards: cardsFor('fullDay'),
}

export const HALF_DAY_TEMPLATE: WorkshopTemplate = {
  id: 'halfDay',
  name: TEMPLATE_NAMES.halfDay,
  description: {
    ja: '12:30～17:00の半日開催。講義を絞ってグループワークの時間を確保し、テーマ１は「入退院支援」「看取り」に絞って検討。',
    en: '12:30-17:00. A shorter lecture keeps the full group-work time; テーマ1 is narrowed to admission/discharge and end of life.',
  },
  /** 試行② event title (L4852-4853) without 「令和6年度第2回」, which is specific to that year. */
  defaultTitle: '市町村等在宅医療・介護連携推進事業研修会～ステップアップ編～',
  dayStart: '12:30',
  /** 試行② narrowed テーマ1 to 入退院支援 and 看取り (L5108-5110). */
  scenes: ['admission', 'endOfLife'],
  rows: HALF_DAY_ROWS,
  cards: cardsFor('halfDay'),
}

/** The built-in templates, in the order of the template picker. */
export const WORKSHOP_TEMPLATES: WorkshopTemplate[] = [FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE]

export function templateById(id: WorkshopVariant): WorkshopTemplate | undefined {
  return WORKSHOP_TEMPLATES.find((t) => t.id === id)
}

/**
 * True when a row continues the block of the row before it (same 項目), i.e. where the report
 * leaves the 項目 cell empty. Views that print the report's layout hide the item of such rows.
 */
export function isContinuationRow(
  rows: readonly Pick<TimetableTemplateRow, 'item'>[],
  index: number,
): boolean {
  const current = rows[index]
  const previous = rows[index - 1]
  return (
    index > 0 &&
    current !== undefined &&
    previous !== undefined &&
    current.item !== '' &&
    current.item === previous.item
  )
}
