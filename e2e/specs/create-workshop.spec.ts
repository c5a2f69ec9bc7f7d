import { expect, test } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { createWorkshop, openHome } from '../support/pages/home'
import { expectTimetable, FULL_DAY_ROWS, HALF_DAY_ROWS, openSection } from '../support/pages/setup'

test.describe('新しい研修会をつくる', () => {
  test('終日開催（試行①）: the report’s timetable, times and cards', async ({ page }) => {
    await openHome(page)
    await expect(page.getByRole('heading', { name: 'まだ研修会がありません' })).toBeVisible()

    await page.getByRole('button', { name: '新しい研修会をつくる' }).click()
    const dialog = page.getByRole('dialog', { name: '新しい研修会をつくる' })
    await expect(dialog.getByRole('radio', { name: /終日開催（試行①）/ })).toBeChecked()
    await expect(dialog.getByLabel('研修会名')).toHaveValue('在宅医療・介護連携推進事業研修会')
    await expect(dialog.getByText('タイムテーブル（終日開催（試行①））')).toBeVisible()
    await expect(dialog.getByRole('cell', { name: 'オリエンテーション' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: '新しい研修会をつくる' })).toBeFocused()

    await createWorkshop(page, '終日開催（試行①）', {
      date: '2024-11-19',
      venue: 'さいたま新都心合同庁舎１号館',
    })
    await expect(
      page.getByRole('heading', { name: '在宅医療・介護連携推進事業研修会', level: 1 }),
    ).toBeVisible()
    await expect(page.getByText('2024年11月19日（火）')).toBeVisible()
    await expectTimetable(page, FULL_DAY_ROWS)
    await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:30')
    await expect(page.getByText('合計 6時間30分')).toBeVisible()
    await expect(page.getByLabel('9行目 テーマ')).toHaveValue('theme1')

    await openSection(page, '基本情報')
    for (const scene of ['日常療養', '入退院支援', '急変時の対応', '看取り']) {
      await expect(page.getByRole('checkbox', { name: scene })).toBeChecked()
    }
    await expect(page.getByText('終日開催（試行①）')).toBeVisible()

    await openSection(page, 'テーマカード')
    await expect(page.getByRole('article', { name: /出し合ってみよう/ }).first()).toBeVisible()
    await expect(page.getByText('この研修会では 13:15–13:55（40分）')).toBeVisible()
    await expect(page.getByText('この研修会では 13:00–13:15（15分）')).toBeVisible()
    await expect(page.getByText('～住民の困りごとをベースとした地域課題のタネ～')).toBeVisible()
  })

  test('半日開催（試行②）: 12:30～17:00 and テーマ1 narrowed to 入退院支援・看取り', async ({
    page,
  }) => {
    await openHome(page)
    await page.getByRole('button', { name: '新しい研修会をつくる' }).click()
    const dialog = page.getByRole('dialog', { name: '新しい研修会をつくる' })
    await dialog.getByRole('radio', { name: /半日開催（試行②）/ }).check()
    await expect(dialog.getByLabel('研修会名')).toHaveValue(
      '市町村等在宅医療・介護連携推進事業研修会～ステップアップ編～',
    )
    await expect(dialog.getByText('12:30～17:00', { exact: true })).toBeVisible()
    // The Enter that accepts an IME conversion must not submit the form.
    const title = dialog.getByLabel('研修会名')
    await title.fill('')
    await title.focus()
    await typeWithIme(page, ['ぐ', 'ぐん', 'ぐんま'], '群馬', { pressEnterToConvert: true })
    await expect(dialog).toBeVisible()
    await expect(title).toHaveValue('群馬')
    await dialog.getByRole('button', { name: 'キャンセル' }).click()
    await expect(dialog).toBeHidden()

    await createWorkshop(page, '半日開催（試行②）', { date: '2025-02-07', venue: '群馬県庁' })
    await expectTimetable(page, HALF_DAY_ROWS)
    await expect(page.getByRole('status', { name: '終了' })).toHaveText('17:00')

    await openSection(page, '基本情報')
    await expect(page.getByText('2025年2月7日（金）').first()).toBeVisible()
    await expect(page.getByRole('checkbox', { name: '入退院支援' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: '看取り' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: '日常療養' })).not.toBeChecked()
    await expect(page.getByRole('checkbox', { name: '急変時の対応' })).not.toBeChecked()

    await openSection(page, 'テーマカード')
    await expect(page.getByText(/「入退院支援」「看取り」に係る「困りごと」/)).toBeVisible()
    await expect(page.getByText('この研修会では 16:00–16:55（55分）')).toBeVisible()
  })
})
