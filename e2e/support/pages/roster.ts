import { expect, type Locator, type Page } from '@playwright/test'
import { notices } from './app'
import { createWorkshop, openHome } from './home'

/** The 名簿 (参加者（名簿）) and its グループ分け (issue 20). */

/** The registration files: testing/roster/files (written from shared/roster/testing). */
export const ROSTER_FILES = 'testing/roster/files'

/** A new 終日開催 workshop, on its 参加者（名簿） tab. */
export async function openRoster(page: Page): Promise<void> {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）')
  await page
    .getByRole('navigation', { name: '研修会の準備' })
    .getByRole('link', { name: '参加者（名簿）' })
    .click()
  await expect(page.getByRole('heading', { name: '参加者（名簿）', level: 2 })).toBeVisible()
}

/** 「名簿を読み込む」: the import dialog. */
export async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '名簿を読み込む' }).click()
  const dialog = page.getByRole('dialog', { name: '名簿を読み込む' })
  await expect(dialog).toBeVisible()
  return dialog
}

/** Reads the 78 registrations of 試行① (UTF-8 CSV) with the preview's mapping as it comes. */
export async function import78(page: Page): Promise<void> {
  const dialog = await openImport(page)
  await dialog.getByLabel('ファイルを選ぶ').setInputFiles(`${ROSTER_FILES}/roster-78.csv`)
  await expect(dialog.getByText('78名を読み込みます。')).toBeVisible()
  await dialog.getByRole('button', { name: '読み込む' }).click()
  await expect(notices(page).getByText('78名を名簿に追加しました。')).toBeVisible()
}

/** A group's (or the pool's) column in グループ分け. */
export function seatingColumn(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true })
}

/** The people in a column: each is a button named 「名前（立場）席」. */
export function seatedPeople(place: Locator): Locator {
  return place.getByRole('button', { name: /（/ })
}

/** 「グループ分け」 → 「グループ案をつくる」 (mixed): 78 people at 13 tables. */
export async function makeGroups78(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'グループ分け' }).click()
  await expect(page.getByRole('heading', { name: 'グループ分け', level: 2 })).toBeVisible()
  await page.getByRole('button', { name: 'グループ案をつくる' }).click()
  await expect(
    notices(page).getByText('グループ案のとおり 78名を 13グループに分けました。'),
  ).toBeVisible()
}
