import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { workshopGroups } from '../../src/shared/ops/groupOps'
import { buildCafeFixture } from '../../src/shared/testing/cafeFixture'
import { fakeContext } from '../../src/shared/testing/fakeContext'
import { seedWorkshop } from '../../testing/browser/seedWorkshop'
import { pdfText, squash, tempPdfPath } from '../support/pdf'

/**
 * Issue 19, point 4: the 全体共有 as a ワールドカフェ, set up at the console. Five tables of four
 * (the first member the 司会): ワールドカフェ chosen in the 全体共有 settings gives 3 rounds of
 * 15 minutes (45分 ÷ 3); 5 rounds are refused in words with what to change; Ｂグループ's host is
 * changed by hand. The projector (1920×1080) shows the round's rotation with the hosts who stay
 * and the round timer; N moves to the next round. The 席替え表 prints on A4 with every host.
 * The projector's picture goes to docs/issue19/ with ISSUE19_SHOTS=1.
 */

const HOSTS = ['佐藤 花子', '渡辺 陽子', '小林 直樹', '佐々木 亮', '木村 拓也']

test('ワールドカフェ: choose it, see the rotation projected, run the round timer, print it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  const doc = buildCafeFixture(fakeContext())
  const workshopId = doc.workshop.id
  await context.clock.install({ time: new Date('2026-12-07T14:00:00+09:00') })
  await seedWorkshop(page, doc)
  await page.goto(`/#/w/${workshopId}/console`)
  await page.getByRole('tab', { name: '全体共有' }).click()

  const format = page.getByRole('group', { name: '全体共有の方法' })
  await expect(format.getByRole('button', { name: '発表' })).toHaveAttribute('aria-pressed', 'true')
  await format.getByRole('button', { name: 'ワールドカフェ' }).click()
  await expect(format.getByRole('button', { name: 'ワールドカフェ' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const rounds = page.getByRole('textbox', { name: 'ラウンド数（回）' })
  await expect(rounds).toHaveValue('3')
  await expect(page.getByRole('textbox', { name: '1ラウンドの時間（分）' })).toHaveValue('15')
  await expect(page.getByRole('combobox', { name: 'Ａグループのホスト' })).toHaveValue(
    workshopGroups(doc)[0]?.members[0]?.id ?? '',
  )

  // Too many rounds for five tables: said plainly, with what to change.
  await rounds.fill('5')
  await rounds.press('Enter')
  await expect(page.getByRole('alert')).toContainText(
    'テーブルが5つなので、同じテーブルを二度訪ねずに回れるのは4ラウンドまでです',
  )
  await expect(page.getByRole('alert')).toContainText('ラウンド数を4以下にしてください。')
  await rounds.fill('3')
  await rounds.press('Enter')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page
    .getByRole('combobox', { name: 'Ｂグループのホスト' })
    .selectOption({ label: '渡辺 陽子' })

  // The projector: round 1's rotation, the hosts staying, and the round timer.
  const projector = await context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.goto(`/#/w/${workshopId}/console/projector`)
  await page.getByRole('button', { name: 'ローテーションを投影' }).click()
  const board = projector.getByRole('region', { name: 'ラウンド 1 / 3' })
  await expect(board).toBeVisible()
  const tableA = board.getByRole('listitem').filter({
    has: projector.getByRole('heading', { name: 'Ａグループ' }),
  })
  await expect(tableA).toContainText('ホスト：佐藤 花子（残る）')
  await expect(tableA.getByRole('listitem').filter({ hasText: '鈴木 一郎' })).toContainText(
    'Ｂグループ',
  )
  await expect(board).toContainText('ホスト：渡辺 陽子（残る）')
  // Readable from the back of the room.
  const size = await tableA
    .getByRole('listitem')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(28)

  const pageNow = await page.evaluate(() => Date.now())
  await context.clock.pauseAt(new Date(pageNow + 60_000))
  await page.getByRole('button', { name: 'ラウンド開始' }).click()
  await page.clock.fastForward('05:00')
  await expect(page.getByTestId('cafe-remaining')).toHaveText('残り 10:00')
  await expect(projector.getByTestId('cafe-projector-time')).toHaveText('残り10:00')
  if (process.env.ISSUE19_SHOTS === '1') {
    mkdirSync('docs/issue19', { recursive: true })
    await projector.screenshot({ path: 'docs/issue19/cafe-rotation-1920.png' })
  }
  // N: the next round at once, everyone one table further.
  await page.keyboard.press('n')
  await expect(page.getByRole('timer')).toContainText('ラウンド 2 / 3')
  const round2 = projector.getByRole('region', { name: 'ラウンド 2 / 3' })
  await expect(
    round2
      .getByRole('listitem')
      .filter({ has: projector.getByRole('heading', { name: 'Ａグループ' }) })
      .getByRole('listitem')
      .filter({ hasText: '鈴木 一郎' }),
  ).toContainText('Ｃグループ')
  await expect(projector.getByTestId('cafe-projector-time')).toHaveText('残り15:00')

  // The 席替え表 on A4: every table's host.
  await page.clock.resume()
  await page.goto(`/#/w/${workshopId}/cafe`)
  await expect(page.getByRole('article', { name: 'ワールドカフェ 席替え表' })).toBeVisible()
  const path = tempPdfPath('cafe-rotation')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true })
  const text = squash(pdfText(path, ['-enc', 'UTF-8']))
  expect(text).toContain(squash('ワールドカフェ 席替え表'))
  for (const host of HOSTS) expect(text).toContain(squash(host))
  expect(text).toContain(squash('ラウンド 3 / 3'))
})
