/**
 * The text scale of a slide's body: the largest that shows all of its content, to a few percent,
 * found with as few layouts as possible. Every measure is a forced layout of the slide, and a
 * live thumbnail is fitted again on each table's change (fifteen tables write at once): the search
 * starts from the slide's last fit, which after a small edit usually still holds (one layout),
 * instead of halving from the full size every time (seven or eight layouts).
 */

/** What one layout at a scale shows. */
export interface FitMeasure {
  /** Everything is visible (nothing below the body's bottom edge). */
  fits: boolean
  /** How much of the body's height the content fills (1: all of it; more when it overflows). */
  fill: number
}

export interface FitOptions {
  /**
   * The scale tried first on a new slide (1, or less for a slide the model marks as
   * overflowing): taken as is when everything fits and the slide may not grow.
   */
  start: number
  /**
   * The largest scale the text may grow to when it fits with room to spare (the start by
   * default: the text only shrinks). A slide with little text (the summary slide) grows into
   * the empty lower half instead of leaving it blank.
   */
  max?: number
  /** The smallest scale; content still too tall there is clipped. */
  min: number
  /** The scale the slide had before this change (null for a new slide: a full search). */
  last: number | null
  /** Halvings at most (the precision of a full search: (hi − lo) / 2^steps). */
  steps: number
  /**
   * After a change, a scale that fits and fills at least 1 − slack of the body is kept (the
   * text could grow by only a few percent).
   */
  slack: number
}

export const SLIDE_FIT: Omit<FitOptions, 'start' | 'max' | 'last'> = {
  min: 0.55,
  steps: 6,
  slack: 0.08,
}

/** The scale to show; `measure` applies a scale and lays the slide out. */
export function findFit(measure: (fit: number) => FitMeasure, options: FitOptions): number {
  const { start, min, steps, slack, last } = options
  const max = Math.max(start, options.max ?? start)
  const first = Math.min(max, Math.max(min, last ?? start))
  // A new slide is fitted fully (as large as fits, to the search's precision); a slide that was
  // fitted before keeps a scale that fills all but the slack.
  const fullEnough = (fill: number) => last !== null && fill >= 1 - slack
  const shown = measure(first)
  let lo: number
  let hi: number
  if (shown.fits) {
    if (first >= max || fullEnough(shown.fill)) return first
    // Room to grow: the largest scale at once when everything fits there (a slide with little
    // text), else between this scale (fits) and the largest.
    if (measure(max).fits) return max
    lo = first
    hi = max
  } else {
    if (first <= min) return min
    // Too tall: between the smallest and this scale (too tall).
    lo = min
    hi = first
  }
  for (let i = 0; i < steps; i += 1) {
    const mid = (lo + hi) / 2
    const at = measure(mid)
    if (!at.fits) {
      hi = mid
      continue
    }
    lo = mid
    if (fullEnough(at.fill)) break
  }
  return lo
}
