import { useLayoutEffect, useRef } from 'react'

/** Smallest text scale the fitting goes down to (then the slide clips), as the plenary slides. */
const MIN_FIT = 0.55
const FIT_STEPS = 6

/**
 * A 16:9 slide body's text (`--fit`, a factor of its container-unit size) made as large as fits,
 * to a few percent, whenever `key` changes: the same fitting as PlenarySlideView's.
 */
export function useSlideFit(key: unknown) {
  const bodyRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const fits = (fit: number) => {
      body.style.setProperty('--fit', String(fit))
      return body.scrollHeight <= body.clientHeight + 1
    }
    if (fits(1)) return
    let lo = MIN_FIT
    let hi = 1
    for (let i = 0; i < FIT_STEPS; i += 1) {
      const mid = (lo + hi) / 2
      if (fits(mid)) lo = mid
      else hi = mid
    }
    fits(lo)
  }, [key])
  return bodyRef
}
