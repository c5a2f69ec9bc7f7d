import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectSaved, notices, workshopIdOf } from '../support/pages/app'
import { addNote, notesOf } from '../support/pages/board'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * バックアップ: automatic backups after edits and at timetable transitions, the list with time,
 * reason, content and size, where they live, restoring one (and undoing the restore), and a
 * backup write that fails (a full disk, injected) without losing the earlier backups.
 */

const DATE = '2025-02-07'
const at = (hhmmss: string) => new Date(`${DATE}T${hhmmss}+09:00`)

const rows = (page: Page): Locator => page.locator('.backups-table tbody tr')

/** The OPFS backup files fail to open for writing while localStorage holds the flag (disk full). */
async function injectBackupFailure(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const proto = (globalThis as { FileSystemFileHandle?: { prototype: object } })
      .FileSystemFileHandle?.prototype as
      { createWritable: (...args: unknown[]) => Promise<unknown>; name: string } | undefined
    if (!proto) return
    const original = proto.createWritable
    proto.createWritable = function (this: { name: string }, ...args: unknown[]) {
      if (localStorage.getItem('e2e.diskFull') === '1' && this.name.endsWith('.taneboard')) {
        return Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
      }
      return original.apply(this, args)
    }
  })
}

async function newBoardWithNotes(page: Page, notes: readonly string[]): Promise<string> {
  await newWorkshopWithGroups(page, 'バックアップの研修会', {
    template: '半日開催（試行②）',
    date: DATE,
  })
  const workshopId = workshopIdOf(page)
  await openGroupScreen(page, 'Ａグループ')
  for (const text of notes) await addNote(page, 'tray', text)
  await expectSaved(page)
  return workshopId
}

/** この時点に戻す on a backup row, then 戻す in the confirmation. */
async function restoreRow(page: Page, row: Locator): Promise<void> {
  await row.getByRole('button', { name: /この時点に戻す/ }).click()
  await page
    .getByRole('dialog', { name: 'この時点に戻しますか？' })
    .getByRole('button', { name: '戻す' })
    .click()
}

async function openBackups(page: Page, workshopId: string): Promise<void> {
  await page.goto(`/#/w/${workshopId}`)
  await page.getByRole('link', { name: 'バックアップ', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'バックアップの研修会', level: 1 })).toBeVisible()
}

test('back up now, restore an earlier point, undo the restore; the list says when, why, what and how big, and where it lives', async ({
  page,
}) => {
  const workshopId = await newBoardWithNotes(page, ['通院の足がない', '退院後の生活が不安'])
  const board = page.url()
  await openBackups(page, workshopId)
  await expect(page.locator('.backups-location__path')).toContainText('このブラウザの保存領域')
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  await expect(notices(page)).toContainText('バックアップを保存しました。')
  await expect(rows(page)).toHaveCount(1)
  const manual = rows(page).first()
  await expect(manual).toContainText('手動')
  await expect(manual).toContainText('1グループ・付箋2枚')
  await expect(manual).toContainText(/\d+(\.\d)? KB/)
  await expect(manual).toContainText(/2\d{3}年\d+月\d+日（.） \d\d:\d\d:\d\d/)

  // Later work that the restore will take back.
  await page.goto(board)
  await addNote(page, 'tray', 'バックアップの後の付箋')
  await expectSaved(page)

  await openBackups(page, workshopId)
  await rows(page)
    .filter({ hasText: '手動' })
    .getByRole('button', { name: /この時点に戻す/ })
    .click()
  const confirm = page.getByRole('dialog', { name: 'この時点に戻しますか？' })
  await expect(confirm).toContainText('「復元の直前」のバックアップとして残り')
  // What the backup holds, per group and theme, beside what the workshop holds now.
  const summary = confirm.getByRole('region', { name: 'このバックアップの内容' })
  await expect(summary.getByRole('columnheader', { name: 'テーマ1 付箋' })).toBeVisible()
  await expect(summary.getByRole('columnheader', { name: 'テーマ2 対策' })).toBeVisible()
  await expect(
    summary.getByRole('columnheader', { name: 'テーマ3 伝達シート（編集）' }),
  ).toBeVisible()
  const groupLine = summary.getByRole('row', { name: /Ａグループ/ })
  await expect(groupLine.getByRole('cell').first()).toHaveText('2（今 3）')
  await snap(page, 'backups-confirm')
  await confirm.getByRole('button', { name: '戻す' }).click()
  await expect(notices(page)).toContainText('の時点に戻しました。')
  await expect(rows(page).filter({ hasText: '復元の直前' })).toHaveCount(1)
  await expect(rows(page).filter({ hasText: '復元の直前' })).toContainText('付箋3枚')
  await snap(page, 'backups-list')

  // Undo the restore from its notice: the later note is back.
  await notices(page).getByRole('button', { name: '元に戻す' }).click()
  await expect(notices(page)).toContainText('戻す前の状態に戻しました。')
  await page.goto(board)
  await expect(notesOf(page, 'tray')).toHaveText([
    '通院の足がない',
    '退院後の生活が不安',
    'バックアップの後の付箋',
  ])

  // Restore it again for good: the board shows the earlier point.
  await openBackups(page, workshopId)
  await restoreRow(page, rows(page).filter({ hasText: '手動' }))
  await expect(notices(page)).toContainText('の時点に戻しました。')
  await page.goto(board)
  await expect(notesOf(page, 'tray')).toHaveText(['通院の足がない', '退院後の生活が不安'])
})

