import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { area, captureOf } from '../support/pages/board'
import { notices, workshopIdOf } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { openNewBoard } from '../support/pages/board'
import { typeWithIme } from '../support/ime'

/**
 * The personal-information guard (issue 21 p6): the reminder under テーマ1's tray, and the review
 * before an export: it stops the export until every match is fixed in place or included as is;
 * the サンプル研修会 exports with no review at all. Pictures for docs/issue21/ only with
 * ISSUE21_SHOTS=1.
 */

const shots = process.env.ISSUE21_SHOTS === '1'
const NAMED = '山田太郎さん（82歳）が退院後に一人暮らしに戻る'
const PHONE = '長男の連絡先 090-1234-5678 に確認'

/** Counts the downloads the page starts. */
function countDownloads(page: Page): { count: () => number } {
  let count = 0
  page.on('download', () => {
    count += 1
  })
  return { count: () => count }
}

test('the guard stops an export of 「山田太郎さん（82歳）が…」 until each match is fixed or included', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openNewBoard(page, '確認の研修会')
  await expect(
    page.getByText('個人が特定できる情報（氏名・年齢・連絡先など）は書かないでください'),
  ).toBeVisible()
  // The note typed through the IME, as a moderator does.
  await captureOf(page, 'tray').click()
  await typeWithIme(page, ['やまだ', 'やまだたろうさん'], NAMED)
  await captureOf(page, 'tray').press('Enter')
  await captureOf(page, 'tray').fill(PHONE)
  await captureOf(page, 'tray').press('Enter')
  await expect(area(page, 'tray').getByText(PHONE, { exact: true })).toBeVisible()
  if (shots) await page.screenshot({ path: 'docs/issue21/reminder-board.png' })

  await page.goto(`/#/w/${workshopIdOf(page)}/export`)
  const downloads = countDownloads(page)
  const csv = page.getByRole('button', { name: '付箋の一覧（CSV）' })
  await csv.click()
  const review = page.getByRole('dialog', { name: '個人が特定できる情報がないか確認してください' })
  await expect(review).toBeVisible()
  const named = review.getByRole('listitem').filter({ hasText: '一人暮らし' })
  await expect(named.locator('mark')).toHaveText(['山田太郎さん', '82歳'])
  await expect(named).toContainText('Ａグループ ・ テーマ1 ・ 付箋')
  await expect(named).toContainText('氏名・年齢')
  const go = review.getByRole('button', { name: '書き出す' })
  await expect(go).toBeDisabled()
  await expect(review.getByRole('status').last()).toHaveText('未確認：残り 2 件')
  if (shots) await page.screenshot({ path: 'docs/issue21/review-dialog.png' })

  // やめる: nothing is exported.
  await review.getByRole('button', { name: 'やめる' }).click()
  await expect(review).toBeHidden()
  expect(downloads.count()).toBe(0)

  // Again: fix the first in place (one undoable edit), include the second as is.
  await csv.click()
  await expect(review).toBeVisible()
  await named.getByRole('button', { name: '直す' }).click()
  const field = named.getByRole('textbox', { name: '直した文' })
  await expect(field).toBeFocused()
  await field.fill('Ａさん（80代）が退院後に一人暮らしに戻る')
  await field.press('Enter')
  await expect(named).toContainText('✓ 直しました')
  await expect(notices(page)).toContainText('記入を直しました。')
  const phone = review.getByRole('listitem').filter({ hasText: '長男' })
  await expect(phone.locator('mark')).toHaveText(['090-1234-5678'])
  await expect(go).toBeDisabled()
  await phone.getByRole('button', { name: 'このまま含める' }).click()
  await expect(phone).toContainText('✓ このまま含めます')
  await expect(review.getByRole('status').last()).toHaveText('すべて確認しました。')
  const download = page.waitForEvent('download')
  await go.click()
  const file = await download
  const path = `${test.info().outputDir}/${file.suggestedFilename()}`
  await file.saveAs(path)
  const text = readFileSync(path, 'utf8')
  expect(text).toContain('Ａさん（80代）が退院後に一人暮らしに戻る')
  expect(text).not.toContain('山田太郎')
  expect(text).toContain(PHONE)
  await expect(review).toBeHidden()

  // What was included as is is remembered: the next export goes on without the review.
  const again = page.waitForEvent('download')
  await page.getByRole('button', { name: '研修会ファイル（.taneboard）' }).click()
  await again
  await expect(review).toBeHidden()
})

test('the サンプル研修会 exports with no review', async ({ page }) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await page.goto(`/#/w/${workshopIdOf(page)}/export`)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '付箋の一覧（CSV）' }).click()
  await download
  await expect(page.getByRole('dialog')).toBeHidden()
})
