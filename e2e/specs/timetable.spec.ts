import { expect, test } from '@playwright/test'
import { typeWithIme } from '../support/ime'
import { expectSaved, notices } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { expectTimetable, FULL_DAY_ROWS, timetableRows } from '../support/pages/setup'

test.beforeEach(async ({ page }) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）')
})

test('changing a duration shifts every later row; undo and redo', async ({ page }) => {
  const duration = page.getByLabel('2行目 時間（分）', { exact: true })
  await duration.fill('20')
  // Live, before the entry is committed.
  await expect(timetableRows(page).nth(2).getByRole('cell').nth(0)).toHaveText('10:50')
  await duration.press('Enter')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:40')
  await expect(timetableRows(page).nth(13).getByRole('cell').nth(0)).toHaveText('16:30')
  await expect(timetableRows(page).nth(8).getByRole('cell').nth(0)).toHaveText('13:25')

  await page.getByRole('button', { name: '元に戻す' }).click()
  await expectTimetable(page, FULL_DAY_ROWS)
  await expect(page.getByLabel('2行目 時間（分）', { exact: true })).toHaveValue('10')

  // Ctrl+Shift+Z redoes when the focus is not in a text field.
  await page.getByRole('heading', { name: 'タイムテーブル', level: 2 }).click()
  await page.keyboard.press('Control+Shift+Z')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:40')
  await page.keyboard.press('Control+Z')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:30')
  await page.keyboard.press('Control+Y')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:40')
})

test('the day start moves the whole day', async ({ page }) => {
  const start = page.getByRole('textbox', { name: '開始' })
  await start.fill('9:30')
  await start.press('Tab')
  await expect(start).toHaveValue('09:30')
  await expect(timetableRows(page).first().getByRole('cell').nth(0)).toHaveText('09:30')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:00')
})

test('add a row with Japanese typed through the IME, move it, remove it and bring it back', async ({
  page,
}) => {
  await page.getByRole('button', { name: '7行目 下に追加' }).click()
  const item = page.getByLabel('8行目 項目', { exact: true })
  await expect(item).toBeFocused()
  await expect(timetableRows(page)).toHaveCount(15)

  // The Enter that accepts the conversion must not commit (the row stays as typed).
  await typeWithIme(page, ['あ', 'あい', 'あいす'], 'アイスブレイク', { pressEnterToConvert: true })
  await expect(item).toHaveValue('アイスブレイク')
  await expect(item).toBeFocused()
  await item.press('Enter')
  await page.getByLabel('8行目 時間（分）', { exact: true }).fill('15')
  await page.getByLabel('8行目 時間（分）', { exact: true }).press('Enter')
  // 休憩 ends at 13:00; the new row takes 15 minutes, so the orientation starts at 13:15.
  await expect(timetableRows(page).nth(8).getByRole('cell').nth(0)).toHaveText('13:15')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:45')

  // Move up with the button, then with Alt+↑ from the focused row.
  await page.getByRole('button', { name: '8行目 上へ' }).click()
  await expect(page.getByLabel('7行目 項目', { exact: true })).toHaveValue('アイスブレイク')
  await expect(page.getByLabel('8行目 項目', { exact: true })).toHaveValue('休憩')
  await page.getByLabel('7行目 項目', { exact: true }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(page.getByLabel('6行目 項目', { exact: true })).toHaveValue('アイスブレイク')
  await expect(page.getByLabel('6行目 項目', { exact: true })).toBeFocused()
  await expect(timetableRows(page).nth(5).getByRole('cell').nth(0)).toHaveText('11:45')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByLabel('7行目 項目', { exact: true })).toHaveValue('アイスブレイク')

  // Remove: the notice's 元に戻す puts it back where it was.
  await page.getByRole('button', { name: '7行目 削除' }).click()
  await expect(timetableRows(page)).toHaveCount(14)
  const notice = page.getByText('タイムテーブルの「アイスブレイク」の行を削除しました。')
  await expect(notice).toBeVisible()
  await notices(page).getByRole('button', { name: '元に戻す' }).click()
  await expect(timetableRows(page)).toHaveCount(15)
  await expect(page.getByLabel('7行目 項目', { exact: true })).toHaveValue('アイスブレイク')

  // And it is all still there after a reload.
  await expectSaved(page)
  await page.reload()
  await expect(page.getByLabel('7行目 項目', { exact: true })).toHaveValue('アイスブレイク')
  await expect(page.getByLabel('7行目 時間（分）', { exact: true })).toHaveValue('15')
  await expect(page.getByRole('status', { name: '終了' })).toHaveText('16:45')
})

test('a theme link can be changed and undone with Ctrl+Z outside text fields', async ({ page }) => {
  const theme = page.getByLabel('8行目 テーマ', { exact: true })
  await theme.selectOption({ label: 'テーマ1' })
  await expect(theme).toHaveValue('theme1')
  await theme.focus()
  await page.keyboard.press('Control+Z')
  await expect(theme).toHaveValue('')
})
