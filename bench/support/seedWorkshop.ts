import { expect, type Page } from '@playwright/test'
import { serializeWorkshopFile } from '../../src/shared/files/workshopFile'
import type { WorkshopDoc } from '../../src/shared/model/workshopDoc'

/**
 * Gives the app a workshop the way its second copy does after IndexedDB is lost: the workshop
 * file goes where the browser host keeps snapshots (the origin-private file system), and the app
 * restores it on the next start. No test-only code in the app.
 */
export async function seedWorkshop(page: Page, doc: WorkshopDoc): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'タネボード', level: 1 })).toBeVisible()
  const text = serializeWorkshopFile(doc, 'bench', '2025-02-07T09:00:00.000Z')
  await page.evaluate(
    async ({ name, content }) => {
      const root = await navigator.storage.getDirectory()
      const dir = await root.getDirectoryHandle('workshops', { create: true })
      const file = await dir.getFileHandle(name, { create: true })
      const writable = await file.createWritable()
      await writable.write(content)
      await writable.close()
    },
    { name: `${doc.workshop.id}.taneboard.json`, content: text },
  )
  await page.reload()
  await expect(page.getByText(/バックアップから復元しました/)).toBeVisible({ timeout: 60_000 })
}
