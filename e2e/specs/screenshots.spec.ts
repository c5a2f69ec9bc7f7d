import { expect, test } from '@playwright/test'
import { notices } from '../support/pages/app'
import { createWorkshop, openHome, openSampleWorkshop } from '../support/pages/home'
import { openSection } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * Full-page screenshots of every screen and section into e2e/screenshots/ (gitignored), at the
 * laptop size of the venues (1366×768) and at the projector size (1920×1080), for a human to
 * look at. The assertions only make sure each picture shows what it is named after.
 */
const SIZES = [
  { label: '1366', width: 1366, height: 768 },
  { label: '1920', width: 1920, height: 1080 },
] as const

for (const size of SIZES) {
  test(`screenshots at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    await openHome(page)
    await expect(page.getByRole('heading', { name: 'まだ研修会がありません' })).toBeVisible()
    await snap(page, `${size.label}-home-empty`)

    await page.getByRole('button', { name: '新しい研修会をつくる' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await snap(page, `${size.label}-new-workshop-dialog`)
    await page.getByRole('button', { name: 'キャンセル' }).click()

    await createWorkshop(page, '半日開催（試行②）', {
      date: '2025-02-07',
      venue: '群馬県庁 昭和庁舎',
    })
    await page.getByRole('link', { name: '研修会の一覧' }).click()
    await openSampleWorkshop(page)
    await snap(page, `${size.label}-setup-basics`)
    await openSection(page, 'タイムテーブル')
    await snap(page, `${size.label}-setup-timetable`)
    await openSection(page, 'グループ')
    await snap(page, `${size.label}-setup-groups`)
    await openSection(page, 'テーマカード')
    await snap(page, `${size.label}-setup-cards`)

    await page.getByRole('link', { name: '研修会の一覧' }).click()
    await expect(page.getByRole('article')).toHaveCount(2)
    await snap(page, `${size.label}-home-list`)

    await page
      .getByRole('article', { name: 'サンプル研修会' })
      .getByRole('button', { name: '削除' })
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await snap(page, `${size.label}-home-confirm-delete`)
    await page.getByRole('dialog').getByRole('button', { name: '削除' }).click()
    await expect(notices(page).getByText(/を削除しました/)).toBeVisible()
    await snap(page, `${size.label}-home-notice`)

    await page.getByRole('button', { name: 'English' }).click()
    await snap(page, `${size.label}-en-home-list`)
    await page.getByRole('article').first().getByRole('button', { name: 'Open' }).click()
    await page.getByRole('link', { name: 'Groups' }).click()
    await page.getByRole('button', { name: 'Add group' }).click()
    await page.getByRole('button', { name: 'Add member' }).click()
    await snap(page, `${size.label}-en-setup-groups`)
    await page.getByRole('link', { name: 'Timetable' }).click()
    await snap(page, `${size.label}-en-setup-timetable`)
    await page.getByRole('link', { name: 'Theme cards' }).click()
    await snap(page, `${size.label}-en-setup-cards`)
  })
}
