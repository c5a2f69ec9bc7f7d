import { test } from '@playwright/test'
import { boardUrl, buildLargeBoard } from '../testing/browser/largeBoard'
import { seedThroughSnapshot } from '../testing/browser/seedWorkshop'
import { measureDrag, measureTyping, type DragResult } from './support/interactions'
import { interactiveAt, watchInteractive } from './support/pageSetup'
import { median } from './support/traceFrames'

/**
 * The テーマ1 board at 300 and 1,000 notes. Targets at 300 (issue #3): interactive ≤ 800 ms,
 * drag ≤ 10 ms busy per frame at p95 and no long task ≥ 50 ms, typing ≤ 50 ms to paint.
 * Each figure is the median of 3 runs. Printed as `BENCH <name> <value> <unit>`; never asserted.
 *
 * Environment: BENCH_PORT (server port, 4180), BENCH_DEBUG=1 (each drag in detail, with when its
 * long tasks started: pickUp / move / drop), BENCH_TRACE=0 (no trace: long tasks without the
 * tracing overhead, but no busy-per-frame figure), BENCH_SCREENSHOT=1 (the board, into
 * bench-results/).
 */

const SIZES = [300, 1000] as const
const RUNS = 3
const NOTE = '[data-note-id]'
/** What a moderator types for one trouble (committed by the IME one character at a time). */
const TYPED = '退院時の情報をもっと早く欲しいと病院に伝えたい'

function report(name: string, value: number, unit: string): void {
  const shown = Number.isFinite(value) ? String(Math.round(value * 10) / 10) : 'NaN'
  process.stdout.write(`BENCH ${name} ${shown} ${unit}\n`)
}

for (const n of SIZES) {
  test(`テーマ1 board with ${n} notes`, async ({ page, browser }) => {
    const workshop = buildLargeBoard(n)
    const prefix = `theme1.n${n}`
    await seedThroughSnapshot(page, workshop)
    await watchInteractive(page, workshop.notes, NOTE)

    // First start: IndexedDB is empty, the app restores the board from its snapshot.
    await page.goto(boardUrl(workshop))
    const restore = await interactiveAt(page)

    // Regular starts: the board comes from IndexedDB (the snapshot is still read and compared).
    const loads: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      await page.reload()
      loads.push(await interactiveAt(page))
    }

    // Drags between scenes: 日常療養 → 入退院支援, 急変時の対応 → 日常療養, 入退院支援 → 看取り.
    // The last one drops on the title of a lower-row scene, right below the scroll-clipped list of
    // 入退院支援 whose hidden notes once caught the pointer there (boardCollision clips them now).
    const drags: DragResult[] = []
    const routes = [
      { from: 'daily', to: 'admission' },
      { from: 'emergency', to: 'daily' },
      { from: 'admission', to: 'endOfLife' },
    ]
    if (process.env.BENCH_SCREENSHOT) {
      await page.screenshot({ path: `bench-results/board-n${n}.png` })
    }
    for (const route of routes.slice(0, RUNS)) {
      const result = await measureDrag(page, browser, { ...route, noteSelector: NOTE })
      drags.push(result)
      if (process.env.BENCH_DEBUG)
        process.stdout.write(`drag ${JSON.stringify({ ...route, ...result })}\n`)
    }

    const typing: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      typing.push((await measureTyping(page, '[data-capture="daily"]', TYPED)).p95)
    }

    report(`${prefix}.interactive_ms`, median(loads), 'ms')
    report(`${prefix}.drag_busy_p95_ms`, median(drags.map((d) => d.busyP95)), 'ms')
    report(`${prefix}.drag_longtasks`, median(drags.map((d) => d.longTasks)), 'count')
    report(`${prefix}.type_to_paint_p95_ms`, median(typing), 'ms')
    // Context for the figures above.
    report(`${prefix}.restore_interactive_ms`, restore, 'ms')
    report(`${prefix}.drag_busy_p50_ms`, median(drags.map((d) => d.busyP50)), 'ms')
    report(`${prefix}.drag_busy_mean_ms`, median(drags.map((d) => d.busyMean)), 'ms')
    report(`${prefix}.drag_longest_task_ms`, Math.max(...drags.map((d) => d.longestTask)), 'ms')
    report(`${prefix}.drag_frames`, median(drags.map((d) => d.frames)), 'count')
    // Of the drags above (one into the lower row): how many landed in their target scene.
    report(`${prefix}.drag_dropped_in_target`, drags.filter((d) => d.moved).length, 'count')
    report(`${prefix}.drag_count`, drags.length, 'count')
  })
}
