import { expect, test, type Page } from '@playwright/test'
import { boardUrl } from '../../testing/browser/largeBoard'
import { seedThroughSnapshot } from '../../testing/browser/seedWorkshop'
import { buildTableBoard } from '../../testing/browser/tableBoard'
import { area, note, type BoardArea } from '../support/pages/board'

/**
 * テーマ1 at the table laptop (1366×768) with a real table's board: 43 troubles, 16 in 日常療養
 * (issue 17, point 1). 詰めて表示 shows most of a scene at once, the notes out of sight are
 * named 「ほか N 枚」 and one press brings them into sight.
 */

/** How many notes of an area's list show at least half (as the 「ほか N 枚」 count reads it). */
async function notesInSight(page: Page, name: BoardArea): Promise<number> {
  return area(page, name)
    .locator('[data-area-list]')
    .evaluate((list) => {
      const view = list.getBoundingClientRect()
      return [...list.querySelectorAll('[data-note-id]')].filter((n) => {
        const r = n.getBoundingClientRect()
        return Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top) >= r.height / 2
      }).length
    })
}

async function openTableBoard(page: Page) {
  const workshop = buildTableBoard()
  await seedThroughSnapshot(page, workshop)
  await page.goto(boardUrl(workshop))
  await expect(page.locator('[data-note-id]')).toHaveCount(workshop.notes)
  await page.getByRole('button', { name: '閉じる' }).first().click()
  return workshop
}

test('43 notes at 1366×768: 詰めて表示 shows most of 日常療養, the rest is 「ほか N 枚」', async ({
  page,
}) => {
  await openTableBoard(page)
  const daily = area(page, 'daily')
  await expect(daily.getByText('16枚')).toBeVisible()

  // A laptop-sized window starts compact.
  const compact = page.getByRole('button', { name: '詰めて表示' })
  await expect(compact).toHaveAttribute('aria-pressed', 'true')
  const inSight = await notesInSight(page, 'daily')
  expect(inSight).toBeGreaterThanOrEqual(10)
  const below = daily.getByRole('button', {
    name: `下にほか${16 - inSight}枚（押すと下へスクロールします）`,
  })
  await expect(below).toBeVisible()
  await expect(below).toHaveText(`↓ほか${16 - inSight}枚`)
  await expect(daily.getByRole('button', { name: /^上にほか/ })).toHaveCount(0)
  // The other scenes show every note: no 「ほか」 there.
  await expect(area(page, 'admission').getByRole('button', { name: /ほか\d+枚/ })).toHaveCount(0)
  await page.screenshot({ path: 'docs/issue17/p1-after-1366.png' })

  // The タネ note written last is out of sight; one press on 「ほか N 枚」 brings it into sight.
  const tane = note(page, '皮膚科の往診をしてくれる医師がいない')
  await expect(tane).not.toBeInViewport({ ratio: 0.5 })
  await below.click()
  await expect(tane).toBeInViewport({ ratio: 0.9 })
  await expect(daily.getByRole('button', { name: /^上にほか\d+枚/ })).toBeVisible()
  await expect(daily.getByRole('button', { name: /^下にほか/ })).toHaveCount(0)

  // The big post-its again: far fewer in sight, the count says so; the choice is remembered.
  await compact.click()
  await expect(compact).toHaveAttribute('aria-pressed', 'false')
  await daily.locator('[data-area-list]').evaluate((list) => {
    list.scrollTo({ top: 0 })
  })
  await expect(daily.getByRole('button', { name: /^下にほか\d+枚/ })).toBeVisible()
  const big = await notesInSight(page, 'daily')
  expect(big).toBeLessThan(inSight)
  await expect(
    daily.getByRole('button', { name: `下にほか${16 - big}枚（押すと下へスクロールします）` }),
  ).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: '詰めて表示' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})
