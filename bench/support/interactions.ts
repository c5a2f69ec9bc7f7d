import type { Browser, Page } from '@playwright/test'
import { busyPerFrame, percentile } from './traceFrames'

type BenchWindow = Window & {
  __drag?: { frames: number[]; longTasks: [number, number][]; running: boolean }
  __typing?: number[]
}

/** Only what busyPerFrame reads (top-level tasks, the sync mark): tracing costs time too. */
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing']

export interface DragFigures {
  /** p95 of main-thread busy ms per frame, from pointer down to the drop painted. */
  busyP95: number
  /** Its median (the steady state while moving). */
  busyP50: number
  /** Mean busy ms per frame from CDP Performance.getMetrics (TaskDuration / frames). */
  busyMean: number
  /** Main-thread busy ms (TaskDuration) in the second after the pointer is released. */
  dropBusy: number
  /** Long tasks (≥ 50 ms) in that time. */
  longTasks: number
  /** Of them: at pick-up (the first 250 ms after pointer down) or on the drop (after release). */
  pickUpDropLongTasks: number
  /** The longest of them (0 when none). */
  longestTask: number
  /** Each long task as 'pickUp 120ms' / 'move …' / 'drop …'. */
  longTaskPhases: string[]
  frames: number
}

export interface DragResult extends DragFigures {
  /** Whether the note ended up in the target area. */
  moved: boolean
}

/** A point in the viewport, CSS pixels. */
export interface ViewportPoint {
  x: number
  y: number
}

/**
 * Drags the first note of `from` with the pointer onto the area `to`: down, 60 moves about one
 * frame apart (≈ 1 s), up, then a second for the drop to land.
 */
export async function measureDrag(
  page: Page,
  browser: Browser,
  areas: { from: string; to: string; noteSelector: string },
): Promise<DragResult> {
  const source = page.locator(`[data-area="${areas.from}"] ${areas.noteSelector}`).first()
  await source.scrollIntoViewIfNeeded()
  const noteId = await source.getAttribute('data-note-id')
  const from = await source.boundingBox()
  const target = await page.locator(`[data-area="${areas.to}"]`).first().boundingBox()
  if (!from || !target || !noteId) throw new Error('drag: source or target not on screen')
  const start = { x: from.x + from.width / 2, y: from.y + Math.min(20, from.height / 2) }
  // The target area's title row: the area itself, not a note or 見出し in it.
  const end = { x: target.x + target.width / 2, y: target.y + Math.min(24, target.height / 4) }
  const figures = await measurePointerDrag(page, browser, start, end)
  const moved = await page
    .locator(`[data-area="${areas.to}"] [data-note-id="${noteId}"]`)
    .count()
    .then((n) => n > 0)
  if (process.env.BENCH_DEBUG) {
    const where = await page
      .locator(`[data-note-id="${noteId}"]`)
      .evaluateAll((els) => els.map((el) => el.closest('[data-area]')?.getAttribute('data-area')))
    process.stdout.write(
      `note ${noteId} now in ${JSON.stringify(where)}; start ${JSON.stringify(start)} end ${JSON.stringify(end)}\n`,
    )
    await page.screenshot({ path: `bench-results/after-${areas.from}-${areas.to}.png` })
  }
  return { ...figures, moved }
}

/**
 * The measured pointer drag, the same for TaneBoard and its peer: from `start` to `end` in 60
 * moves about one frame apart (≈ 1 s), up, then a second for the drop to land. Busy time per
 * frame from a trace (top-level tasks), mean from TaskDuration, long tasks from the page.
 */
