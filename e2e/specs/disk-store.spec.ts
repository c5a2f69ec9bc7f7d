import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { expectSaved, notices, workshopIdOf } from '../support/pages/app'
import { addNote, notesOf } from '../support/pages/board'
import { openHome } from '../support/pages/home'
import { newWorkshopWithGroups, openGroupScreen, openSection } from '../support/pages/setup'
import { snap } from '../support/screenshots'

/**
 * Browser mode's data on the disk of the computer that serves it (`npm run web`): the second copy
 * and the backups are real files, the page says where, and a cleared browser profile (a new
 * context: 「閲覧データを削除」, another browser) finds its workshops again. Without such a server
 * the page says honestly that everything lives only in this browser.
 */

// This spec's own server, with a disk store (the shared e2e server runs with --no-disk), on a
// port the system gives (never one of the fixed ranges other specs take).
let BASE = ''
const TITLE = 'ディスクに残る研修会'

function freeSystemPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => {
        resolve(port)
      })
    })
  })
}

let server: ChildProcess | null = null
let dataDir = ''

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`serve-web did not answer on ${BASE}`)
}

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'taneboard-disk-e2e-'))
  const port = await freeSystemPort()
  BASE = `http://127.0.0.1:${port}/`
  server = spawn(process.execPath, ['scripts/serve-web.mjs', `--data=${dataDir}`], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  })
  await waitForServer()
})

test.afterAll(async () => {
  server?.kill()
  server = null
  await rm(dataDir, { recursive: true, force: true })
})

/** A fresh browser profile on this spec's server, as the test's settings describe the laptop. */
async function freshProfile(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE,
    viewport: { width: 1366, height: 768 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  })
  return { context, page: await context.newPage() }
}

async function filesIn(...parts: string[]): Promise<string[]> {
  return readdir(join(dataDir, ...parts)).catch(() => [])
}

test('the second copy and the backups are files on disk; a cleared browser profile finds the workshop again', async ({
  browser,
}) => {
  const first = await freshProfile(browser)
  let page = first.page
  await openHome(page)
  await expect(page.getByText('研修会の控えとバックアップの保存先')).toBeVisible()
  await expect(page.locator('.data-location__path')).toHaveText(dataDir)
  await expect(page.getByText('このブラウザの中だけにあります')).toHaveCount(0)

  await newWorkshopWithGroups(page, TITLE, { template: '半日開催（試行②）', date: '2025-02-07' })
  const workshopId = workshopIdOf(page)
  await openGroupScreen(page, 'Ａグループ')
  await addNote(page, 'tray', '通院の足がない')
  await addNote(page, 'tray', '退院後の生活が不安')
  await expectSaved(page)

  // The second copy is a file in the folder the page named, holding what was typed.
  const snapshot = join(dataDir, 'workshops', `${workshopId}.taneboard.json`)
  await expect
    .poll(async () =>
      (await readFile(snapshot, 'utf8').catch(() => '')).includes('退院後の生活が不安'),
    )
    .toBe(true)

  // A backup now: a file under backups/<id>/, and the screen shows that folder.
  await page.goto(`/#/w/${workshopId}`)
  await page.getByRole('link', { name: 'バックアップ', exact: true }).click()
  await expect(page.locator('.backups-location__path')).toHaveText(
    join(dataDir, 'backups', workshopId),
  )
  await page.getByRole('button', { name: '今すぐバックアップ' }).click()
  await expect(notices(page)).toContainText('バックアップを保存しました。')
  await expect.poll(() => filesIn('backups', workshopId)).toHaveLength(1)
  await first.context.close()

  // Another profile (the browsing data cleared, or another browser): IndexedDB and OPFS are empty,
  // the workshop comes back from the folder, and the user is told where from.
  const second = await freshProfile(browser)
  page = second.page
  await openHome(page)
  await expect(notices(page)).toContainText(
    `パソコンのフォルダ（${dataDir}）に残っていた控えから復元しました（1件の研修会）。`,
  )
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible()
  await snap(page, 'disk-store-home-restored')
  await page.goto(`/#/w/${workshopId}`)
  await openSection(page, 'グループ')
  await openGroupScreen(page, 'Ａグループ')
  await expect(notesOf(page, 'tray')).toHaveText(['通院の足がない', '退院後の生活が不安'])

  // The backups came along too (they never were in the browser).
  await page.goto(`/#/w/${workshopId}/backups`)
  await expect(page.locator('.backups-table tbody tr')).toHaveCount(1)
  await expect(page.locator('.backups-table tbody tr').first()).toContainText('付箋2枚')
  await second.context.close()
})

test('a page served with no disk store says that the data lives only in this browser', async ({
  page,
}) => {
  await openHome(page)
  const warning = page.getByRole('region', {
    name: /研修会のデータはこのブラウザの中だけにあります/,
  })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('「閲覧データを削除」で消えます')
  await expect(warning).toContainText(new URL(page.url()).origin)
  await snap(page, 'disk-store-browser-only')
})
