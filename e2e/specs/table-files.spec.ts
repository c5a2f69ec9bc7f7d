import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { parseWorkshopFile, serializeWorkshopFile } from '../../src/shared/files/workshopFile'
import { laptop } from '../../src/shared/testing/mergeTestKit'
import { expectSaved, notices, workshopIdOf } from '../support/pages/app'
import { addNote, notesOf } from '../support/pages/board'
import { exportWorkshopFile } from '../support/pages/export'
import { openHome, startImport } from '../support/pages/home'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import {
  collectFromTables,
  createTableFiles,
  openTableFiles,
  summaryRow,
} from '../support/pages/tableFiles'
import { snap } from '../support/screenshots'

/**
 * Without any network: the facilitator makes every group's file in one step, the tables work on
 * their copies (one in a browser of its own, one built with the shared file writer), and
 * 「テーブルから集める」 brings them all back from one folder with one summary: a line per file, a
 * bad file refused in Japanese, the notes on the boards and in グループ一覧, nothing twice, and
 * one 元に戻す for a whole collection.
 */

const TITLE = '県コーディネーター研修'
const fileName = (group: string) => `${TITLE}_${group}.taneboard`

async function openBoard(page: Page, workshopId: string, group: string): Promise<void> {
  await page.goto(`/#/w/${workshopId}/groups`)
  await openGroupScreen(page, group)
}

