import { expect, test, type Page } from '@playwright/test'
import { workshopIdOf } from '../support/pages/app'
import { openHome, openSampleWorkshop } from '../support/pages/home'
import { snap } from '../support/screenshots'

/**
 * 当日の進行: グループ一覧 and 全体共有 on the サンプル研修会 (試行①: 全体共有 45分, 3 groups).
 * The group overview shows the three boards; Ｂグループ's board goes to the projector page (a
 * second page of the same context, following through localStorage); the plenary runs by number
 * with 15:00 per group under Playwright's clock, overtime shows, Ａグループ's slides step from
 * テーマ1 through テーマ3 to Ｂグループ, and the projector follows. Screenshots for a human.
 */

/** 2024年11月19日（火） 15:15 JST: the sample's 全体共有 starts. */
const PLENARY_START = new Date('2024-11-19T15:15:00+09:00')

async function openTab(page: Page, name: 'グループ一覧' | '全体共有'): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

test('グループ一覧 and 全体共有 drive the projector', async ({ page, context }) => {
  test.setTimeout(120_000)
  await context.clock.install({ time: PLENARY_START })
  await openHome(page)
  await openSampleWorkshop(page)
  const workshopId = workshopIdOf(page)
  const consoleLink = page.getByRole('link', { name: '当日の進行' })
  if ((await consoleLink.count()) > 0) await consoleLink.first().click()
  else await page.goto(`/#/w/${workshopId}/console`)
  await expect(page).toHaveURL(new RegExp(`#/w/${workshopId}/console$`))

  // グループ一覧: the three groups with their テーマ1 boards.
  await openTab(page, 'グループ一覧')
  const overview = page.locator('.groups-overview')
  await expect(overview.getByRole('heading', { level: 3 })).toHaveText([
    'Ａグループ',
    'Ｂグループ',
    'Ｃグループ',
  ])
  const cardB = overview.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Ｂグループ', level: 3 }),
  })
  await expect(cardB.getByText('病院の敷居が高い')).toBeVisible()
  await expect(cardB.getByText(/^付箋 \d+枚$/)).toBeVisible()

  const projector = await context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.goto(`/#/w/${workshopId}/console/projector`)

  await overview.getByRole('button', { name: 'Ｂグループのテーマ1を投影する' }).click()
  await expect(cardB.getByText(/投影中/)).toBeVisible()
  const projected = projector.getByRole('article')
  await expect(projected).toContainText('Ｂグループ')
  await expect(projected.getByText('病院の敷居が高い')).toBeVisible()
  await snap(page, 'console-groups-overview')
  await snap(projector, 'console-groups-projector-b')

  // 全体共有: by number, 45 min ÷ 3 = 15:00 each.
  await openTab(page, '全体共有')
  const panel = page.locator('.plenary-panel')
  await panel.getByRole('button', { name: '番号順' }).click()
  await expect(panel.getByRole('list', { name: '発表順' }).getByRole('listitem')).toHaveText([
    /Ａグループ/,
    /Ｂグループ/,
    /Ｃグループ/,
  ])
  const speakingTime = panel.getByRole('group', { name: '発表時間（1グループ）' })
  await expect(speakingTime.getByRole('spinbutton', { name: '発表時間（分）' })).toHaveValue('15')
  await expect(speakingTime.getByRole('spinbutton', { name: '発表時間（秒）' })).toHaveValue('0')
  await expect(speakingTime.getByText('全体共有 45分 ÷ 3グループ ＝ 15分')).toBeVisible()
  // From here the clock moves only when the test says so.
  const pageNow = await page.evaluate(() => Date.now())
  await context.clock.pauseAt(new Date(pageNow + 60_000))
  const remaining = panel.getByTestId('plenary-remaining')
  await expect(remaining).toHaveText('15:00')
  await panel.getByRole('button', { name: '全体共有を投影' }).click()
  await panel.getByRole('button', { name: '開始', exact: true }).click()
  await expect(panel.getByRole('timer')).toContainText('Ａグループ')
  await expect(panel.getByRole('timer')).toContainText('次は Ｂグループ')

  await page.clock.fastForward('05:00')
  await expect(remaining).toHaveText('残り 10:00')
  const projTimer = projector.getByRole('timer')
  await expect(projTimer).toHaveText('残り 10:00')
  await expect(projector.getByRole('article')).toContainText('Ａグループ')
  await expect(projector.getByRole('article')).toContainText('テーマ1')
  await snap(page, 'console-plenary-running')
  await snap(projector, 'console-plenary-projector-a1')

  await page.clock.fastForward('11:05')
  await expect(remaining).toHaveText('超過 1:05')
  await expect(panel.getByRole('timer')).toHaveClass(/is-over/)
  await expect(projTimer).toHaveText('超過 1:05')
  await snap(page, 'console-plenary-overtime')

  // Ａグループ's slides: テーマ1 → テーマ2 → テーマ3, then Ｂグループ.
  const slide = panel.getByRole('article')
  const seenThemes: string[] = []
  for (let i = 0; i < 20; i += 1) {
    const text = (await slide.locator('.plenary-slide-foot').textContent()) ?? ''
    const theme = /テーマ ?[123]/.exec(text.replace(/\s/g, ''))?.[0] ?? text
    if (seenThemes.at(-1) !== theme) {
      seenThemes.push(theme)
      if (seenThemes.length > 1) {
        const key = (await slide.getAttribute('data-slide-key')) ?? ''
        await expect(projector.getByRole('article')).toHaveAttribute('data-slide-key', key)
        await snap(projector, `console-plenary-projector-a-theme${theme.slice(-1)}`)
      }
    }
    if (theme.endsWith('3') && (await slide.getAttribute('data-slide-kind')) === 'theme3Brief') {
      const pos = (await slide.locator('.plenary-slide-pos').textContent()) ?? ''
      const [n, total] = pos.split('/').map((s) => s.trim())
      if (n === total) break
    }
    await page.keyboard.press('ArrowRight')
  }
  expect(seenThemes.map((t) => t.replace(/\s/g, ''))).toEqual(['テーマ1', 'テーマ2', 'テーマ3'])
  await snap(page, 'console-plenary-a-last')
  await expect(projector.getByRole('article')).toContainText('テーマ3')

  await page.keyboard.press('ArrowRight')
  await expect(panel.getByRole('timer')).toContainText('Ｂグループ')
  await expect(slide).toContainText('Ｂグループ')
  await expect(remaining).toHaveText('残り 15:00')
  await expect(projector.getByRole('article')).toContainText('Ｂグループ')
  await expect(projector.getByRole('article').getByText('病院の敷居が高い')).toBeVisible()
  await expect(projTimer).toHaveText('残り 15:00')
  await snap(page, 'console-plenary-b')
  await snap(projector, 'console-plenary-projector-b')
})
