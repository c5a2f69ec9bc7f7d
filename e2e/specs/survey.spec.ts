import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { BUILT_IN_ITEMS } from '../../src/shared/survey/surveyBuiltIn'
import { workshopIdOf } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * Issue 21 p4: the 事前・事後アンケート from the organiser's files to what leaves the room. The
 * answers before come as a Shift_JIS CSV, those after as an .xlsx (e2e/fixtures, written by
 * make-survey-fixtures.mjs): 髙橋 一郎 → 高橋一郎 is matched by the app, 佐藤 花子 → 佐藤 華子 is
 * not (never guessed) and is paired by hand. The results show the chart with its counts; the
 * PDF (A4) has every item's words; the PPTX carries the chart as a chart part, not a picture.
 * Pictures for docs/issue21/ only with ISSUE21_SHOTS=1.
 */

const shots = process.env.ISSUE21_SHOTS === '1'
const FIXTURES = 'e2e/fixtures'

async function importAnswers(page: Page, phase: '事前（受講前）' | '事後（受講後）', file: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: `${phase}の回答を読み込む` }).click()
  await (await chooser).setFiles(`${FIXTURES}/${file}`)
  const preview = page.getByRole('dialog', { name: `${phase}の回答を読み込む：${file}` })
  await expect(preview.getByText('6人分を取り込みます。')).toBeVisible()
  await preview.getByRole('button', { name: '取り込む' }).click()
  await expect(preview).toBeHidden()
  await expect(page.getByText(`${phase}：6人`)).toBeVisible()
}

test('survey: import before and after, pair one name by hand, see the chart, export PDF and PPTX', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）', { title: '南圏域 連携研修', date: '2026-02-06' })
  await page.goto(`/#/w/${workshopIdOf(page)}/survey`)
  await page.getByRole('button', { name: '報告書（試行①）の設問を使う' }).click()
  await importAnswers(page, '事前（受講前）', 'survey-pre-sjis.csv')
  await importAnswers(page, '事後（受講後）', 'survey-post.xlsx')

  // 高橋一郎 is 髙橋 一郎 (旧字体, a space): matched; 佐藤 華子 is not 佐藤 花子: listed, not guessed.
  const match = page.getByRole('region', { name: '突合（氏名で）' })
  await expect(match.getByText('突合できた人：5人')).toBeVisible()
  await expect(match.getByText('うち表記の違いを揃えて突合：1人')).toBeVisible()
  await match
    .getByLabel('「佐藤 華子」と組み合わせる事前の回答')
    .selectOption({ label: '佐藤 花子（南市高齢福祉課）' })
  await match.getByRole('button', { name: '組み合わせる' }).click()
  await expect(match.getByText('突合できた人：6人')).toBeVisible()
  await expect(match.getByText('うち手で組み合わせた人：1人')).toBeVisible()

  // The chart: Ⅰ-1 of all six, 3 up (c→b, d→b, b→a), 2 stay, 1 down.
  const results = page.getByRole('region', { name: '結果（up / stay / down）' })
  await expect(
    results.getByRole('img', { name: 'Ⅰ-1：up 50.0%、stay 33.3%、down 16.7%（6人中）' }),
  ).toBeVisible()
  const firstRow = results.getByRole('row').filter({ hasText: 'Ⅰ-1' })
  await expect(firstRow.getByRole('cell')).toHaveText(['3', '2', '1', '6', /.*/])
  await results.getByRole('button', { name: 'コーディネーター（3人）' }).click()
  await expect(
    results.getByRole('img', { name: 'Ⅰ-1：up 33.3%、stay 33.3%、down 33.3%（3人中）' }),
  ).toBeVisible()
  await results.getByRole('button', { name: '全体（6人）' }).click()
  if (shots) {
    mkdirSync('docs/issue21', { recursive: true })
    const closers = page
      .getByRole('region', { name: 'お知らせ' })
      .getByRole('button', { name: '閉じる' })
    while ((await closers.count()) > 0) await closers.first().click()
    await results.evaluate((el) => {
      el.scrollIntoView({ block: 'start' })
    })
    await page.screenshot({ path: 'docs/issue21/survey-results-1366.png' })
  }

  // PDF: the guard first (「山本さん」 in a free-text answer), then the A4 report, handed to the
  // host to print (browser: print(), caught here) and printed by Chromium as the user's would.
  await page.evaluate(() => {
    const w = window as Window & { printedAs?: string }
    w.print = () => {
      w.printedAs = document.title
    }
  })
  await page.getByRole('button', { name: 'PDFで保存／印刷' }).click()
  const review = page.getByRole('dialog', { name: '個人が特定できる情報がないか確認してください' })
  const hit = review.getByRole('listitem').filter({ hasText: '山本さん' })
  await expect(hit).toContainText(
    '事前・事後アンケート ・ 事後（受講後）の回答（今回の研修への感想や気づき）',
  )
  await hit.getByRole('button', { name: 'このまま含める' }).click()
  await review.getByRole('button', { name: '書き出す' }).click()
  await expect(review).toBeHidden()
  await expect
    .poll(() => page.evaluate(() => (window as Window & { printedAs?: string }).printedAs))
    .toBe('南圏域 連携研修_アンケート結果')
  const path = tempPdfPath('survey')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true })
  await page.emulateMedia({ media: 'screen' })
  const text = squash(pdfText(path, ['-enc', 'UTF-8']))
  expect(text).toContain(squash('事前・事後アンケート結果'))
  expect(text).toContain(squash('突合できた人（事前・事後の両方に回答）：6人'))
  for (const item of BUILT_IN_ITEMS) expect(text).toContain(squash(item.text))
  expect(text).toContain(squash('課題の見つけ方が分かった'))
  expect(text).toContain(squash('研修前よりよくわからなくなってしまったことを示す'))
  expect(text).not.toContain('佐藤')
  if (shots) pdfPageImage(path, 'docs/issue21/survey-pdf-page1', 60, 1)

  // PPTX: a download (the match included as is above is not asked again); each item's chart is
  // a chart part with its counts, and there is no picture.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'スライド（PPTX）' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('南圏域 連携研修_アンケート結果.pptx')
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(await file.path()))
  const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
  expect(charts).toHaveLength(9)
  expect(
    Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && zip.files[n]?.dir !== true),
  ).toEqual([])
  const chart1 = (await zip.file('ppt/charts/chart1.xml')?.async('string')) ?? ''
  expect(chart1).toContain('<c:barDir val="bar"/>')
  expect(chart1).toContain('<c:grouping val="percentStacked"/>')
  expect(seriesValues(chart1)).toEqual([
    [3, 1, 1, 1],
    [2, 1, 1, 0],
    [1, 1, 0, 0],
  ])
})

/** Each series' values in a chart part (<c:val>'s cached numbers), series by series. */
function seriesValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
  )
}
