import type { CDPSession, Page } from '@playwright/test'

/**
 * Types Japanese the way an IME does, through the Chrome DevTools Protocol: the reading is
 * composed step by step (Input.imeSetComposition), then the conversion is committed
 * (Input.insertText). With `pressEnterToConvert`, Enter is pressed while the composition is still
 * open, as a user does to accept the conversion: the page sees a keydown with isComposing = true,
 * which must never commit a note.
 */
export async function typeWithIme(
  page: Page,
  steps: readonly string[],
  committed: string,
  options: { pressEnterToConvert?: boolean } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (const step of steps) {
      await cdp.send('Input.imeSetComposition', {
        text: step,
        selectionStart: step.length,
        selectionEnd: step.length,
      })
    }
    if (options.pressEnterToConvert) await pressEnterDuringComposition(cdp)
    await cdp.send('Input.insertText', { text: committed })
  } finally {
    await cdp.detach()
  }
}

/** Sends the keydown an IME produces for Enter while composing (key code 229). */
async function pressEnterDuringComposition(cdp: CDPSession): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  })
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  })
}
