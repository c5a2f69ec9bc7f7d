import { expect, test } from '@playwright/test'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { pdfInfo, pdfPageImage, pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * Issue 19 p6-p7: the time on a table's screen (the banner in the テーマ1 header, 時刻どおり with
 * the device clock and no network), the facilitation annex at F1, and the 進行表 printed on A4.
 * Pictures (docs/issue19/) only with ISSUE19_SHOTS=1.
 */

/** 試行① was held on 2024-11-19: テーマ1 runs 13:15–13:55 (図表-44). */
const DATE = '2024-11-19'
const at = (hhmmss: string) => new Date(`${DATE}T${hhmmss}+09:00`)
const shots = process.env.ISSUE19_SHOTS === '1'

test('テーマ1 at 13:50 on the 試行① date: the banner says テーマ1, 5 minutes left, in the header line', async ({
  page,
}) => {
  // Date.now() stays at 13:50 while timers run (the screens load with their routes).
  await page.clock.setFixedTime(at('13:50:00'))
  await newWorkshopWithGroups(page, '試行①の研修会', { date: DATE })
  await openGroupScreen(page, 'Ａグループ')

  const header = page.getByRole('banner')
  const banner = header.getByRole('timer')
  await expect(banner).toHaveAccessibleName(/^時間の目安（タイムテーブルの時刻）/)
  await expect(banner).toContainText('テーマ1')
  await expect(banner).toContainText('残り 5分')
  await expect(banner).toContainText('次 13:55 テーマ2')
  // One line inside the header's theme line: no height of its own.
  const bannerBox = await banner.boundingBox()
  const headerHeight = (await header.boundingBox())?.height ?? 0
  expect(bannerBox?.height ?? 99).toBeLessThan(26)
  if (shots) await page.screenshot({ path: 'docs/issue19/p7-banner-theme1-1366.png' })

  // The facilitator's 心構え at hand: F1 opens 表１ and おわりに, Escape closes.
  await page.keyboard.press('F1')
  const annex = page.getByRole('dialog', { name: 'ファシリテーションのポイント' })
  await expect(
    annex.getByRole('heading', { name: '表１．ファシリテーターが持つべき心構えのポイント' }),
  ).toBeVisible()
  await expect(annex.getByRole('listitem')).toHaveCount(7)
  await expect(annex.getByText('自分自身も楽しむ気持ちを持つ')).toBeVisible()
  await expect(annex.getByRole('heading', { name: '５． おわりに' })).toBeVisible()
  await expect(annex).toContainText('②発言したことが否定されない、逆に、「いいね」を言ってもらう')
  if (shots) await page.screenshot({ path: 'docs/issue19/p6-annex-dialog-1366.png' })
  await page.keyboard.press('Escape')
  await expect(annex).toBeHidden()

  // After the day the banner goes away and the header keeps its height.
  await page.clock.setFixedTime(at('17:00:00'))
  await expect(header.getByRole('timer')).toHaveCount(0)
  expect((await header.boundingBox())?.height).toBe(headerHeight)
})

test('the 進行表 of 試行① prints on A4 with all 14 rows, their 【ポイント】 and 問い with sources', async ({
  page,
}) => {
  await newWorkshopWithGroups(page, '試行①の研修会', { date: DATE })
  await page.getByRole('link', { name: '当日の進行' }).click()
  await page.getByRole('link', { name: '進行表' }).click()
  const sheet = page.getByTestId('runsheet')
  await expect(sheet.getByRole('row')).toHaveCount(15) // the head and 14 rows
  if (shots) await page.screenshot({ path: 'docs/issue19/p6-runsheet-screen-1366.png' })

  await page.emulateMedia({ media: 'print' })
  const pdf = tempPdfPath('runsheet')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  expect(pdfInfo(pdf)).toMatch(/59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/)
  const text = squash(pdfText(pdf, ['-raw']))
  const rows = [
    ['10:00–10:30', '開場'],
    ['10:30–10:40', '開会・挨拶'],
    ['10:40–11:05', 'Ⅰ.講義'],
    ['11:05–11:25', '事例①'],
    ['11:25–11:45', '事例②'],
    ['11:45–12:05', '事例③'],
    ['12:05–13:00', '休憩'],
    ['13:00–13:15', 'オリエンテーション'],
    ['13:15–13:55', 'テーマ１）'],
    ['13:55–14:35', 'テーマ２）'],
    ['14:35–15:15', 'テーマ３）'],
    ['15:15–16:00', '全体共有'],
    ['16:00–16:20', '総括'],
    ['16:20–16:30', '閉会・事務連絡'],
  ]
  let from = 0
  for (const [range = '', item = ''] of rows) {
    const found = text.indexOf(range, from)
    expect(found, range).toBeGreaterThanOrEqual(from)
    expect(text.slice(found, found + 200), range).toContain(item)
    from = found + range.length
  }
  expect(text).toContain('グループワーク実施の目的、検討の流れ等を説明する。')
  expect(text).toContain('その対策がもしうまくいったら課題解決に近づきそう？')
  expect(text).toContain('出典：第5章（別添）ファシリテーションのポイント４．(４)②テーマ２に対して')
  expect(text).toContain('表１．ファシリテーターが持つべき心構えのポイント')
  if (shots) pdfPageImage(pdf, 'docs/issue19/p6-runsheet-page1', 60, 1)
  await page.emulateMedia({ media: 'screen' })
})
