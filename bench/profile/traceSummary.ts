/**
 * Where a Chromium trace's main-thread time went: self time per event kind of the page's renderer
 * main thread (CrRendererMain), grouped into what DevTools' summary shows (script, layout, style,
 * paint, …). For `npm run bench:profile`, to find the top costs before changing anything.
 */

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { url?: string } }
}

const GROUPS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script (compile)',
  'v8.compileModule': 'script (compile)',
  'V8.CompileCode': 'script (compile)',
  'v8.parseOnBackground': 'script (compile)',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Paint: 'paint',
  PaintImage: 'paint',
  PrePaint: 'pre-paint',
  Layerize: 'layerize/composite',
  UpdateLayer: 'layerize/composite',
  CompositeLayers: 'layerize/composite',
  Commit: 'layerize/composite',
  HitTest: 'hit test',
  ParseHTML: 'parse html',
  IntersectionObserverController_computeIntersections: 'intersection observers',
  'LocalFrameView::RunResizeObserverSteps': 'resize observers',
}

export interface TraceCosts {
  /** Self ms per group, biggest first. */
  groups: [string, number][]
  /** Self ms per event name, biggest first (the first 12). */
  events: [string, number][]
  /** All main-thread time inside top-level tasks, ms. */
  total: number
}

/** Self time per event of the page's main thread between `fromUs` and `toUs` (trace clock). */
export function traceCosts(
  traceJson: string,
  window?: { fromUs: number; toUs: number },
): TraceCosts {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  // The busiest renderer main thread is the page's.
  let best: { pid: number; tid: number; busy: number } | null = null
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0)
    if (!best || busy > best.busy) best = { pid: m.pid, tid: m.tid, busy }
  }
  if (!best) throw new Error('trace: no renderer main thread')
  const main = best
  const inWindow = (e: TraceEvent) =>
    !window || (e.ts >= window.fromUs && e.ts + (e.dur ?? 0) <= window.toUs)
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && inWindow(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const stack: { event: TraceEvent; end: number; children: number }[] = []
  let total = 0
  const close = (until: number) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= until) {
      const top = stack.pop()
      if (!top) break
      const own = (top.event.dur ?? 0) - top.children
      self.set(top.event.name, (self.get(top.event.name) ?? 0) + own)
    }
  }
  for (const e of slices) {
    close(e.ts)
    const parent = stack[stack.length - 1]
    if (parent) parent.children += e.dur ?? 0
    else total += e.dur ?? 0
    stack.push({ event: e, end: e.ts + (e.dur ?? 0), children: 0 })
  }
  close(Number.POSITIVE_INFINITY)
  const groups = new Map<string, number>()
  for (const [name, us] of self) {
    const group = GROUPS[name] ?? (name === 'RunTask' ? 'other (task overhead)' : 'other')
    groups.set(group, (groups.get(group) ?? 0) + us)
  }
  const ms = (entries: Iterable<[string, number]>) =>
    [...entries].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1])
  return { groups: ms(groups), events: ms(self).slice(0, 12), total: total / 1000 }
}

/** One line: `script 120 ms (31 %), layout …`. */
export function formatCosts(costs: TraceCosts): string {
  const parts = costs.groups
    .filter(([, ms]) => ms >= 1)
    .map(([k, ms]) => `${k} ${Math.round(ms)} ms (${Math.round((ms / costs.total) * 100)} %)`)
  return `${Math.round(costs.total)} ms: ${parts.join(', ')}`
}
