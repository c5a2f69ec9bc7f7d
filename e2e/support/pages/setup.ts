import { expect, type Locator, type Page } from '@playwright/test'
import { createWorkshop, openHome } from './home'

/**
 * 研修会の準備 (the setup screen): its sections, the timetable as shown, the groups' cards and
 * their links to each group's theme screens.
 */

/** One timetable row as the user sees it: 開始, 終了, 時間 (minutes), 項目, 内容. */
export interface ShownRow {
  start: string
  end: string
  minutes: string
  item: string
  content?: string
}

/** The report's 試行① timetable (図表-44), as the app should show it for 終日開催. */
export const FULL_DAY_ROWS: ShownRow[] = [
  { start: '10:00', end: '10:30', minutes: '30', item: '開場' },
  { start: '10:30', end: '10:40', minutes: '10', item: '開会・挨拶' },
  {
    start: '10:40',
    end: '11:05',
    minutes: '25',
    item: 'Ⅰ.講義',
    content: '在宅医療・介護連携推進事業におけるコーディネーターの可能性',
  },
  {
    start: '11:05',
    end: '11:25',
    minutes: '20',
    item: 'Ⅱ.事例',
    content: '事例① 地域課題のタネ、どう見つけている？どう伝えている？',
  },
  {
    start: '11:25',
    end: '11:45',
    minutes: '20',
    item: 'Ⅱ.事例',
    content: '事例② 地域課題のタネ、コーディネーター間でどう育てている？',
  },
  {
    start: '11:45',
    end: '12:05',
    minutes: '20',
    item: 'Ⅱ.事例',
    content: '事例③ 地域課題のタネ、市町村にどう伝えればよい？どう共有すればよい？',
  },
  { start: '12:05', end: '13:00', minutes: '55', item: '休憩' },
  { start: '13:00', end: '13:15', minutes: '15', item: 'オリエンテーション' },
  {
    start: '13:15',
    end: '13:55',
    minutes: '40',
    item: 'グループワーク',
    content: 'テーマ１）住民・患者・家族が困っていること・不利益が生じていることを出し合ってみよう',
  },
  {
    start: '13:55',
    end: '14:35',
    minutes: '40',
    item: 'グループワーク',
    content: 'テーマ２）地域課題のタネから、地域で解決したいこと（地域課題）を出し合ってみよう',
  },
  {
    start: '14:35',
    end: '15:15',
    minutes: '40',
    item: 'グループワーク',
    content:
      'テーマ３）現場で起こっていること・地域課題を市町村にうまく伝えるにはどうしたら良いか考えてみよう',
  },
  { start: '15:15', end: '16:00', minutes: '45', item: '全体共有' },
  { start: '16:00', end: '16:20', minutes: '20', item: '総括' },
  { start: '16:20', end: '16:30', minutes: '10', item: '閉会・事務連絡' },
]

/** The report's 試行② timetable (図表-55), for 半日開催. */
export const HALF_DAY_ROWS: ShownRow[] = [
  { start: '12:30', end: '13:00', minutes: '30', item: '開場' },
  { start: '13:00', end: '13:05', minutes: '5', item: '開会・挨拶' },
  {
    start: '13:05',
    end: '13:15',
    minutes: '10',
    item: '振り返り',
    content: '本研修の趣旨説明と第１回研修の振り返り',
  },
  {
    start: '13:15',
    end: '13:45',
    minutes: '30',
    item: '講義',
    content: '市町村と在宅医療・介護連携支援センターの協働による在宅医療・介護連携の推進',
  },
  {
    start: '13:45',
    end: '14:00',
    minutes: '15',
    item: 'オリエンテーション',
    content: '日々の取り組みから地域課題を考える',
  },
  {
    start: '14:00',
    end: '14:40',
    minutes: '40',
    item: 'グループワーク',
    content: 'テーマ１）住民・患者・家族が困っていること・不利益が生じていることを出し合ってみよう',
  },
  {
    start: '14:40',
    end: '15:20',
    minutes: '40',
    item: 'グループワーク',
    content: 'テーマ２）地域課題のタネから、地域で解決したいこと（地域課題）を出し合ってみよう',
  },
  {
    start: '15:20',
    end: '16:00',
    minutes: '40',
    item: 'グループワーク',
    content:
      'テーマ３）現場で起こっていること・地域課題を市町村にうまく伝えるにはどうしたら良いか考えてみよう',
  },
  { start: '16:00', end: '16:30', minutes: '30', item: '全体共有', content: '※グループごとに発表' },
  {
    start: '16:30',
    end: '16:55',
    minutes: '25',
    item: '総括',
    content: '講師・アドバイザーからのコメント、講師総括',
  },
  { start: '16:55', end: '17:00', minutes: '5', item: '閉会・事務連絡' },
]

/** The body rows of the timetable editor. */
export function timetableRows(page: Page): Locator {
  return page.getByRole('table').locator('tbody').getByRole('row')
}

/** Checks every row of the timetable against the expected rows, as shown. */
export async function expectTimetable(page: Page, expected: readonly ShownRow[]): Promise<void> {
  const rows = timetableRows(page)
  await expect(rows).toHaveCount(expected.length)
  for (const [index, row] of expected.entries()) {
    const shown = rows.nth(index)
    const n = index + 1
    await expect(shown.getByRole('cell').nth(0), `${n}行目 開始`).toHaveText(row.start)
    await expect(shown.getByRole('cell').nth(1), `${n}行目 終了`).toHaveText(row.end)
    await expect(shown.getByLabel(`${n}行目 時間（分）`, { exact: true })).toHaveValue(row.minutes)
    await expect(shown.getByLabel(`${n}行目 項目`, { exact: true })).toHaveValue(row.item)
    if (row.content !== undefined) {
      await expect(shown.getByLabel(`${n}行目 内容`, { exact: true })).toHaveValue(row.content)
    }
  }
}

/** Goes to a section of the setup screen by its tab. */
export async function openSection(
  page: Page,
  name: '基本情報' | '研修の企画' | 'タイムテーブル' | 'グループ' | 'テーマカード',
): Promise<void> {
  await page.getByRole('navigation', { name: '研修会の準備' }).getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()
}

/** The setup card of a group (グループ section). */
export function groupCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name })
}

/** グループを追加, `count` times (the groups are named Ａグループ, Ｂグループ, …). */
export async function addGroups(page: Page, count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await page.getByRole('button', { name: 'グループを追加' }).click()
  }
}

/** A group's screens, as its setup card links them. */
export type GroupScreen = 'テーマ1の模造紙' | 'テーマ2' | 'テーマ3'

/** Opens one of a group's screens from its setup card; ends when the group's heading shows. */
export async function openGroupScreen(
  page: Page,
  group: string,
  screen: GroupScreen = 'テーマ1の模造紙',
): Promise<void> {
  await groupCard(page, group).getByRole('link', { name: screen, exact: true }).click()
  await expect(page.getByRole('heading', { name: group, level: 1 })).toBeVisible()
}

/** A new workshop from a template with `groups` groups; ends on the setup's グループ section. */
export async function newWorkshopWithGroups(
  page: Page,
  title: string,
  options: {
    template?: '終日開催（試行①）' | '半日開催（試行②）'
    groups?: number
    date?: string
  } = {},
): Promise<void> {
  await openHome(page)
  await createWorkshop(page, options.template ?? '終日開催（試行①）', {
    title,
    ...(options.date === undefined ? {} : { date: options.date }),
  })
  await openSection(page, 'グループ')
  await addGroups(page, options.groups ?? 1)
}
