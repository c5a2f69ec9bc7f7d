import { test, type CDPSession, type Page } from '@playwright/test'
import { boardUrl, buildLargeBoard } from '../../testing/browser/largeBoard'
import { seedThroughSnapshot } from '../../testing/browser/seedWorkshop'
import { interactiveAt, watchInteractive } from '../support/pageSetup'
import { formatCosts, traceCosts } from './traceSummary'

/**
 * `npm run bench:profile`: where the テーマ1 board's main-thread time goes at 300 and 1,000 notes
 * (a regular start, and a pointer drag between scenes: pick-up, moving, drop), from Chromium
 * traces with DevTools' timeline categories, and the JS functions with the most self time (CPU
 * profile). Prints `PROFILE …` lines; for finding the top costs, not a figure to track.
 */

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
]

function print(line: string): void {
  process.stdout.write(`PROFILE ${line}\n`)
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
}

async function topFunctions(page: Page, run: () => Promise<void>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return topFunctionsOf(cdp, run)
}

async function topFunctionsOf(cdp: CDPSession, run: () => Promise<unknown>): Promise<string[]> {
  await run()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  }
  await cdp.detach()
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)
    if (!node) return
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const file = url.split('/').pop() ?? ''
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, ms]) => `${Math.round(ms)} ms ${k}`)
}

async function drag(
  page: Page,
  from: string,
  to: string,
  beforeUp: () => Promise<unknown> = () => Promise.resolve(),
): Promise<{ down: number; up: number }> {
  const source = page.locator(`[data-area="${from}"] [data-note-id]`).first()
  await source.scrollIntoViewIfNeeded()
  const a = await source.boundingBox()
  const b = await page.locator(`[data-area="${to}"]`).first().boundingBox()
  if (!a || !b) throw new Error('profile: nothing to drag')
  const start = { x: a.x + a.width / 2, y: a.y + Math.min(20, a.height / 2) }
  const end = { x: b.x + b.width / 2, y: b.y + Math.min(24, b.height / 4) }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const down = await page.evaluate(() => performance.mark('profile-down').startTime)
  for (let i = 1; i <= 60; i += 1) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * i) / 60,
      start.y + ((end.y - start.y) * i) / 60,
    )
    await page.waitForTimeout(12)
  }
  await beforeUp()
  const up = await page.evaluate(() => performance.mark('profile-up').startTime)
  await page.mouse.up()
  await page.waitForTimeout(1000)
  return { down, up }
}

for (const n of [300, 1000]) {
  test(`profile of the テーマ1 board with ${n} notes`, async ({ page, browser }) => {
    const workshop = buildLargeBoard(n)
    await seedThroughSnapshot(page, workshop)
    await watchInteractive(page, workshop.notes, '[data-note-id]')
    await page.goto(boardUrl(workshop))
    await interactiveAt(page)

    await browser.startTracing(page, { categories: CATEGORIES })
    await page.reload()
    const interactive = await interactiveAt(page)
    const load = (await browser.stopTracing()).toString('utf8')
    print(`n${n} load (interactive ${Math.round(interactive)} ms) ${formatCosts(traceCosts(load))}`)
    print(
      `n${n} load events ${JSON.stringify(traceCosts(load).events.map(([k, v]) => [k, Math.round(v)]))}`,
    )

    const loadFunctions = await topFunctions(page, async () => {
      await page.reload()
      await interactiveAt(page)
    })
    for (const line of loadFunctions) print(`n${n} load js ${line}`)

    await browser.startTracing(page, { categories: CATEGORIES })
    await drag(page, 'daily', 'admission')
    const dragTrace = (await browser.stopTracing()).toString('utf8')
    print(`n${n} drag ${formatCosts(traceCosts(dragTrace))}`)
    print(
      `n${n} drag events ${JSON.stringify(traceCosts(dragTrace).events.map(([k, v]) => [k, Math.round(v)]))}`,
    )

    const dragFunctions = await topFunctions(page, async () => {
      await drag(page, 'emergency', 'daily')
    })
    for (const line of dragFunctions) print(`n${n} drag js ${line}`)

    // The drop alone: the second after the pointer is released.
    let dropTrace = ''
    await drag(page, 'admission', 'endOfLife', async () => {
      await browser.startTracing(page, { categories: CATEGORIES })
    })
    dropTrace = (await browser.stopTracing()).toString('utf8')
    print(`n${n} drop ${formatCosts(traceCosts(dropTrace))}`)
    print(
      `n${n} drop events ${JSON.stringify(traceCosts(dropTrace).events.map(([k, v]) => [k, Math.round(v)]))}`,
    )
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    const dropFunctions = await topFunctionsOf(cdp, () =>
      drag(page, 'daily', 'admission', async () => {
        await cdp.send('Profiler.start')
      }),
    )
    for (const line of dropFunctions) print(`n${n} drop js ${line}`)
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length)
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )
    print(`n${n} dom ${dom} elements, heap ${(heap / 1e6).toFixed(1)} MB`)
  })
}
