import { readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectSaved, notices } from '../support/pages/app'
import { addNote, area, editNote, notesOf } from '../support/pages/board'
import { exportWorkshopFile } from '../support/pages/export'
import { createWorkshop, openHome, startImport } from '../support/pages/home'
import { addGroups, openGroupScreen, openSection } from '../support/pages/setup'
import { snap } from '../support/screenshots'
import { WORKSHOP_FILE_VERSION } from '../../src/shared/files/workshopFile'

/**
 * Two laptops without a network: the facilitator's and a table's. The workshop travels by file
 * (.taneboard), each side edits, and the files merge back: new notes arrive, a note edited on
 * both sides keeps both versions, importing the same file twice changes nothing, and the import
 * can be undone.
 */

async function newLaptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
}

async function openBoard(page: Page, groupName: string): Promise<void> {
  await openSection(page, 'グループ')
  await openGroupScreen(page, groupName)
}

test('a table exports its group, the facilitator imports it: new notes arrive, a note edited on both sides keeps both versions, a second import changes nothing, and it can be undone', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  // The facilitator prepares the workshop and hands it out.
  const facilitator = await newLaptop(browser)
  await openHome(facilitator)
  await createWorkshop(facilitator, '半日開催（試行②）', {
    title: '県コーディネーター研修',
    date: '2025-02-07',
  })
  await openSection(facilitator, 'グループ')
  await addGroups(facilitator, 2)
  await openBoard(facilitator, 'Ａグループ')
  await addNote(facilitator, 'tray', '夜間の相談先がわからない')
  await expectSaved(facilitator)
  const facilitatorBoard = facilitator.url()
  const handout = await exportWorkshopFile(facilitator)
  expect(JSON.parse(await readFile(handout, 'utf8'))).toMatchObject({
    format: 'taneboard-workshop',
    formatVersion: WORKSHOP_FILE_VERSION,
  })

  // The table's laptop has never seen this workshop.
  const table = await newLaptop(browser)
  await openHome(table)
  let dialog = await startImport(table, handout)
  await expect(dialog).toContainText(
    'このパソコンにはない研修会です。新しい研修会として追加します。',
  )
  await expect(dialog).toContainText('新しい研修会「県コーディネーター研修」')
  await expect(dialog).toContainText('新しい付箋 1枚')
  await dialog.getByRole('button', { name: '取り込む' }).click()
  await expect(dialog).toBeHidden()
  await expect(table.getByText('研修会『県コーディネーター研修』を取り込みました。')).toBeVisible()
  // A file of several groups lands on the workshop's グループ, where each group's board opens.
  await expect(table.getByRole('heading', { name: 'グループ', level: 2 })).toBeVisible()
  await expect(table.getByRole('article')).toHaveCount(2)
  await openGroupScreen(table, 'Ａグループ')
  await expect(notesOf(table, 'tray')).toHaveText(['夜間の相談先がわからない'])

  // Both sides edit the same note; each adds its own.
  await editNote(table, 'tray', '夜間の相談先がわからない', '夜間・休日の相談先がわからない')
  await addNote(table, 'tray', '退院後の服薬管理が難しい')
  await expectSaved(table)
  const tableBoard = table.url()
  await facilitator.goto(facilitatorBoard)
  // The facilitator edits the same note later and more often (three saves): more changes and a
  // later clock must not make the table's earlier edit look older (each laptop counts its own).
  let text = '夜間の相談先がわからない'
  for (const next of ['（', '（救', '（救急）']) {
    await editNote(facilitator, 'tray', text, `夜間の相談先がわからない${next}`)
    text = `夜間の相談先がわからない${next}`
    await expectSaved(facilitator)
  }

  // The table sends its group back.
  const returned = await exportWorkshopFile(table, 'Ａグループ')
  dialog = await startImport(facilitator, returned)
  await expect(dialog).toContainText('この研修会はこのパソコンにもあります。')
  await expect(dialog).toContainText('グループ：Ａグループ')
  await expect(dialog).toContainText('新しい付箋 1枚')
  await expect(dialog).toContainText('競合 1件')
  const conflict = dialog.locator('[data-conflict]')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('夜間の相談先がわからない（救急）')
  await expect(conflict).toContainText('夜間・休日の相談先がわからない')
  await expect(conflict.getByRole('radio', { name: '両方残す' })).toBeChecked()
  await snap(facilitator, 'import-preview-conflict')
  await dialog.getByRole('button', { name: '取り込む' }).click()
  await expect(dialog).toBeHidden()
  const done = notices(facilitator)
  await expect(done).toContainText('『県コーディネーター研修』に取り込みました')

  // A table's file (one group) lands on that group's board, on the theme it last worked on.
  await expect(facilitator.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await expect(facilitator).toHaveURL(/\/g\/[^/]+\/theme1$/)
  await expect(notesOf(facilitator, 'tray')).toHaveText([
    '夜間の相談先がわからない（救急）',
    '夜間・休日の相談先がわからない',
    '退院後の服薬管理が難しい',
  ])
  // The file's text is kept as it came, on a copy with the 「取り込み」 badge (not in the text).
  const trayNote = (text: string) =>
    area(facilitator, 'tray').locator('[data-note-id]').filter({ hasText: text })
  await expect(
    trayNote('夜間・休日の相談先がわからない').getByText('取り込み', { exact: true }),
  ).toBeVisible()
  await expect(
    trayNote('夜間の相談先がわからない（救急）').getByText('取り込み', { exact: true }),
  ).toHaveCount(0)
  await snap(facilitator, 'import-merged-board')

  // The same file again: nothing to do.
  dialog = await startImport(facilitator, returned)
  await expect(dialog).toContainText('取り込む変更はありません（すでに同じ内容です）。')
  await expect(dialog.getByRole('button', { name: '取り込む' })).toHaveCount(0)
  await dialog.getByRole('button', { name: '閉じる' }).click()

  // Undo of an import: a new import with a choice, then 元に戻す.
  await table.goto(tableBoard)
  await addNote(table, 'tray', '看取りの場所を選べない')
  await expectSaved(table)
  const third = await exportWorkshopFile(table, 'Ａグループ')
  dialog = await startImport(facilitator, third)
  await expect(dialog).toContainText('新しい付箋 1枚')
  await dialog.getByRole('button', { name: '取り込む' }).click()
  await notices(facilitator)
    .locator('.notice', { hasText: '取り込みました（新しい付箋 1枚）。' })
    .getByRole('button', { name: '元に戻す' })
    .click()
  await expect(facilitator.getByText(/取り込む前の状態に戻しました/)).toBeVisible()
  await expect(facilitator.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await expect(notesOf(facilitator, 'tray')).toHaveCount(3)
  await expect(area(facilitator, 'tray')).not.toContainText('看取りの場所を選べない')

  // The two texts become one: the copy's menu (by keyboard) → 元の付箋とまとめる….
  const copy = area(facilitator, 'tray')
    .locator('[data-note-id]')
    .filter({ hasText: '夜間・休日の相談先がわからない' })
  await copy.focus()
  await facilitator.keyboard.press('Shift+F10')
  const menu = facilitator.getByRole('dialog', { name: '付箋の設定' })
  await menu.getByRole('button', { name: '元の付箋とまとめる…' }).click()
  const merge = facilitator.getByRole('dialog', { name: '2枚の付箋を1枚にまとめる' })
  await expect(merge).toContainText('このパソコンの文夜間の相談先がわからない（救急）')
  await expect(merge).toContainText('取り込んだ文夜間・休日の相談先がわからない')
  const result = merge.getByRole('textbox', { name: 'まとめた文' })
  await expect(result).toBeFocused()
  await expect(result).toHaveValue(
    '夜間の相談先がわからない（救急）\n夜間・休日の相談先がわからない',
  )
  await merge.getByRole('button', { name: '取り込んだ文にする' }).click()
  await result.press('End')
  await result.pressSequentially('（救急）')
  await merge.getByRole('button', { name: 'まとめる', exact: true }).click()
  await expect(merge).toBeHidden()
  await expect(notesOf(facilitator, 'tray')).toHaveText([
    '夜間・休日の相談先がわからない（救急）',
    '退院後の服薬管理が難しい',
  ])
  await expect(area(facilitator, 'tray').getByText('取り込み', { exact: true })).toHaveCount(0)
  // One undo step brings both notes back, the copy with its badge.
  await notices(facilitator)
    .locator('.notice', { hasText: '2枚の付箋を1枚にまとめました。' })
    .getByRole('button', { name: '元に戻す' })
    .click()
  await expect(notesOf(facilitator, 'tray')).toHaveText([
    '夜間の相談先がわからない（救急）',
    '夜間・休日の相談先がわからない',
    '退院後の服薬管理が難しい',
  ])
  await expect(
    trayNote('夜間・休日の相談先がわからない').getByText('取り込み', { exact: true }),
  ).toBeVisible()

  await facilitator.context().close()
  await table.context().close()
})

test('a file that is not a workshop file, is damaged, too new or too large changes nothing and says why in Japanese', async ({
  page,
}) => {
  await openHome(page)
  await createWorkshop(page, '半日開催（試行②）', { title: '手元の研修会' })
  await page.goto('/#/')
  const cards = page.getByRole('article')
  await expect(cards).toHaveCount(1)

  const cases: { name: string; buffer: Buffer; message: RegExp }[] = [
    {
      name: 'photo.taneboard',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      message: /形式が正しくありません/,
    },
    {
      name: 'half.taneboard',
      buffer: Buffer.from('{"format":"taneboard-workshop","formatVersion":3,"appVersion":"0.1'),
      message: /途中で切れている/,
    },
    {
      name: 'other.json',
      buffer: Buffer.from('{"name":"not ours"}'),
      message: /タネボードのファイルではないようです/,
    },
    {
      name: 'future.taneboard',
      buffer: Buffer.from('{"format":"taneboard-workshop","formatVersion":99}'),
      message: /新しいバージョンのタネボードで作られています/,
    },
    {
      name: 'huge.taneboard',
      buffer: Buffer.alloc(21 * 1024 * 1024, 0x20),
      message: /ファイルが大きすぎます/,
    },
  ]
  for (const c of cases) {
    const dialog = await startImport(page, { ...c, mimeType: 'application/octet-stream' })
    await expect(dialog.getByRole('alert')).toHaveText(c.message)
    if (c.name === 'future.taneboard') await snap(page, 'import-too-new')
    await dialog.getByRole('button', { name: '閉じる' }).click()
    await expect(dialog).toBeHidden()
    await expect(cards).toHaveCount(1)
  }
})
