import type { Locator, Page } from '@playwright/test'

/**
 * Drags with the pointer like a touchpad user: press on `from` (its middle, or `gripTop` px below
 * its top edge), a small move past the activation distance, then in steps to the point (`x`, `y`)
 * of `to` (fractions of its box: 0 = left / top edge, 1 = right / bottom edge), release.
 */
export async function drag(
  page: Page,
  from: Locator,
  to: Locator,
  options: { x?: number; y?: number; gripTop?: number } = {},
): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  await to.scrollIntoViewIfNeeded()
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('drag: element not visible')
  const start = { x: a.x + a.width / 2, y: a.y + (options.gripTop ?? a.height / 2) }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 3 })
  await page.mouse.move(b.x + b.width * (options.x ?? 0.5), b.y + b.height * (options.y ?? 0.5), {
    steps: 20,
  })
  await page.mouse.up()
}
