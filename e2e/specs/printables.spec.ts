import { expect, test } from '@playwright/test'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { openSection } from '../support/pages/setup'
import { pdfInfo, pdfPageCount, pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * Issue 20 p4: what the organiser prints before the day, from 準備 → グループ — one A4 グループ用の
 * 資料 per table (members with 司会・書記, the day, the themes and their 問い) and the 名札, eight
 * to an A4 page. Pictures (docs/issue20/) only with ISSUE20_SHOTS=1.
 */
const shots = process.env.ISSUE20_SHOTS === '1'

const MEMBERS_A = ['山田花子', '鈴木一郎', '佐藤美咲', '渡辺恵子', '田中健太', '伊藤由美']

test('the サンプル研修会 prints one A4 sheet per table and its name cards', async ({ page }) => {
  await openHome(page)
  await openSampleWorkshop(page)
  await openSection(page, 'グループ')
  await page.getByRole('link', { name: '印刷物（名簿・グループ用資料・名札）' }).click()
  await expect(page.getByRole('heading', { name: '印刷物', level: 1 })).toBeVisible()

  // One page per group, with its members and roles.
  const sheetA = page.getByRole('article', { name: 'Ａグループ' })
  await expect(sheetA.getByRole('heading', { name: 'Ａグループ' })).toBeVisible()
  await expect(sheetA.getByRole('row', { name: /山田 花子/ })).toContainText('司会・書記')
  await expect(page.getByRole('article', { name: /グループ$/ })).toHaveCount(3)
  if (shots) await page.screenshot({ path: 'docs/issue20/p4-table-sheet-screen-1366.png' })

  const sheets = tempPdfPath('table-sheets')
  await page.pdf({ path: sheets, format: 'A4', printBackground: true, preferCSSPageSize: true })
  expect(pdfInfo(sheets)).toMatch(/59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/)
  expect(pdfPageCount(sheets)).toBe(3)
  const sheetText = squash(pdfText(sheets, ['-raw']))
  for (const name of MEMBERS_A) expect(sheetText).toContain(name)
  for (const group of ['Ａグループ', 'Ｂグループ', 'Ｃグループ']) expect(sheetText).toContain(group)
  expect(sheetText).toContain('司会・書記')
  expect(sheetText).toContain('本日の流れ')
  expect(sheetText).toContain('テーマと問い')
  if (shots) pdfPageImage(sheets, 'docs/issue20/p4-table-sheet-page1', 60, 1)

  // 名札: every member of every table, eight to a page.
  await page
    .getByRole('navigation', { name: '印刷物の種類' })
    .getByRole('link', { name: '名札' })
    .click()
  const cards = page.getByRole('article')
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThanOrEqual(15)
  const cardsPdf = tempPdfPath('name-cards')
  await page.pdf({ path: cardsPdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  expect(pdfPageCount(cardsPdf)).toBe(Math.ceil(count / 8))
  const cardText = squash(pdfText(cardsPdf, ['-raw']))
  for (const name of MEMBERS_A) expect(cardText).toContain(name)
  if (shots) pdfPageImage(cardsPdf, 'docs/issue20/p4-name-cards-page1', 60, 1)
})
