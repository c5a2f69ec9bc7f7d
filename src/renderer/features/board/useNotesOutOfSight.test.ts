import { describe, expect, it } from 'vitest'
import { countOutOfSight } from './useNotesOutOfSight'

const view = { top: 100, bottom: 300 }

describe('countOutOfSight (「ほか N 枚」)', () => {
  it('counts nothing when every note shows at least half', () => {
    expect(
      countOutOfSight(view, [
        { top: 100, bottom: 180 },
        { top: 60, bottom: 140 }, // half above the edge: still in sight
        { top: 260, bottom: 340 }, // half below the edge: still in sight
      ]),
    ).toEqual({ above: 0, below: 0 })
  })

  it('counts a note less than half in sight, above or below by its middle', () => {
    expect(
      countOutOfSight(view, [
        { top: 0, bottom: 80 }, // wholly above
        { top: 50, bottom: 130 }, // 30 of 80 px in sight: above
        { top: 200, bottom: 280 },
        { top: 270, bottom: 350 }, // 30 of 80 px in sight: below
        { top: 400, bottom: 480 }, // wholly below
        { top: 500, bottom: 580 },
      ]),
    ).toEqual({ above: 2, below: 3 })
  })

  it('never counts a note with no box of its own', () => {
    expect(countOutOfSight(view, [{ top: 500, bottom: 500 }])).toEqual({ above: 0, below: 0 })
  })
})
