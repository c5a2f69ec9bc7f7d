import { useLayoutEffect, useRef } from 'react'

/** Smallest text scale the fitting goes down to (then the slide clips). */
const MIN_FIT = 0.55
/** Halvings of the search: the largest text that fits, to a few percent (a handful of layouts). */
const FIT_STEPS = 6

export interface SlideFitRange {
  /** The scale tried first: taken as is when everything fits (1 by default). */
  start?: number
  /**
   * The largest scale the text may grow to when it fits with room to spare (the start by
   * default: the text only shrinks). A slide with little text (the summary slide) grows into
   * the empty lower half instead of leaving it blank.
   */
  max?: number
}

/**
 * A 16:9 slide body's text (`--fit`, a factor of its container-unit size) made as large as fits,
 * to a few percent, whenever `key` changes: every plenary and 総括 slide fits its text this way.
 * Sizes are container units on a 16:9 slide, so the fit holds when the slide is scaled (full
 * screen, a thumbnail): it is measured again only for another slide, not on every timer tick.
 * Where nothing can be measured (jsdom) everything fits at the start.
 */
export function useSlideFit(key: unknown, range: SlideFitRange = {}) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const start = range.start ?? 1
  const max = Math.max(start, range.max ?? start)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const fits = (fit: number) => {
      body.style.setProperty('--fit', String(fit))
      return body.scrollHeight <= body.clientHeight + 1
    }
    if (max > start && fits(max)) return
    let lo: number
    let hi: number
    if (fits(start)) {
      if (max === start) return
      lo = start
      hi = max
    } else {
      lo = MIN_FIT
      hi = start
    }
    for (let i = 0; i < FIT_STEPS; i += 1) {
      const mid = (lo + hi) / 2
      if (fits(mid)) lo = mid
      else hi = mid
    }
    fits(lo)
  }, [key, start, max])
  return bodyRef
}