test('automatic backups: after a quiet moment following edits, and when the timetable moves on to テーマ2', async ({
  page,
}) => {
  await page.clock.install({ time: at('14:38:30') })
  const workshopId = await newBoardWithNotes(page, ['テーマ1の付箋'])
  const board = page.url()
  // 20 s after the last edit: a backup.
  await page.clock.runFor(25_000)
  await addNote(page, 'tray', 'テーマ1の最後の付箋')
  await expectSaved(page)
  // 14:40: テーマ1 ends and テーマ2 starts (a transition), before the next quiet backup is due.
  await page.clock.runFor(
    at('14:40:06').getTime() - Date.parse(await page.evaluate(() => new Date().toISOString())),
  )
  await openBackups(page, workshopId)
  await expect(rows(page)).toHaveCount(2)
  await expect(rows(page).nth(0)).toContainText('タイムテーブルの切り替わり')
  await expect(rows(page).nth(0)).toContainText('テーマ2 開始前')
  await expect(rows(page).nth(0)).toContainText('付箋2枚')
  await expect(rows(page).nth(1)).toContainText('変更の自動保存')
  await expect(rows(page).nth(1)).toContainText('付箋1枚')
  expect(board).toContain('/theme1')
})

test('a full disk while writing a backup: a visible error, and the earlier backup still lists and restores after a restart', async ({
  page,
}) => {
  await injectBackupFailure(page)
  const workshopId = await newBoardWithNotes(page, ['最初の付箋'])
  const board = page.url()
  await openBackups(page, workshopId)
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  await expect(rows(page)).toHaveCount(1)

  await page.goto(board)
  await addNote(page, 'tray', 'ディスクがいっぱいの間の付箋')
  await expectSaved(page)
  await page.evaluate(() => {
    localStorage.setItem('e2e.diskFull', '1')
  })
  await openBackups(page, workshopId)
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  const error = notices(page).locator('.notice--error')
  await expect(error).toContainText('バックアップを保存できませんでした。')
  await expect(error).toContainText('空きが足りません')
  await expect(error).toContainText('これまでのバックアップと入力内容はそのまま残っています。')
  await snap(page, 'backups-disk-full')
  await expect(rows(page)).toHaveCount(1)

  // The app restarts (the disk still full): the earlier backup lists, reads and restores.
  await page.reload()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('付箋1枚')
  // While the disk is full a restore refuses to start (it could not keep the current state).
  await restoreRow(page, rows(page).first())
  await expect(notices(page)).toContainText('復元を中止しました')
  await page.evaluate(() => {
    localStorage.removeItem('e2e.diskFull')
  })
  await restoreRow(page, rows(page).first())
  await expect(notices(page)).toContainText('の時点に戻しました。')
  await page.goto(board)
  await expect(notesOf(page, 'tray')).toHaveText(['最初の付箋'])
})