test('テーブル用ファイルを一括作成 hands out one file per group; テーブルから集める brings every table back with one summary and one undo', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000)
  await newWorkshopWithGroups(page, TITLE, { template: '半日開催（試行②）', groups: 3 })
  const workshopId = workshopIdOf(page)

  // 1. 配る: one step, one download (a .zip in browser mode), one notice.
  await openTableFiles(page)
  await expect(page.getByText(/3グループ分のファイルを一度に作ります/)).toBeVisible()
  await snap(page, 'table-files-screen')
  const zip = await createTableFiles(page)
  expect(zip.name).toBe(`${TITLE}_テーブル用ファイル.zip`)
  await expect(notices(page)).toContainText('3グループ分のファイルを作成しました')
  const archive = await JSZip.loadAsync(await readFile(zip.path))
  expect(Object.keys(archive.files).sort()).toEqual(
    ['Ａグループ', 'Ｂグループ', 'Ｃグループ'].map(fileName).sort(),
  )
  const handout = async (group: string): Promise<string> => {
    const entry = archive.file(fileName(group))
    if (!entry) throw new Error(`no file for ${group}`)
    return entry.async('string')
  }

  // Table Ａ: another laptop (a browser of its own) opens its file, adds a note, exports.
  const tableA = await (await browser.newContext()).newPage()
  await openHome(tableA)
  const dialog = await startImport(tableA, {
    name: fileName('Ａグループ'),
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await handout('Ａグループ')),
  })
  await expect(dialog).toContainText('グループ：Ａグループ')
  await dialog.getByRole('button', { name: '取り込む' }).click()
  await expect(dialog).toBeHidden()
  // The table's file holds its group only: the import lands on that group's テーマ1 board.
  await expect(tableA.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await tableA.getByRole('link', { name: '研修会の準備' }).click()
  await expect(tableA.getByRole('heading', { name: 'グループ', level: 2 })).toBeVisible()
  await expect(tableA.getByRole('article')).toHaveCount(1)
  await openGroupScreen(tableA, 'Ａグループ')
  await addNote(tableA, 'tray', '退院後の服薬管理が難しい')
  await expectSaved(tableA)
  const returnedA = await exportWorkshopFile(tableA)
  await tableA.context().close()

  // Table Ｂ: its laptop's file, made with the app's own file writer and edits.
  const parsedB = parseWorkshopFile(await handout('Ｂグループ'))
  if (!parsedB.ok) throw new Error(parsedB.error)
  const tableB = laptop('b', '2026-11-24T05:00:00.000Z', parsedB.doc)
  tableB.addNote('看取りの場所を選べない', 0)
  tableB.addNote('夜間の相談先がわからない', 0)

  // Everything the tables returned, in one folder (a USB stick), with a damaged file and a memo.
  const folder = join(test.info().outputDir, 'returned')
  await mkdir(folder, { recursive: true })
  const fileA = basename(returnedA)
  await writeFile(join(folder, fileA), await readFile(returnedA))
  const fileB = fileName('Ｂグループ')
  const textB = serializeWorkshopFile(tableB.doc(), 'test', '2026-11-24T05:30:00.000Z')
  await writeFile(join(folder, fileB), textB)
  await writeFile(join(folder, 'メモ.taneboard'), '付箋のメモ（研修会ファイルではない）')
  await writeFile(join(folder, 'readme.txt'), 'not a workshop file')

  // 2. 集める: the whole folder, one summary.
  await page.goto(`/#/w/${workshopId}/tables`)
  const summary = await collectFromTables(page, { folder })
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('集めた結果（3ファイル）')
  await expect(summary).toContainText(
    '2ファイルを取り込みました。1ファイルは取り込めませんでした（研修会の内容は、そのファイルの分は変わっていません）。',
  )
  await expect(summaryRow(summary, fileA)).toContainText('Ａグループ')
  await expect(summaryRow(summary, fileA)).toContainText('追加 1件')
  await expect(summaryRow(summary, fileB)).toContainText('Ｂグループ')
  await expect(summaryRow(summary, fileB)).toContainText('追加 2件')
  await expect(summaryRow(summary, 'メモ.taneboard')).toContainText(
    '取り込みませんでした：ファイルを読み込めませんでした。形式が正しくありません',
  )
  await expect(summary.getByRole('row')).toHaveCount(4)
  await expect(notices(page)).toContainText('2ファイルを取り込みました')
  await snap(page, 'table-files-collected')

  // The notes are on the groups' boards and in グループ一覧.
  await openBoard(page, workshopId, 'Ａグループ')
  await expect(notesOf(page, 'tray')).toHaveText(['退院後の服薬管理が難しい'])
  await openBoard(page, workshopId, 'Ｂグループ')
  await expect(notesOf(page, 'tray')).toHaveText([
    '看取りの場所を選べない',
    '夜間の相談先がわからない',
  ])
  await page.goto(`/#/w/${workshopId}/console`)
  await page.getByRole('tab', { name: 'グループ一覧' }).click()
  const overview = page.locator('.groups-overview')
  await overview.getByRole('radio', { name: 'テーマ1' }).click()
  const cardB = overview.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Ｂグループ', level: 3 }),
  })
  await expect(cardB.getByText('看取りの場所を選べない')).toBeVisible()
  await snap(page, 'table-files-groups-overview')

  // The same files again (selected together): nothing twice.
  await page.goto(`/#/w/${workshopId}/tables`)
  const again = await collectFromTables(page, {
    files: [join(folder, fileA), join(folder, fileB)],
  })
  await expect(summaryRow(again, fileA)).toContainText('新しい変更はありません')
  await expect(summaryRow(again, fileB)).toContainText('新しい変更はありません')

  // One 元に戻す takes back a whole collection.
  tableB.addNote('ケアマネとの連絡手段がばらばら', 0)
  await writeFile(
    join(folder, fileB),
    serializeWorkshopFile(tableB.doc(), 'test', '2026-11-24T06:00:00.000Z'),
  )
  const third = await collectFromTables(page, { files: [join(folder, fileB)] })
  await expect(summaryRow(third, fileB)).toContainText('追加 1件')
  await notices(page)
    .locator('.notice', { hasText: '1ファイルを取り込みました' })
    .getByRole('button', { name: '元に戻す' })
    .click()
  await expect(notices(page)).toContainText('集める前の状態に戻しました。')
  await openBoard(page, workshopId, 'Ｂグループ')
  await expect(notesOf(page, 'tray')).toHaveText([
    '看取りの場所を選べない',
    '夜間の相談先がわからない',
  ])
})
