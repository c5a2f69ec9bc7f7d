import { expect, test } from '@playwright/test'
import { fakeContext } from '../../src/shared/testing/fakeContext'
import {
  buildHandoverFixture,
  FIXTURE_TITLE,
  GROUP_ISSUES,
} from '../../src/shared/handover/testing/handoverFixture'
import { seedWorkshop } from '../../testing/browser/seedWorkshop'
import { pdfInfo, pdfPageCount, pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * Issue 21 p5: 市町村への引き継ぎ資料. A workshop whose 名簿 spans 前橋市 (6 people in Ａ, Ｂ and
 * Ｃ), 高崎市 (2, in Ｃ), 安中市 (an observer, no group) and one person with no 市町村 (in Ｄ),
 * every group's 伝達シート filled, the survey answered before and after. The organiser opens the
 * screen from the setup header, sees each municipality with its groups, and prints 前橋市's PDF:
 * its groups' sheets, not Ｄ's, and the evaluation with denominators; never a 連絡先. Pictures
 * (docs/issue21/) only with ISSUE21_SHOTS=1.
 */
const shots = process.env.ISSUE21_SHOTS === '1'

test('one PDF per municipality: its groups’ 伝達シート and the evaluation', async ({ page }) => {
  const doc = buildHandoverFixture(fakeContext())
  await seedWorkshop(page, doc)
  await page.goto(`/#/w/${doc.workshop.id}`)
  await page.getByRole('link', { name: '引き継ぎ資料' }).click()
  await expect(
    page.getByRole('heading', { name: '市町村への引き継ぎ資料', level: 1 }),
  ).toBeVisible()

  const list = page.getByRole('table', { name: '市町村' })
  const row = (place: string) => list.getByRole('row', { name: new RegExp(place) })
  await expect(list.getByRole('row')).toHaveCount(5)
  await expect(row('前橋市')).toContainText('6人')
  await expect(row('前橋市')).toContainText('Ａグループ、Ｂグループ、Ｃグループ（伝達シート3枚）')
  await expect(row('高崎市')).toContainText('Ｃグループ（伝達シート1枚）')
  await expect(row('安中市')).toContainText('どのグループにも入っていません')
  await expect(row('市町村の記載なし')).toContainText('Ｄグループ')

  // 高崎市: two people answered, too few for figures of its own, and the sheet says why.
  await row('高崎市').getByRole('button', { name: '表示' }).click()
  const preview = (place: string) =>
    page.getByRole('region', { name: `${place}の引き継ぎ資料（プレビュー）` })
  await expect(preview('高崎市').getByText(/前後とも回答したのは2人のため/)).toBeVisible()

  // 前橋市: printed after the guard (nothing to review here) under its own name.
  await page.evaluate(() => {
    const w = window as Window & { printedAs?: string }
    w.print = () => {
      w.printedAs = document.title
    }
  })
  await row('前橋市').getByRole('button', { name: '印刷・PDF保存' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as Window & { printedAs?: string }).printedAs))
    .toBe(`引き継ぎ資料_前橋市_${FIXTURE_TITLE}`)
  const shown = preview('前橋市')
  await expect(shown.getByRole('heading', { name: '前橋市', level: 2 })).toBeVisible()
  await expect(shown.getByRole('row', { name: /赤城 花子/ })).toContainText(
    'Ａグループ、Ｃグループ',
  )
  if (shots) await page.screenshot({ path: 'docs/issue21/handover-screen-1366.png' })

  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const pdf = tempPdfPath('handover')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  expect(pdfInfo(pdf)).toMatch(/59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/)
  // The cover, then each 伝達シート on a page of its own, then the evaluation.
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(5)
  const pageText = (n: number) => squash(pdfText(pdf, ['-raw', '-f', String(n), '-l', String(n)]))
  expect(pageText(1)).toContain(squash('市町村への引き継ぎ資料前橋市'))
  for (const [n, group] of [
    [2, 'Ａグループ'],
    [3, 'Ｂグループ'],
    [4, 'Ｃグループ'],
  ] as const) {
    expect(pageText(n), group).toContain(squash('伝達シート'))
    expect(pageText(n), group).toContain(squash(GROUP_ISSUES[group]?.issue ?? '?'))
  }
  expect(pageText(5)).toMatch(/^研修の評価/)
  const text = squash(pdfText(pdf, ['-raw']))
  for (const group of ['Ａグループ', 'Ｂグループ', 'Ｃグループ']) {
    const sheet = GROUP_ISSUES[group]
    expect(text, group).toContain(squash(sheet?.issue ?? '?'))
    expect(text, group).toContain(squash(sheet?.fact ?? '?'))
  }
  expect(text).not.toContain(squash(GROUP_ISSUES.Ｄグループ?.issue ?? '?'))
  expect(text).not.toContain(squash(GROUP_ISSUES.Ｄグループ?.fact ?? '?'))
  for (const words of [
    '市町村への引き継ぎ資料',
    '前橋市',
    '2025年2月7日（金）',
    '前橋 太郎',
    '伝達シート',
    '研修の評価（事前・事後アンケート）',
    '前後とも回答した方：全体 8人、うち前橋市 6人',
    '全体8（100.0%）0（0.0%）0（0.0%）8',
    '前橋市6（100.0%）0（0.0%）0（0.0%）6',
  ]) {
    expect(text, words).toContain(squash(words))
  }
  expect(text).not.toMatch(/@example\.jp|027-123-4567/)
  if (shots) {
    pdfPageImage(pdf, 'docs/issue21/handover-pdf-page1', 60, 1)
    pdfPageImage(pdf, 'docs/issue21/handover-pdf-page5', 60, 5)
  }
})
