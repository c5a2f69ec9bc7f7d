import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { parseWorkshopFile } from '../../src/shared/files/workshopFile'
import { docRecords } from '../../src/shared/model/workshopDoc'
import { workshopGroups } from '../../src/shared/ops/groupOps'
import { expectSaved, notices } from '../support/pages/app'
import { addNote } from '../support/pages/board'
import { exportWorkshopFile } from '../support/pages/export'
import { groupCard, newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'

/**
 * Issue 17, point 10: a group's file in one click from its card, where its boards are opened (it
 * took 書き出し → グループを選ぶ → unticking every other group), the same file as 書き出し's
 * 研修会ファイル of that group.
 */

const TITLE = '県コーディネーター研修'

test('「このグループのファイルを書き出す」 on the group’s card saves that group’s file, the same as 書き出し’s', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await newWorkshopWithGroups(page, TITLE, { groups: 3 })
  await openGroupScreen(page, 'Ｂグループ')
  await addNote(page, 'tray', '夜間の相談先がわからない')
  await expectSaved(page)

  // Back to the groups (where each group's boards open): the button is on Ｂグループ's card.
  await page.getByRole('link', { name: /研修会の準備/ }).click()
  const card = groupCard(page, 'Ｂグループ')
  const button = card.getByRole('button', { name: 'このグループのファイルを書き出す' })
  await button.scrollIntoViewIfNeeded()
  await expect(button).toBeInViewport()
  await expect(button).toHaveAttribute('title', /Ｂグループの内容（テーマ1〜3すべて）/)
  await page.screenshot({ path: 'docs/issue17/p10-group-file-button-1366.png' })
  const download = page.waitForEvent('download')
  await button.focus()
  await page.keyboard.press('Enter')
  const file = await download
  expect(file.suggestedFilename()).toBe(`${TITLE}_Ｂグループ_研修会ファイル.taneboard`)
  await expect(notices(page)).toContainText('Ｂグループのファイルを保存しました：ダウンロード')
  const fromBoard = parseWorkshopFile(await readFile(await file.path(), 'utf8'))
  if (!fromBoard.ok) throw new Error(`the file does not read back: ${fromBoard.error}`)
  expect(workshopGroups(fromBoard.doc).map((g) => g.name)).toEqual(['Ｂグループ'])
  expect(Object.values(fromBoard.doc.notes).map((n) => n.text)).toEqual([
    '夜間の相談先がわからない',
  ])

  // The same records as 書き出し → グループを選ぶ → Ｂグループ only.
  const path = await exportWorkshopFile(page, 'Ｂグループ')
  expect(path.endsWith(`${TITLE}_Ｂグループ_研修会ファイル.taneboard`)).toBe(true)
  const fromExport = parseWorkshopFile(await readFile(path, 'utf8'))
  if (!fromExport.ok) throw new Error(`the export does not read back: ${fromExport.error}`)
  expect(docRecords(fromBoard.doc)).toEqual(docRecords(fromExport.doc))
})
