/**
 * Main-thread busy time per frame from a Chromium trace (Browser.startTracing): the top-level
 * tasks of the page's renderer main thread, merged where they overlap, cut at the frame
 * boundaries (the page's own requestAnimationFrame timestamps, put on the trace clock with a
 * performance.mark whose performance.now() time is known).
 */

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: Record<string, unknown>
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

export interface FrameBusy {
  /** Busy ms in each frame interval, in order. */
  perFrame: number[]
  /** The thread found (for the log). */
  thread: string
}

export function busyPerFrame(
  traceJson: string,
  syncMark: { name: string; pageTimeMs: number },
  framePageTimesMs: readonly number[],
): FrameBusy {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
  const mark = events.find((e) => e.name === syncMark.name && e.ts > 0)
  if (!mark) throw new Error(`trace: no ${syncMark.name} mark`)
  // The mark's renderer is the page's; its main thread is the one named CrRendererMain.
  const mainTid = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === mark.pid &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  )?.tid
  if (mainTid === undefined) throw new Error('trace: no renderer main thread')
  const offsetUs = mark.ts - syncMark.pageTimeMs * 1000
  const tasks = events
    .filter(
      (e) =>
        e.pid === mark.pid && e.tid === mainTid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur,
    )
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number])
    .sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [start, end] of tasks) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const bounds = framePageTimesMs.map((t) => t * 1000 + offsetUs)
  const perFrame: number[] = []
  let k = 0
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const from = bounds[i] ?? 0
    const to = bounds[i + 1] ?? 0
    while (k < merged.length && (merged[k]?.[1] ?? 0) <= from) k += 1
    let busy = 0
    for (let j = k; j < merged.length; j += 1) {
      const [start, end] = merged[j] ?? [0, 0]
      if (start >= to) break
      busy += Math.max(0, Math.min(end, to) - Math.max(start, from))
    }
    perFrame.push(busy / 1000)
  }
  return { perFrame, thread: `pid ${mark.pid} tid ${mainTid}` }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}
