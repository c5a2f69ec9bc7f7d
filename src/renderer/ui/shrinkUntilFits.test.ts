import { describe, expect, it } from 'vitest'
import { shrinkUntilFits } from './shrinkUntilFits'

/** A box whose content is `words` px high at scale 1, in a 100 px high frame. */
function box(words: number) {
  let scale = 1
  return {
    get scrollHeight() {
      return Math.round(words * scale)
    },
    clientHeight: 100,
    apply: (step: number) => {
      scale = step
    },
  }
}

describe('shrinkUntilFits', () => {
  const steps = [1, 0.9, 0.8, 0.7] as const

  it('keeps the full size when the content fits', () => {
    const fits = box(100)
    expect(shrinkUntilFits(fits, steps, fits.apply)).toBe(1)
  })

  it('stops at the first step that fits (a pixel of rounding allowed)', () => {
    const long = box(124)
    expect(shrinkUntilFits(long, steps, long.apply)).toBe(0.8)
    const almost = box(112)
    expect(shrinkUntilFits(almost, steps, almost.apply)).toBe(0.9)
  })

  it('stays at the smallest step when nothing fits', () => {
    const huge = box(1000)
    const applied: number[] = []
    expect(
      shrinkUntilFits(huge, steps, (step) => {
        applied.push(step)
        huge.apply(step)
      }),
    ).toBe(0.7)
    expect(applied).toEqual([1, 0.9, 0.8, 0.7])
  })
})
