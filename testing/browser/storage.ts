import type { Page } from '@playwright/test'

/**
 * Wipes this origin's IndexedDB the way Chromium does when it finds the database corrupt:
 * the other storage (the origin-private file system holding the second copy) is left alone.
 */
export async function wipeIndexedDb(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const origin = new URL(page.url()).origin
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' })
  } finally {
    await cdp.detach()
  }
}
