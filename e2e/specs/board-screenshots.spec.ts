import { expect, test, type Page } from '@playwright/test'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { newWorkshopWithGroups, openGroupScreen, openSection } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * Screenshots of the テーマ1 board of the サンプル研修会's Ａグループ (filled with the report's
 * troubles) at the laptop size of the venues and at the projector size, for a human to look at.
 */
const SIZES = [
  { label: '1366', width: 1366, height: 768 },
  { label: '1920', width: 1920, height: 1080 },
] as const

async function openSampleBoard(page: Page, group: string): Promise<void> {
  await openHome(page)
  await openSampleWorkshop(page)
  await openSection(page, 'グループ')
  await openGroupScreen(page, group)
}

for (const size of SIZES) {
  test(`board screenshots at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    await openSampleBoard(page, 'Ａグループ')
    const board = page.getByTestId('theme1-board')
    await expect(board.locator('[data-note-id]')).toHaveCount(20)
    await snap(page, `${size.label}-board-sample-a`)

    await page.getByRole('button', { name: 'テーマカード' }).click()
    await expect(page.getByRole('complementary')).toBeVisible()
    await snap(page, `${size.label}-board-card`)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('complementary')).toHaveCount(0)

    await page.getByRole('combobox', { name: 'グループ' }).selectOption({ label: 'Ｃグループ' })
    await expect(page.getByRole('heading', { name: 'Ｃグループ', level: 1 })).toBeVisible()
    await snap(page, `${size.label}-board-sample-c`)
  })
}

test('a workshop narrowed to 入退院支援 and 看取り (試行②) shows two scenes side by side', async ({
  page,
}) => {
  await newWorkshopWithGroups(page, '群馬県 研修会', { template: '半日開催（試行②）' })
  await openGroupScreen(page, 'Ａグループ')
  await expect(page.locator('[data-area]')).toHaveCount(3)
  await expect(page.getByRole('heading', { name: '入退院支援', level: 2 })).toBeVisible()
  await expect(page.getByRole('heading', { name: '看取り', level: 2 })).toBeVisible()

  const field = page.locator('[data-area="admission"] [data-capture]')
  await field.click()
  await page.locator('[data-area="admission"]').getByRole('button', { name: '見出し' }).click()
  await field.fill('入院時の情報共有')
  await field.press('Enter')
  await page.locator('[data-area="admission"]').getByRole('button', { name: '手元用' }).click()
  await page.locator('[data-area="admission"]').getByRole('button', { name: '家族' }).click()
  for (const text of ['入院した事を知らなかった', '退院時の情報をもっと早く欲しい']) {
    await field.fill(text)
    await field.press('Enter')
  }
  await page.locator('[data-note-id]').filter({ hasText: '入院した事を知らなかった' }).focus()
  await page.keyboard.press('Shift+F10')
  await expect(page.getByRole('dialog', { name: '付箋の設定' })).toBeVisible()
  await snap(page, '1366-board-half-day-menu')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await snap(page, '1366-board-half-day-picked')
  await page.keyboard.press('Space')
  await expect(page.locator('[data-area="endOfLife"] .note__text')).toHaveText([
    '入院した事を知らなかった',
  ])
})
