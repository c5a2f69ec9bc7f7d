import type { Browser, Page } from '@playwright/test'
import type { WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { seedWorkshop } from '../../testing/browser/seedWorkshop'
import type { HubProcess } from '../../testing/lan/hubProcess.mjs'

/**
 * The facilitator's console sharing a workshop over the LAN, as a facilitator starts it in
 * browser mode: the workshop restored on the laptop, the page opened from the hub's facilitator
 * URL (`#/lan-admin/<key>`), 「LAN共有を開始」 on the console's 「LAN共有」.
 */
export async function shareFromConsole(
  browser: Browser,
  hub: HubProcess,
  doc: WorkshopDoc,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: hub.url,
    viewport: { width: 1366, height: 768 },
  })
  const page = await context.newPage()
  await seedWorkshop(page, doc)
  await page.goto('about:blank')
  await page.goto(`/#/lan-admin/${hub.adminKey}`)
  await page.waitForURL(/#\/$/)
  await page.goto(`/#/w/${doc.workshop.id}/console`)
  await page.getByRole('tab', { name: 'LAN共有', exact: true }).click()
  await page.getByRole('button', { name: 'LAN共有を開始' }).click()
  await page.getByRole('img', { name: '参加用QRコード' }).waitFor()
  return page
}

/** Each card's group name and count on グループ一覧, read in one go. */
export function overviewCounts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.groups-overview .groups-card')].map((card) => [
        card.querySelector('h3')?.textContent ?? '',
        card.querySelector('.groups-count')?.textContent ?? '',
      ]),
    ),
  )
}
