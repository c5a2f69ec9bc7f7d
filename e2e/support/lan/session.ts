import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import type { WorkshopDoc } from '../../../src/shared/model/workshopDoc'
import { seedWorkshop } from '../../../testing/browser/seedWorkshop'
import type { HubProcess } from '../../../testing/lan/hubProcess.mjs'
import { lanWorkshop } from '../../../testing/lan/lanWorkshop'
import type { Device } from './fixtures'

/**
 * The LAN live session as the specs drive it: a workshop on the facilitator's laptop, shared from
 * the console's 「LAN共有」 (browser mode: the page opened from the hub's facilitator URL), tables
 * joining by URL or by code, and what each side shows.
 */

export { lanWorkshop }

export interface JoinEntry {
  groupId: string
  token: string
  code: string
  url: string
}

export interface SharedConsole {
  context: BrowserContext
  page: Page
  workshopId: string
  /** The code the console shows in a group's row (ABCD-EFGH). */
  codeOf(groupName: string): Promise<string>
  /** The `#/join/<token>` address of a group on the tables' name (what its QR code would hold). */
  urlOf(groupId: string): Promise<string>
  openTab(name: 'グループ一覧' | '全体共有' | 'LAN共有' | 'タイマー'): Promise<void>
}

/**
 * The facilitator: the workshop put on the laptop (restored from its second copy), the page
 * opened from the hub's facilitator URL (`#/lan-admin/<key>`), the console's 「LAN共有」 started.
 */
export async function shareFromConsole(
  open: () => Promise<{ context: BrowserContext; page: Page }>,
  hub: HubProcess,
  doc: WorkshopDoc,
): Promise<SharedConsole> {
  const { context, page } = await open()
  await seedWorkshop(page, doc)
  await page.goto('about:blank')
  await page.goto(`/#/lan-admin/${hub.adminKey}`)
  await expect(page).toHaveURL(/#\/$/)
  const workshopId = doc.workshop.id
  await page.goto(`/#/w/${workshopId}/console`)
  const openTab = async (name: string): Promise<void> => {
    await page.getByRole('tab', { name, exact: true }).click()
  }
  await openTab('LAN共有')
  await page.getByRole('button', { name: 'LAN共有を開始' }).click()
  await expect(page.getByRole('img', { name: '参加用QRコード' })).toBeVisible()
  return {
    context,
    page,
    workshopId,
    async codeOf(groupName) {
      await openTab('LAN共有')
      const code = page.getByRole('row', { name: new RegExp(`^${groupName}`) }).getByRole('cell')
      await expect(code.first()).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      return (await code.first().textContent()) ?? ''
    },
    async urlOf(groupId) {
      const { join } = await hub.api<{ join: { groups: JoinEntry[] } | null }>('status')
      const entry = join?.groups.find((g) => g.groupId === groupId)
      if (!entry) throw new Error(`no join entry for ${groupId}`)
      return `${hub.tableUrl}#/join/${entry.token}`
    },
    openTab,
  }
}

/** The table's link line (接続中 / 再接続中 / オフライン・未送信n件 / 参加できません…). */
export function linkOf(page: Page): Locator {
  return page.locator('.table-bar').getByRole('status')
}

/** Joins by the group's URL (no typing); ends on the group's テーマ1 with the link up. */
export async function joinByUrl(table: Device, url: string, groupName: string): Promise<void> {
  await table.page.goto(url)
  await expectJoined(table.page, groupName)
}

/** Joins by typing the code on #/join; ends on the group's テーマ1 with the link up. */
export async function joinByCode(table: Device, code: string, groupName: string): Promise<void> {
  await table.page.goto('/#/join')
  await table.page.getByLabel('参加コード').fill(code)
  await table.page.getByRole('button', { name: '参加する' }).click()
  await expectJoined(table.page, groupName)
}

async function expectJoined(page: Page, groupName: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible()
  await expect(linkOf(page)).toHaveText('接続中', { timeout: 15_000 })
}

/** The card of a group on the console's グループ一覧. */
export function overviewCard(page: Page, groupName: string): Locator {
  return page
    .locator('.groups-overview')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: groupName, level: 3 }) })
}

/**
 * Whether this origin's IndexedDB holds `text` anywhere (every database, every store, values as
 * JSON or, for the sync documents' binary updates, as UTF-8).
 */
export async function storageHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const decoder = new TextDecoder()
    const flatten = (value: unknown): string => {
      if (value instanceof Uint8Array) return decoder.decode(value)
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value))
      if (Array.isArray(value)) return value.map(flatten).join('\n')
      if (value && typeof value === 'object')
        return Object.values(value as Record<string, unknown>)
          .map(flatten)
          .join('\n')
      return String(value)
    }
    const request = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => {
          resolve(r.result)
        }
        r.onerror = () => {
          reject(r.error ?? new Error('idb'))
        }
      })
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await request(indexedDB.open(info.name))
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await request(db.transaction(store).objectStore(store).getAll())
          if (all.some((value) => flatten(value).includes(text))) return true
        }
      } finally {
        db.close()
      }
    }
    return false
  }, text)
}

/**
 * Loads the font subsets these characters need (the app's Japanese font comes in unicode-range
 * pieces fetched on first use), as a table that has worked a while has them cached. Before a
 * black hole: a piece requested during one waits for the link, and so does a screenshot.
 */
export async function warmFonts(page: Page, text: string): Promise<void> {
  await page.evaluate(async (text) => {
    await Promise.all(
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans JP"`, text)),
    )
  }, text)
}
