/**
 * Main-thread time of some pages between two marks, from one Chromium trace
 * (Browser.startTracing with the 'toplevel' and 'blink.user_timing' categories). Each page is
 * found by a `performance.mark` it made (its renderer process); its main thread is the one named
 * CrRendererMain. Top-level tasks are merged where they overlap.
 */

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time of the event, when the trace has it. */
  tdur?: number
  pid: number
  tid: number
  args?: Record<string, unknown>
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])
export const LONG_TASK_MS = 50

export interface WindowBusy {
  /** Busy ms of every page's main thread (one thread counted once) between the marks. */
  busyMs: number
  /**
   * The CPU time of those tasks (their thread time): what the pages cost whatever else the
   * machine runs (busyMs also holds the time the thread waited for a core).
   */
  cpuMs: number
  /** Tasks of 50 ms or more in that time. */
  longTasks: number[]
  /** Threads found, for the log. */
  threads: string[]
}

export function traceEvents(traceJson: string): TraceEvent[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
}

function mainThreadOf(events: TraceEvent[], pid: number): number | undefined {
  return events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === pid &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  )?.tid
}

/**
 * `pageMarks`: a mark name each page made (any time in the trace); `from` / `to`: the marks of
 * the window, made by the first page.
 */
export function busyBetween(
  events: TraceEvent[],
  pageMarks: readonly string[],
  from: string,
  to: string,
): WindowBusy {
  const mark = (name: string) => {
    const found = events.find((e) => e.name === name && e.ts > 0)
    if (!found) throw new Error(`trace: no ${name} mark`)
    return found
  }
  const start = mark(from).ts
  const end = mark(to).ts
  const threads = new Map<string, { pid: number; tid: number }>()
  for (const name of pageMarks) {
    const { pid } = mark(name)
    const tid = mainThreadOf(events, pid)
    if (tid === undefined) throw new Error(`trace: no renderer main thread for ${name}`)
    threads.set(`${pid}:${tid}`, { pid, tid })
  }
  let busyUs = 0
  let cpuUs = 0
  const longTasks: number[] = []
  for (const { pid, tid } of threads.values()) {
    const tasks = events
      .filter(
        (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur,
      )
      .filter((e) => e.ts + (e.dur ?? 0) > start && e.ts < end)
      .sort((a, b) => a.ts - b.ts)
    const merged: [number, number][] = []
    let coveredUntil = 0
    for (const task of tasks) {
      const s = task.ts
      const e = task.ts + (task.dur ?? 0)
      // Nested tasks are inside their parent: its thread time holds theirs.
      if (s >= coveredUntil) cpuUs += task.tdur ?? task.dur ?? 0
      coveredUntil = Math.max(coveredUntil, e)
      const last = merged[merged.length - 1]
      if (last && s <= last[1]) last[1] = Math.max(last[1], e)
      else merged.push([s, e])
    }
    for (const [s, e] of merged) {
      busyUs += Math.min(e, end) - Math.max(s, start)
      if (e - s >= LONG_TASK_MS * 1000) longTasks.push((e - s) / 1000)
    }
  }
  return {
    busyMs: busyUs / 1000,
    cpuMs: cpuUs / 1000,
    longTasks,
    threads: [...threads.keys()],
  }
}
