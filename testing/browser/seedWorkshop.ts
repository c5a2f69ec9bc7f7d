import { expect, type Page } from '@playwright/test'
import { serializeWorkshopFile } from '../../src/shared/files/workshopFile'
import type { WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { SNAPSHOT_DIRECTORY, SNAPSHOT_SUFFIX } from '../../src/renderer/host/snapshotStores'
import { wipeIndexedDb } from './storage'

/**
 * Gives the app a workshop the way its second copy does after IndexedDB is lost: the workshop
 * file goes where the browser host keeps snapshots (the origin-private file system), and the app
 * restores it on the next start. No test-only code in the app.
 */

/** Writes a snapshot file (`<id>.taneboard.json`) from a page of the app's origin. */
async function writeSnapshot(page: Page, name: string, content: string, fresh: boolean) {
  await page.evaluate(
    async ({ directory, name, content, fresh }) => {
      const root = await navigator.storage.getDirectory()
      if (fresh) await root.removeEntry(directory, { recursive: true }).catch(() => undefined)
      const dir = await root.getDirectoryHandle(directory, { create: true })
      const handle = await dir.getFileHandle(name, { create: true })
      const writable = await handle.createWritable()
      await writable.write(content)
      await writable.close()
    },
    { directory: SNAPSHOT_DIRECTORY, name, content, fresh },
  )
}

/**
 * Puts the workshop's file among the browser host's snapshots and restarts the app on ホーム,
 * which tells the user it restored the workshop.
 */
export async function seedWorkshop(
  page: Page,
  doc: WorkshopDoc,
  options: { appVersion?: string; restoreTimeoutMs?: number } = {},
): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'タネボード', level: 1 })).toBeVisible()
  const content = serializeWorkshopFile(
    doc,
    options.appVersion ?? 'e2e',
    '2025-02-07T09:00:00.000Z',
  )
  await writeSnapshot(page, `${doc.workshop.id}${SNAPSHOT_SUFFIX}`, content, false)
  await page.reload()
  await expect(page.getByText(/バックアップから復元しました/)).toBeVisible(
    options.restoreTimeoutMs === undefined ? undefined : { timeout: options.restoreTimeoutMs },
  )
}

/**
 * Puts a workshop file where the app finds it on start-up (as the only snapshot) with IndexedDB
 * wiped, so the app's own start-up restore loads it on the next navigation. Done from a page of
 * the same origin that is not the app (a 404), so nothing holds the database open meanwhile.
 */
export async function seedThroughSnapshot(
  page: Page,
  workshop: { workshopId: string; file: string },
): Promise<void> {
  await page.goto('/bench-seed-blank')
  await writeSnapshot(page, `${workshop.workshopId}${SNAPSHOT_SUFFIX}`, workshop.file, true)
  await wipeIndexedDb(page)
}
