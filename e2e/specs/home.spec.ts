import { expect, test } from '@playwright/test'
import { notices } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { groupCard } from '../support/pages/setup'

test('open the sample, then duplicate it and delete the copy with undo', async ({ page }) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await expect(page.getByRole('banner').getByText(/2024年11月19日（火）/)).toBeVisible()
  await page.getByRole('link', { name: 'グループ' }).click()
  await expect(groupCard(page, 'Ａグループ')).toBeVisible()
  await expect(page.getByText(/3グループ・\d+名/)).toBeVisible()

  await page.getByRole('link', { name: '研修会の一覧' }).click()
  const sample = page.getByRole('article', { name: 'サンプル研修会' })
  await expect(sample).toBeVisible()
  await expect(sample.getByText('サンプル', { exact: true })).toBeVisible()
  await expect(sample.getByText('2024年11月19日（火）')).toBeVisible()
  await expect(sample.getByText('終日開催（試行①）')).toBeVisible()
  await expect(sample.getByText('3グループ')).toBeVisible()

  // Opening the sample again opens the same one, not a second copy.
  await openSampleWorkshop(page)
  await page.getByRole('link', { name: '研修会の一覧' }).click()
  await expect(page.getByRole('article')).toHaveCount(1)

  await sample.getByRole('button', { name: '複製' }).click()
  const copy = page.getByRole('article', { name: 'サンプル研修会（コピー）' })
  await expect(copy).toBeVisible()
  await expect(copy.getByRole('button', { name: '開く' })).toBeFocused()
  await expect(page.getByText('2件')).toBeVisible()

  // Delete asks first; キャンセル keeps it.
  await copy.getByRole('button', { name: '削除' }).click()
  const confirm = page.getByRole('dialog', { name: '『サンプル研修会（コピー）』を削除しますか？' })
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'キャンセル' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(copy).toBeVisible()

  await copy.getByRole('button', { name: '削除' }).click()
  await confirm.getByRole('button', { name: '削除' }).click()
  await expect(copy).toHaveCount(0)
  const noticeArea = notices(page)
  await expect(noticeArea.getByText('『サンプル研修会（コピー）』を削除しました')).toBeVisible()
  await noticeArea.getByRole('button', { name: '元に戻す' }).click()
  await expect(copy).toBeVisible()

  await page.reload()
  await expect(page.getByRole('article')).toHaveCount(2)
  await copy.getByRole('button', { name: '開く' }).click()
  await expect(
    page.getByRole('heading', { name: 'サンプル研修会（コピー）', level: 1 }),
  ).toBeVisible()
})

test('an unknown workshop address says so and leads back', async ({ page }) => {
  await page.goto('/#/w/does-not-exist')
  await expect(page.getByText('この研修会は見つかりませんでした。', { exact: false })).toBeVisible()
  await page.getByRole('link', { name: '研修会の一覧' }).click()
  await expect(page.getByRole('heading', { name: 'タネボード', level: 1 })).toBeVisible()
})
