import type { Page } from '@playwright/test'
import { SNAPSHOT_DIRECTORY, SNAPSHOT_SUFFIX } from '../../src/renderer/host/snapshotStores'
import { wipeIndexedDb } from '../../e2e/support/storage'
import type { BenchWorkshop } from './benchWorkshop'

/**
 * Puts a workshop where the app finds it on start-up: its snapshot file in the origin-private
 * file system (folder 'workshops', `<id>.taneboard.json`, as the browser host writes it), with
 * IndexedDB wiped, so the app's own start-up restore loads it. Done from a page of the same
 * origin that is not the app (a 404), so nothing holds the database open meanwhile.
 */
export async function seedThroughSnapshot(page: Page, workshop: BenchWorkshop): Promise<void> {
  await page.goto('/bench-seed-blank')
  await page.evaluate(
    async ({ directory, name, content }) => {
      const root = await navigator.storage.getDirectory()
      await root.removeEntry(directory, { recursive: true }).catch(() => undefined)
      const dir = await root.getDirectoryHandle(directory, { create: true })
      const handle = await dir.getFileHandle(name, { create: true })
      const writable = await handle.createWritable()
      await writable.write(content)
      await writable.close()
    },
    {
      directory: SNAPSHOT_DIRECTORY,
      name: `${workshop.workshopId}${SNAPSHOT_SUFFIX}`,
      content: workshop.file,
    },
  )
  await wipeIndexedDb(page)
}

/** The board's address (hash route). */
export function boardUrl(workshop: BenchWorkshop): string {
  return `/#/w/${workshop.workshopId}/g/${workshop.groupId}/theme1`
}

/**
 * Before the app's scripts run, on every navigation: watches each frame for the board to be
 * interactive (at least `notes` notes rendered and the capture field ready), then records
 * performance.now() at the next frame, i.e. time since navigation start to that paint.
 */
export async function watchInteractive(page: Page, notes: number, selector: string): Promise<void> {
  await page.addInitScript(
    ({ expected, noteSelector }) => {
      const bench = { interactiveAt: -1, notesSeen: 0 }
      Object.assign(window, { __bench: bench })
      const ready = () => {
        bench.notesSeen = document.querySelectorAll(noteSelector).length
        const capture = document.querySelector<HTMLTextAreaElement>('[data-capture]')
        return bench.notesSeen >= expected && capture !== null && !capture.disabled
      }
      const tick = () => {
        if (!ready()) {
          requestAnimationFrame(tick)
          return
        }
        requestAnimationFrame(() => {
          bench.interactiveAt = performance.now()
        })
      }
      requestAnimationFrame(tick)
    },
    { expected: notes, noteSelector: selector },
  )
}

/** Waits for the watcher above; returns ms from navigation start. */
export async function interactiveAt(page: Page, timeoutMs = 60_000): Promise<number> {
  try {
    await page.waitForFunction(
      () =>
        (window as unknown as { __bench?: { interactiveAt: number } }).__bench?.interactiveAt !==
        -1,
      undefined,
      { timeout: timeoutMs, polling: 100 },
    )
  } catch (error) {
    const seen = await page.evaluate(
      () => (window as unknown as { __bench?: { notesSeen: number } }).__bench?.notesSeen ?? 0,
    )
    throw new Error(`the board did not become interactive (${seen} notes seen)`, { cause: error })
  }
  return page.evaluate(
    () => (window as unknown as { __bench: { interactiveAt: number } }).__bench.interactiveAt,
  )
}