export async function measurePointerDrag(
  page: Page,
  browser: Browser,
  start: ViewportPoint,
  end: ViewportPoint,
): Promise<DragFigures> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.mouse.move(start.x, start.y)
  await page.evaluate(() => {
    const w = window as BenchWindow
    const drag = { frames: [] as number[], longTasks: [] as [number, number][], running: true }
    w.__drag = drag
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) drag.longTasks.push([entry.startTime, entry.duration])
    }).observe({ type: 'longtask' })
    const loop = (t: number) => {
      drag.frames.push(t)
      if (drag.running) requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  })
  const tracing = process.env.BENCH_TRACE !== '0'
  if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const syncAt = await page.evaluate(() => performance.mark('bench-sync').startTime)
  const before = taskDuration(await cdp.send('Performance.getMetrics'))

  await page.mouse.down()
  const downAt = await page.evaluate(() => performance.now())
  const steps = 60
  for (let i = 1; i <= steps; i += 1) {
    const f = i / steps
    await page.mouse.move(start.x + (end.x - start.x) * f, start.y + (end.y - start.y) * f)
    await page.waitForTimeout(12)
  }
  const upAt = await page.evaluate(() => performance.now())
  const beforeUp = taskDuration(await cdp.send('Performance.getMetrics'))
  await page.mouse.up()
  await page.waitForTimeout(300)
  const after = taskDuration(await cdp.send('Performance.getMetrics'))
  await page.waitForTimeout(700)
  const afterDrop = taskDuration(await cdp.send('Performance.getMetrics'))

  const drag = await page.evaluate(() => {
    const d = (window as BenchWindow).__drag
    if (!d) throw new Error('drag: no recorder')
    d.running = false
    return { frames: d.frames, longTasks: d.longTasks }
  })
  const trace = tracing ? (await browser.stopTracing()).toString('utf8') : null
  await cdp.detach()
  // Frames from pointer down to 300 ms after the release (the drop painted), as before.
  const frames = drag.frames.filter((t) => t >= syncAt && t <= upAt + 300)
  const busy = trace
    ? busyPerFrame(trace, { name: 'bench-sync', pageTimeMs: syncAt }, frames).perFrame
    : []
  const durations = drag.longTasks.map(([, duration]) => duration)
  // When each long task started: on picking the note up, while moving, or on the drop.
  const phase = ([start]: [number, number]) =>
    start < downAt + 250 ? 'pickUp' : start >= upAt ? 'drop' : 'move'
  const long = drag.longTasks.filter(([, duration]) => duration >= 50)
  return {
    busyP95: percentile(busy, 95),
    busyP50: percentile(busy, 50),
    busyMean: ((after - before) * 1000) / Math.max(1, frames.length - 1),
    dropBusy: (afterDrop - beforeUp) * 1000,
    longTasks: long.length,
    pickUpDropLongTasks: long.filter((task) => phase(task) !== 'move').length,
    longestTask: Math.max(0, ...durations),
    longTaskPhases: drag.longTasks.map((task) => `${phase(task)} ${Math.round(task[1])}ms`),
    frames: frames.length,
  }
}

function taskDuration(metrics: { metrics: { name: string; value: number }[] }): number {
  return metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
}

export interface TypingResult {
  /** p95 of input event → the frame after it was painted, ms. */
  p95: number
  median: number
  count: number
}

/**
 * Types Japanese into a capture field one character at a time (as an IME commits them, through
 * insertText), about 12 characters a second, and measures for each input event the time from
 * the event to the end of the next frame (rAF, then a message: after the paint).
 */
export async function measureTyping(
  page: Page,
  field: string,
  text: string,
): Promise<TypingResult> {
  const input = page.locator(field).first()
  await input.scrollIntoViewIfNeeded()
  await input.click()
  await input.fill('')
  await page.evaluate(() => {
    const w = window as BenchWindow
    const samples: number[] = []
    w.__typing = samples
    window.addEventListener(
      'input',
      (event) => {
        const t0 = event.timeStamp
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            samples.push(performance.now() - t0)
          }
          channel.port2.postMessage(null)
        })
      },
      { capture: true },
    )
  })
  await page.keyboard.type(text, { delay: 80 })
  await page.waitForTimeout(200)
  const samples = await page.evaluate(() => (window as BenchWindow).__typing ?? [])
  // Leave the field empty (nothing is added to the board).
  await input.fill('')
  return {
    p95: percentile(samples, 95),
    median: percentile(samples, 50),
    count: samples.length,
  }
}
