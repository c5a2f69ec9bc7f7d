import { expect, test } from '@playwright/test'
import { createWorkshop, openHome, openSampleWorkshop } from '../support/pages/home'
import { openGroupScreen, openSection } from '../support/pages/setup'

// Text typed without pressing Enter must survive a reload: the field is never the only copy.

test('a setup field typed without Enter survives an immediate reload', async ({ page }) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）', { title: '下書きの確認' })
  await openSection(page, '基本情報')
  const venue = page.getByLabel('会場')
  await venue.click()
  await venue.pressSequentially('県民会館 大ホール')
  await page.reload()
  await openSection(page, '基本情報')
  await expect(page.getByLabel('会場')).toHaveValue('県民会館 大ホール')
})

test('a setup field is saved after a pause in typing, while it keeps the focus', async ({
  page,
}) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）', { title: '間をおく' })
  await openSection(page, '基本情報')
  const venue = page.getByLabel('会場')
  await venue.click()
  await venue.pressSequentially('市役所 第二会議室')
  await expect(venue).toBeFocused()
  const undo = page.getByRole('button', { name: /元に戻す/ }).first()
  await expect(undo).toBeDisabled()
  // The pause commits the text (IDLE_COMMIT_MS = 1.5 s) as one undoable edit; focus stays.
  await expect(undo).toBeEnabled({ timeout: 5000 })
  await expect(venue).toBeFocused()
  await expect(page.getByText('保存済み', { exact: true })).toBeVisible()
  await page.reload()
  await openSection(page, '基本情報')
  await expect(page.getByLabel('会場')).toHaveValue('市役所 第二会議室')
})

test('a note edited in place without Enter survives an immediate reload', async ({ page }) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await openSection(page, 'グループ')
  await openGroupScreen(page, 'Ａグループ')
  const board = page.getByTestId('theme1-board')
  const note = board.locator('[data-note-id]').filter({ hasText: '往診できる皮膚科' }).first()
  await note.dblclick()
  const editor = page.getByRole('textbox', { name: /^付箋の文章/ })
  await editor.press('End')
  await editor.pressSequentially('（追記）')
  await page.reload()
  await expect(
    page
      .getByTestId('theme1-board')
      .locator('[data-note-id]')
      .filter({ hasText: '（追記）' })
      .first(),
  ).toBeVisible()
})
