import type { Page } from '@playwright/test'

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
