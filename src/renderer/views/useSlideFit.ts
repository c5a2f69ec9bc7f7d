import { useLayoutEffect, useRef } from 'react'
import { findFit, SLIDE_FIT, type FitMeasure } from './slideFit'

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
 * The search starts from the body's last fit (slideFit.ts): a live thumbnail's small edit costs
 * one layout, not seven. Where nothing can be measured (jsdom) everything fits at the start.
 */
export function useSlideFit(key: unknown, range: SlideFitRange = {}) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const lastFit = useRef<number | null>(null)
  const start = range.start ?? 1
  const max = Math.max(start, range.max ?? start)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const fit = findFit((scale) => measureSlideBody(body, scale), {
      ...SLIDE_FIT,
      start,
      max,
      last: lastFit.current,
    })
    // Set without reading back: the frame lays it out once.
    setFit(body, fit)
    lastFit.current = fit
  }, [key, start, max])
  return bodyRef
}

/** Sets the body's `--fit` (not again when it already has it: no new layout). */
function setFit(body: HTMLElement, fit: number): void {
  const value = String(fit)
  if (body.style.getPropertyValue('--fit') !== value) body.style.setProperty('--fit', value)
}

/** Lays the slide body out at `fit` and says whether its content fits and how much it fills. */
function measureSlideBody(body: HTMLElement, fit: number): FitMeasure {
  setFit(body, fit)
  const height = body.clientHeight
  const content = body.firstElementChild
  // No layout (jsdom): everything fits.
  if (height === 0 || content === null) return { fits: true, fill: 1 }
  // Rectangles, not offsets: the ratio holds in a scaled thumbnail and whatever is positioned.
  const box = body.getBoundingClientRect()
  const fill = box.height > 0 ? (content.getBoundingClientRect().bottom - box.top) / box.height : 1
  return { fits: body.scrollHeight <= height + 1, fill }
}
