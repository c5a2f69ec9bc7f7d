import { describe, expect, it } from 'vitest'
import { findFit, SLIDE_FIT, type FitMeasure } from './slideFit'

/** A slide whose content needs `need` times the body's height at scale 1 (height ∝ scale²). */
function slide(need: number) {
  const measured: number[] = []
  const measure = (fit: number): FitMeasure => {
    measured.push(fit)
    const fill = need * fit * fit
    return { fits: fill <= 1, fill }
  }
  return { measure, measured }
}

/** The largest scale that fits, for comparison. */
const best = (need: number) => Math.min(1, Math.sqrt(1 / need))

describe('findFit', () => {
  it('keeps the full size with one layout when the content fits', () => {
    const { measure, measured } = slide(0.5)
    expect(findFit(measure, { ...SLIDE_FIT, start: 1, last: null })).toBe(1)
    expect(measured).toEqual([1])
  })

  it('finds the largest scale that fits, to a few percent, on a new slide', () => {
    for (const need of [1.2, 1.6, 2.4, 3]) {
      const { measure, measured } = slide(need)
      const fit = findFit(measure, { ...SLIDE_FIT, start: 1, last: null })
      expect(measure(fit).fits).toBe(true)
      expect(fit).toBeGreaterThan(best(need) * 0.95)
      expect(measured.length).toBeLessThanOrEqual(1 + SLIDE_FIT.steps + 1)
    }
  })

  it('keeps the last fit with one layout after a small edit', () => {
    const first = slide(2)
    const fit = findFit(first.measure, { ...SLIDE_FIT, start: 1, last: null })
    // A new slide is fitted fully: the first edit that adds text searches again, leaving room.
    const grown = slide(2.05)
    const refit = findFit(grown.measure, { ...SLIDE_FIT, start: 1, last: fit })
    expect(grown.measure(refit).fits).toBe(true)
    const edited = slide(2.1)
    expect(findFit(edited.measure, { ...SLIDE_FIT, start: 1, last: refit })).toBe(refit)
    expect(edited.measured).toEqual([refit])
    const shortened = slide(2.02)
    expect(findFit(shortened.measure, { ...SLIDE_FIT, start: 1, last: refit })).toBe(refit)
    expect(shortened.measured).toEqual([refit])
  })

  it('shrinks from the last fit when the content grew past it, and grows when it shrank', () => {
    const grown = slide(2.6)
    const smaller = findFit(grown.measure, { ...SLIDE_FIT, start: 1, last: 0.7 })
    expect(grown.measure(smaller).fits).toBe(true)
    expect(smaller).toBeGreaterThan(best(2.6) * 0.95)
    const shrunk = slide(1.1)
    const larger = findFit(shrunk.measure, { ...SLIDE_FIT, start: 1, last: 0.6 })
    expect(shrunk.measure(larger).fits).toBe(true)
    expect(larger).toBeGreaterThan(best(1.1) * 0.95)
  })

  it('stays at the smallest scale with one layout when even that is too tall (clipped)', () => {
    const { measure, measured } = slide(10)
    expect(findFit(measure, { ...SLIDE_FIT, start: 1, last: SLIDE_FIT.min })).toBe(SLIDE_FIT.min)
    expect(measured).toEqual([SLIDE_FIT.min])
  })

  it('never goes past the slide’s own largest scale (an overflowing slide starts at 0.8)', () => {
    const { measure } = slide(0.2)
    expect(findFit(measure, { ...SLIDE_FIT, start: 0.8, last: 1 })).toBe(0.8)
  })

  it('grows a slide with little text to its largest scale at once (the summary slide, 1.7×)', () => {
    const { measure, measured } = slide(0.2)
    expect(findFit(measure, { ...SLIDE_FIT, start: 1, max: 1.7, last: null })).toBe(1.7)
    expect(measured).toEqual([1, 1.7])
  })

  it('grows a new slide as large as fits between its start and its largest scale', () => {
    const { measure } = slide(0.5)
    const fit = findFit(measure, { ...SLIDE_FIT, start: 1, max: 1.7, last: null })
    expect(measure(fit).fits).toBe(true)
    expect(fit).toBeLessThanOrEqual(Math.sqrt(2))
    expect(fit).toBeGreaterThan(Math.sqrt(2) * 0.98)
  })

  it('keeps a grown slide’s last fit after a small edit, and grows it again when it shrank', () => {
    const first = slide(0.5)
    const fit = findFit(first.measure, { ...SLIDE_FIT, start: 1, max: 1.7, last: null })
    const edited = slide(0.48)
    expect(findFit(edited.measure, { ...SLIDE_FIT, start: 1, max: 1.7, last: fit })).toBe(fit)
    expect(edited.measured).toEqual([fit])
    const cleared = slide(0.1)
    expect(findFit(cleared.measure, { ...SLIDE_FIT, start: 1, max: 1.7, last: fit })).toBe(1.7)
  })
})
