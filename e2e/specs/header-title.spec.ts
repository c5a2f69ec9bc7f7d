import { expect, test, type Locator, type Page } from '@playwright/test'
import { workshopIdOf } from '../support/pages/app'
import { createWorkshop, openHome } from '../support/pages/home'
import { newWorkshopWithGroups, openGroupScreen } from '../support/pages/setup'
import { laidOutLines } from '../support/textLines'
import { snap } from '../support/screenshots'

/**
 * A workshop's real title is long (「令和8年度 在宅医療・介護連携推進事業 コーディネーター研修会」):
 * at 1366×768 the setup header and the facilitator console show all of it, on two lines at most,
 * never cut to 「令和8年度コーディネ…」.
 */

const TITLE = '令和8年度 在宅医療・介護連携推進事業 コーディネーター支援研修会（第2回）'

async function expectWholeTitle(page: Page, heading: Locator): Promise<void> {
  await expect(heading).toHaveText(TITLE)
  const cut = await heading.evaluate(
    (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
  )
  expect(cut).toBe(false)
  const [laidOut] = await laidOutLines(heading)
  expect(laidOut?.lines.join('')).toBe(TITLE.replace(/\s/g, ''))
  expect(laidOut?.lines.length).toBeLessThanOrEqual(2)
  for (const line of laidOut?.lines ?? []) expect(line.length).toBeGreaterThan(1)
  const box = await heading.boundingBox()
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
}

test('the workshop title is shown whole in the setup header and the console at 1366', async ({
  page,
}) => {
  await openHome(page)
  await createWorkshop(page, '終日開催（試行①）', { title: TITLE })
  const workshopId = workshopIdOf(page)
  await expectWholeTitle(page, page.getByRole('heading', { level: 1 }))
  await snap(page, 'issue17-p15-1366-setup-header')

  await page.goto(`/#/w/${workshopId}/console`)
  await expectWholeTitle(page, page.getByRole('heading', { level: 1, name: TITLE }))
  await snap(page, 'issue17-p15-1366-console-header')
})

test("a group's name is shown whole above each theme at 1366 when the workshop has two groups", async ({
  page,
}) => {
  await newWorkshopWithGroups(page, '県コーディネーター研修', { groups: 2 })
  await openGroupScreen(page, 'Ａグループ')
  for (const screen of ['テーマ1', 'テーマ2', 'テーマ3'] as const) {
    if (screen !== 'テーマ1') {
      await page
        .getByRole('navigation', { name: /テーマ/ })
        .getByRole('link', { name: screen })
        .click()
    }
    const heading = page.getByRole('heading', { level: 1, name: 'Ａグループ' })
    await expect(heading).toBeVisible()
    const cut = await heading.evaluate(
      (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    )
    expect(cut, `${screen}: 「Ａグループ」 is cut`).toBe(false)
    const tools = page.getByRole('button', { name: '心構え' })
    await expect(tools).toBeVisible()
    if (screen === 'テーマ1') await snap(page, 'issue17-header-two-groups-theme1-1366')
  }
})
