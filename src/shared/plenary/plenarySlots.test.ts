import { describe, expect, it } from 'vitest'
import {
  initialPlenaryState,
  plenaryAddMinutes,
  plenaryNext,
  plenarySignals,
  plenaryStart,
  plenaryStateSchema,
  plenaryToReview,
  plenaryView,
} from '../timer/plenaryTimer'
import { defaultReviewMs, evenShareMs, planSlots, slotPosition } from './plenarySlots'

const SEC = 1000
const MIN = 60 * SEC

describe('全体共有 slots: 発表 + 講評', () => {
  it('shares the row equally, cut to whole seconds, a quarter to the 講評', () => {
    // 試行①: 全体共有 45分, 3 groups.
    expect(planSlots({ totalMinutes: 45, groupCount: 3, reviewMode: 'each' })).toEqual({
      evenMs: 15 * MIN,
      slotMs: 15 * MIN,
      talkMs: 12 * MIN,
      reviewMs: 3 * MIN,
      sumMs: 45 * MIN,
      totalMs: 45 * MIN,
      overMs: 0,
    })
    // 40分 for 6 groups: 6分40秒 each (never 「6.67分」), 1分 of 講評.
    expect(planSlots({ totalMinutes: 40, groupCount: 6, reviewMode: 'each' })).toMatchObject({
      slotMs: 6 * MIN + 40 * SEC,
      talkMs: 5 * MIN + 40 * SEC,
      reviewMs: MIN,
      overMs: 0,
    })
    // 13 groups in 45分: 3分27秒, 30秒 of 講評 (half minutes under 4 minutes).
    expect(planSlots({ totalMinutes: 45, groupCount: 13, reviewMode: 'each' })).toMatchObject({
      slotMs: 3 * MIN + 27 * SEC,
      reviewMs: 30 * SEC,
      talkMs: 2 * MIN + 57 * SEC,
    })
  })

  it('keeps the whole slot for the 発表 when the 講評 is only in the 総括', () => {
    expect(planSlots({ totalMinutes: 45, groupCount: 3, reviewMode: 'summary' })).toMatchObject({
      talkMs: 15 * MIN,
      reviewMs: 0,
      slotMs: 15 * MIN,
    })
  })

  it("takes the facilitator's slot and 講評, and says how far the slots go past the row", () => {
    const plan = planSlots({
      totalMinutes: 40,
      groupCount: 6,
      reviewMode: 'each',
      slotMinutes: 8,
      reviewMinutes: 2.5,
    })
    expect(plan).toMatchObject({ slotMs: 8 * MIN, talkMs: 5.5 * MIN, reviewMs: 2.5 * MIN })
    expect(plan.sumMs).toBe(48 * MIN)
    expect(plan.overMs).toBe(8 * MIN)
    // A 講評 longer than the slot is the whole slot; no 発表 is left.
    expect(
      planSlots({ totalMinutes: 40, groupCount: 6, reviewMode: 'each', reviewMinutes: 10 }),
    ).toMatchObject({ reviewMs: 6 * MIN + 40 * SEC, talkMs: 0, overMs: 0 })
    // No 全体共有 row: nothing to go past.
    expect(
      planSlots({ totalMinutes: 0, groupCount: 3, reviewMode: 'each', slotMinutes: 5 }),
    ).toMatchObject({ slotMs: 5 * MIN, overMs: 0, totalMs: 0 })
  })

  it('survives nonsense input', () => {
    expect(evenShareMs(Number.NaN, 3)).toBe(0)
    expect(evenShareMs(45, 0)).toBe(0)
    expect(evenShareMs(45, -2)).toBe(0)
    expect(defaultReviewMs(-5)).toBe(0)
    expect(
      planSlots({ totalMinutes: 45, groupCount: 3, reviewMode: 'each', slotMinutes: Number.NaN }),
    ).toMatchObject({ slotMs: 15 * MIN })
  })

  it('reads the part from the elapsed time: 発表, then 講評, over only at the end', () => {
    expect(slotPosition(12 * MIN, 3 * MIN, 5 * MIN)).toEqual({
      part: 'talk',
      partRemainingMs: 7 * MIN,
      partMs: 12 * MIN,
    })
    expect(slotPosition(12 * MIN, 3 * MIN, 12 * MIN)).toMatchObject({
      part: 'review',
      partRemainingMs: 3 * MIN,
    })
    expect(slotPosition(12 * MIN, 3 * MIN, 16 * MIN)).toMatchObject({
      part: 'review',
      partRemainingMs: -MIN,
    })
    expect(slotPosition(15 * MIN, 0, 16 * MIN)).toMatchObject({
      part: 'talk',
      partRemainingMs: -MIN,
    })
  })
})

describe('the speaking timer with 発表 and 講評', () => {
  const t0 = Date.UTC(2024, 10, 19, 6, 15)
  const setUp = () => initialPlenaryState(['a', 'b', 'c'], 'number', 1)

  it('switches to 講評 on the wall clock and chimes once at the switch', () => {
    const s = plenaryStart(setUp(), t0)
    expect(plenaryView(s, 45, t0 + 11 * MIN)).toMatchObject({
      part: 'talk',
      partRemainingMs: MIN,
      talkMs: 12 * MIN,
      reviewMs: 3 * MIN,
      remainingMs: 4 * MIN,
    })
    expect(plenaryView(s, 45, t0 + 13 * MIN)).toMatchObject({
      part: 'review',
      partRemainingMs: 2 * MIN,
    })
    const fired: string[] = []
    for (let t = t0; t < t0 + 16 * MIN; t += SEC) {
      fired.push(...plenarySignals(s, 45, [5, 1], t, t + SEC).map((x) => `${x.kind}:${x.key}`))
    }
    // 5 and 1 minutes before the end of the 発表, its end (the switch), the end of the 講評.
    expect(fired).toEqual(['warning:a:5', 'warning:a:1', 'end:a:0', 'end:a:review:0'])
  })

  it('「講評へ」 ends the 発表 now; +1分 lengthens the part running; next group starts afresh', () => {
    let s = plenaryStart(setUp(), t0)
    s = plenaryToReview(s, 45, t0 + 8 * MIN)
    expect(plenaryStateSchema.safeParse(s).success).toBe(true)
    expect(plenaryView(s, 45, t0 + 8 * MIN)).toMatchObject({
      part: 'review',
      partRemainingMs: 3 * MIN,
      elapsedMs: 12 * MIN,
    })
    expect(plenaryToReview(s, 45, t0 + 9 * MIN)).toBe(s)
    s = plenaryAddMinutes(s, t0 + 9 * MIN, 1, 45)
    expect(plenaryView(s, 45, t0 + 9 * MIN)).toMatchObject({
      part: 'review',
      talkMs: 12 * MIN,
      reviewMs: 4 * MIN,
      partRemainingMs: 3 * MIN,
    })
    s = plenaryNext(s, t0 + 10 * MIN)
    s = plenaryAddMinutes(s, t0 + 10 * MIN, 1, 45)
    expect(plenaryView(s, 45, t0 + 10 * MIN)).toMatchObject({
      currentGroupId: 'b',
      talkMs: 13 * MIN,
      reviewMs: 3 * MIN,
    })
  })

  it('reads a state stored before 講評 existed (no new fields) as 都度講評', () => {
    const old = { ...setUp() }
    const parsed = plenaryStateSchema.parse(JSON.parse(JSON.stringify(old)))
    expect(plenaryView(plenaryStart(parsed, t0), 45, t0)).toMatchObject({
      talkMs: 12 * MIN,
      reviewMs: 3 * MIN,
    })
  })
})
