import { expect, test } from '@playwright/test'
import { expectSaved } from '../support/pages/app'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * 投影 of テーマ2: a topic filled in through the worksheet, shown read-only in the projector view
 * (a second page of the same browser, as the projector window is), with the main cause marked and
 * the chosen countermeasure; a later edit in the first page appears there within seconds.
 */

test('the テーマ2 projector view shows a topic and follows edits made in the main window', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await newWorkshopWithGroups(page, 'テーマ2投影の練習')
  await openGroupScreen(page, 'Ａグループ', 'テーマ2')
  const ids = /^#\/w\/([A-Za-z0-9_-]+)\/g\/([A-Za-z0-9_-]+)\/theme2/.exec(new URL(page.url()).hash)
  if (!ids?.[1] || !ids[2]) throw new Error(`no ids in ${page.url()}`)
  const href = `#/w/${ids[1]}/g/${ids[2]}/theme2/projector`

  await page.getByRole('button', { name: '新しいテーマ' }).click()
  await page.keyboard.type('看取りの時期に家族が不安になる')
  await page.keyboard.press('Enter')
  // The topic panel has the 投影 button, pointing at the projector route.
  await expect(page.getByTestId('theme2-project')).toHaveAttribute('href', href)

  await page.getByRole('button', { name: 'ワークシート' }).click()
  const cell = (label: string) => page.getByRole('textbox', { name: label, exact: true })
  const enter = async (label: string, value: string) => {
    await cell(label).fill(value)
    await cell(label).press('Enter')
    await expect(cell(label)).toHaveValue(value)
  }
  await enter('目指す姿', '本人の意向に沿って自宅で看取れる')
  await enter('原因1', '説明の資料がない')
  await enter('最も大きな原因', '看取りのプロセスを家族が知らない')
  await enter('対策1', '看取りのプロセスを説明する資料を作る')
  await enter('対策1の対象', 'ケアマネ、訪看')
  await enter('期待値1', '家族が落ち着いて看取れる')
  await enter('指標1', '家族へのアンケート')
  await expectSaved(page)

  const projector = await context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.goto(`/${href}`)
  const view = projector.getByTestId('theme2-projector')
  await expect(projector.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  await expect(projector.getByTestId('pj2-topic-count')).toHaveText('テーマ 1 / 1')
  await expect(
    view.locator('.pj2-box__lead').getByText('看取りの時期に家族が不安になる'),
  ).toBeVisible()
  await expect(view.getByText('本人の意向に沿って自宅で看取れる')).toBeVisible()
  const main = view.locator('.pj2-cause--main')
  await expect(main).toContainText('★主たる原因')
  await expect(main).toContainText('看取りのプロセスを家族が知らない')
  await expect(view.getByText('説明の資料がない')).toBeVisible()
  await expect(view.getByText('看取りのプロセスを説明する資料を作る')).toBeVisible()
  await expect(view.getByText('対象: ケアマネ、訪看')).toBeVisible()
  await expect(view.getByText('家族へのアンケート', { exact: false })).toBeVisible()
  await expect(view.locator('input, textarea')).toHaveCount(0)

  // An edit in the main window shows up in the projector within a few seconds.
  await enter('原因2', '夜間に相談できる先がない')
  await expect(view.getByText('夜間に相談できる先がない')).toBeVisible({ timeout: 5000 })

  await snap(projector, 'theme2-projector')

  // W shows the 問1–問5 worksheet.
  await projector.keyboard.press('w')
  await expect(view).toHaveAttribute('data-view', 'sheet')
  await expect(view.getByText('問3 原因')).toBeVisible()
  await snap(projector, 'theme2-projector-sheet')
})
