import { expect, test, type Page } from '@playwright/test'
import {
  SAMPLE_CANVAS_NOTES,
  SAMPLE_MAIN_CAUSE,
  SAMPLE_PARKINSON_TANE,
  SAMPLE_QAS,
  SAMPLE_STATEMENT,
} from '../../src/shared/templates/sampleTheme3'
import { typeWithIme } from '../support/ime'
import { expectSaved } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { groupCard } from '../support/pages/setup'
import { pdfInfo, pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'
import { snap } from '../support/screenshots'

/**
 * 伝達シート: opened on the サンプル研修会's Ａグループ (稲城市's パーキンソン example on テーマ3), every
 * part generated from the canvas; one part edited survives a reload and goes back to the canvas
 * with 「キャンバスの内容に戻す」; printed (print media, A4) it is one page of the sheet alone.
 */

const THOUGHTS = 'そこから考えられること（仮説・評価・見解）'
const EDITED =
  '・専門医と訪問診療医・ケアマネが相談しやすい関係が市内にない。\n・協議会で取り上げたい。'

/** Opens the sample and returns the 伝達シート route of Ａグループ. */
async function openSampleBrief(page: Page): Promise<string> {
  await openHome(page)
  await openSampleWorkshop(page)
  await page.getByRole('link', { name: 'グループ' }).click()
  const link = groupCard(page, 'Ａグループ').getByRole('link', { name: 'テーマ3', exact: true })
  const href = await link.getAttribute('href')
  if (!href?.endsWith('/theme3')) throw new Error(`no テーマ3 link: ${String(href)}`)
  const brief = `${href}/brief`
  await page.goto(`/${brief}`)
  await expect(page.getByRole('heading', { name: 'Ａグループ', level: 1 })).toBeVisible()
  return brief
}

test('the 伝達シート is generated from the canvas, keeps an edit over a reload and prints on one A4 page', async ({
  page,
}) => {
  await openSampleBrief(page)
  const sheet = page.getByTestId('brief-sheet')
  const field = (name: string) => sheet.getByRole('textbox', { name, exact: true })
  const region = (name: string) => sheet.getByRole('region', { name, exact: true })

  // Generated from the canvas: the linked テーマ2 地域課題, the タネ and main cause, the notes.
  await expect(field('地域課題')).toHaveValue(SAMPLE_STATEMENT)
  await expect(field('地域課題のタネ')).toHaveValue(new RegExp(SAMPLE_MAIN_CAUSE.slice(0, 20)))
  await expect(field('事実・情報')).toHaveValue(new RegExp(SAMPLE_PARKINSON_TANE.slice(6, 20)))
  await expect(field('補足する情報・資料')).toHaveValue(
    `・${SAMPLE_CANVAS_NOTES.materials[0] ?? ''}`,
  )
  await expect(field('市町村担当者からの質問と答え')).toHaveValue(/^Q\. それって/)
  await expect(sheet.getByText('2024年11月19日（火）')).toBeVisible()
  await expect(sheet.getByText('サンプル研修会')).toBeVisible()
  await expect(sheet.getByText('編集済み')).toHaveCount(0)
  await snap(page, 'theme3-brief-1366')

  // Edit one part: Enter finishes it, as in every other field, and the sheet says so.
  await expect(
    page.getByText('Enter で確定、Shift+Enter で改行（欄を離れても確定します）'),
  ).toBeVisible()
  const thoughts = field(THOUGHTS)
  const generated = await thoughts.inputValue()
  await thoughts.fill(EDITED)
  await thoughts.press('Enter')
  await expect(region(THOUGHTS).getByText('編集済み')).toBeVisible()
  await expect(thoughts).toHaveValue(EDITED)
  await expectSaved(page)
  await page.reload()
  await expect(field(THOUGHTS)).toHaveValue(EDITED)
  await expect(region(THOUGHTS).getByText('編集済み')).toBeVisible()
  await expect(region(THOUGHTS).getByText('キャンバスが変更されています')).toHaveCount(0)

  await page.setViewportSize({ width: 1920, height: 1080 })
  await snap(page, 'theme3-brief-1920-edited')

  // The print button hands the view to the host with the sheet's file name (browser: print()).
  await page.evaluate(() => {
    const w = window as Window & { printedAs?: string }
    w.print = () => {
      w.printedAs = document.title
    }
  })
  await page.getByRole('button', { name: /印刷・PDF保存/ }).click()
  await expect
    .poll(() => page.evaluate(() => (window as Window & { printedAs?: string }).printedAs))
    .toBe(`伝達シート_Ａグループ_${SAMPLE_STATEMENT}`)

  // Back to the canvas's words.
  await region(THOUGHTS)
    .getByRole('button', { name: /キャンバスの内容に戻す/ })
    .click()
  await expect(field(THOUGHTS)).toHaveValue(generated)
  await expect(region(THOUGHTS).getByText('編集済み')).toHaveCount(0)
  await expectSaved(page)

  // Through the IME: the Enter that accepts a conversion neither finishes the part nor breaks
  // the line; Shift+Enter breaks it; Enter finishes the part.
  const share = field('共有の方法（提案）')
  const shareBefore = await share.inputValue()
  await share.click()
  await share.press('Control+End')
  await share.press('Shift+Enter')
  await typeWithIme(page, ['き', 'きょう', 'きょうぎかい'], '協議会', { pressEnterToConvert: true })
  await share.press('Shift+Enter')
  await typeWithIme(page, ['ほ', 'ほうこく'], '報告', { pressEnterToConvert: true })
  await expect(share).toHaveValue(`${shareBefore}\n協議会\n報告`)
  await share.press('Enter')
  await expect(region('共有の方法（提案）').getByText('編集済み')).toBeVisible()
  await expect(share).toHaveValue(`${shareBefore}\n協議会\n報告`)
  await expectSaved(page)

  // On paper: the sheet alone, one A4 portrait page, every part's words, no UI.
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.emulateMedia({ media: 'print' })
  const pdf = tempPdfPath('brief')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true })
  const info = pdfInfo(pdf)
  expect(info).toMatch(/^Pages:\s+1$/m)
  expect(info).toMatch(/595\.\d+ x 84[12]\.\d+ pts \(A4\)/)
  const text = squash(pdfText(pdf, ['-raw']))
  for (const label of [
    '伝達シート',
    '地域課題のタネ',
    '事実・情報',
    THOUGHTS,
    '補足する情報・資料',
    '共有の方法（提案）',
    '市町村担当者からの質問と答え',
    'Ａグループ',
    '2024年11月19日（火）',
  ]) {
    expect(text, label).toContain(squash(label))
  }
  const contents = [
    SAMPLE_STATEMENT,
    SAMPLE_MAIN_CAUSE,
    SAMPLE_PARKINSON_TANE,
    ...Object.values(SAMPLE_CANVAS_NOTES).flat(),
    ...SAMPLE_QAS.flatMap((qa) => [qa.question, qa.answer]),
  ]
  for (const content of contents) expect(text, content).toContain(squash(content))
  for (const ui of [
    '印刷・PDF保存',
    'キャンバスの内容に戻す',
    '編集済み',
    'キャンバスと連動',
    '元に戻す',
    '保存済み',
  ]) {
    expect(text, ui).not.toContain(ui)
  }
  pdfPageImage(pdf, 'e2e/screenshots/theme3-brief-print', 60)
  await page.emulateMedia({ media: 'screen' })
})
