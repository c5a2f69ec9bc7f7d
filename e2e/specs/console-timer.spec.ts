import { expect, test, type Page } from '@playwright/test'
import { workshopIdOf } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { snap } from '../support/screenshots'

/** 試行② was held on 2025-02-07; its half day runs テーマ1 14:00–14:40, テーマ2 to 15:20, … 17:00. */
const DATE = '2025-02-07'
const at = (hhmmss: string) => new Date(`${DATE}T${hhmmss}+09:00`)

/** Creates the 試行② half day on its date and opens 当日の進行 from the setup header. */
async function openConsole(page: Page): Promise<string> {
  await openHome(page)
  await createWorkshop(page, '半日開催（試行②）', { date: DATE })
  const id = workshopIdOf(page)
  expect(id).not.toBe('')
  await page.getByRole('link', { name: '当日の進行' }).click()
  await expect(page.getByRole('tab', { name: 'タイマー' })).toHaveAttribute('aria-selected', 'true')
  return id
}

const remaining = (page: Page) => page.getByTestId('timer-remaining')
const current = (page: Page) => page.getByTestId('timer-current')

test.describe('当日の進行: タイマー', () => {
  test('clock mode, manual controls, reload, and the projector window following', async ({
    page,
    context,
  }) => {
    await page.clock.install({ time: at('14:09:00') })
    const id = await openConsole(page)
    await page.clock.pauseAt(at('14:10:00'))

    // Follow the clock: 14:10 is 10 minutes into テーマ1 (14:00–14:40).
    await expect(current(page)).toContainText('テーマ１）')
    await expect(remaining(page)).toHaveText('30:00')
    await expect(page.getByTestId('timer-next')).toContainText('14:40から')
    await expect(page.getByTestId('timer-next')).toContainText('テーマ２）')
    await expect(page.getByTestId('timer-delta')).toHaveText('予定どおり')
    await expect(page.getByRole('article', { name: 'テーマ 1' })).toContainText('【ポイント】')
    await snap(page, 'console-timer-clock')

    // Run on demand: +5 shifts the day, 次の行へ / 前の行へ move between rows.
    await page.getByRole('radio', { name: '手動で進める' }).check()
    await page.getByRole('button', { name: '+5分' }).click()
    await expect(remaining(page)).toHaveText('35:00')
    await expect(page.getByTestId('timer-projected-end')).toHaveText('17:05')
    await expect(page.getByTestId('timer-delta')).toHaveText('予定より5分遅れ')
    await page.getByRole('button', { name: /次の行へ/ }).click()
    await expect(current(page)).toContainText('テーマ２）')
    await expect(page.getByTestId('timer-projected-end')).toHaveText('16:30')
    // Skipping ahead is said in words: when, and where the day stands now.
    await expect(page.getByTestId('timer-delta')).toHaveText('予定より30分早く進行')
    await expect(page.getByRole('status').filter({ hasText: '次の行へ' })).toHaveText(
      '14:10 次の行へ進めました（予定より30分早く進行）',
    )
    await page.getByRole('button', { name: /前の行へ/ }).click()
    await expect(current(page)).toContainText('テーマ１）')
    await expect(remaining(page)).toHaveText('35:00')
    await page.getByRole('button', { name: '一時停止' }).click()
    await expect(page.getByText('一時停止中')).toBeVisible()
    await page.clock.runFor(60_000)
    await expect(remaining(page)).toHaveText('35:00')
    await snap(page, 'console-timer-manual')

    // A reload keeps the state (stored timestamps, not ticks).
    await page.reload()
    await expect(current(page)).toContainText('テーマ１）')
    await expect(remaining(page)).toHaveText('35:00')
    await expect(page.getByRole('radio', { name: '手動で進める' })).toBeChecked()

    // 投影 opens the projector screen in its own window.
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '投影', exact: true }).click(),
    ])
    await projector.setViewportSize({ width: 1920, height: 1080 })
    expect(projector.url()).toContain(`#/w/${id}/console/projector`)
    await expect(projector.getByTestId('ptimer-remaining')).toHaveText('35:00')
    await expect(projector.getByRole('heading', { level: 1 })).toContainText('テーマ１）')
    await expect(projector.getByText('【ポイント】')).toBeVisible()
    await expect(projector.getByTestId('ptimer-next')).toContainText('テーマ２）')
    await expect(projector.getByText('一時停止中')).toBeVisible()
    await snap(projector, 'console-projector-timer')

    // Space on the projector resumes; the console follows (storage event), and back again.
    await projector.keyboard.press('Space')
    await expect(page.getByText('一時停止中')).toBeHidden()
    await page.clock.runFor(2_000)
    await expect(remaining(page)).toHaveText('34:58')
    await expect(projector.getByTestId('ptimer-remaining')).toHaveText('34:58')
    await projector.keyboard.press('+')
    await expect(remaining(page)).toHaveText('35:58')
    await projector.keyboard.press('ArrowRight')
    await expect(current(page)).toContainText('テーマ２）')
    // …and the console's controls move the projector.
    await page.getByRole('button', { name: /前の行へ/ }).click()
    await expect(projector.getByRole('heading', { level: 1 })).toContainText('テーマ１）')
  })

  test('warnings: the cue and the announcement at 5 minutes left, then the end', async ({
    page,
    context,
  }) => {
    await page.clock.install({ time: at('14:33:30') })
    await openConsole(page)
    await page.clock.pauseAt(at('14:34:50'))
    await expect(remaining(page)).toHaveText('5:10')
    await expect(page.getByTestId('timer-cue')).toHaveCount(0)

    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: '投影', exact: true }).click(),
    ])
    await projector.setViewportSize({ width: 1920, height: 1080 })
    await expect(projector.getByTestId('ptimer-remaining')).toHaveText('5:10')
    await page.bringToFront()

    await page.clock.runFor(12_000)
    await expect(remaining(page)).toHaveText('4:58')
    await expect(page.getByTestId('timer-cue')).toHaveText('⚠ 残り5分')
    await expect(page.getByTestId('timer-announce')).toHaveText('残り5分です')
    await expect(projector.getByTestId('ptimer-cue')).toHaveText('⚠ 残り5分')
    await snap(page, 'console-timer-warning')
    await snap(projector, 'console-projector-warning')

    // Across the end: the chime's announcement, and the clock moves on to テーマ2.
    await page.clock.runFor(4 * 60_000 + 50_000)
    await page.clock.runFor(15_000)
    await expect(page.getByTestId('timer-announce')).toHaveText('時間になりました')
    await expect(current(page)).toContainText('テーマ２）')
  })
})
