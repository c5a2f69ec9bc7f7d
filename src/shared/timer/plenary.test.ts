import { describe, expect, it } from 'vitest'
import { FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { plenaryOrder, speakingSlots } from './plenaryOrder'
import {
  initialPlenaryState,
  plenaryAddMinutes,
  plenaryBack,
  plenaryNext,
  plenaryPause,
  plenarySignals,
  plenaryStart,
  plenaryStateSchema,
  plenaryView,
  setSpeakingMinutes,
  type PlenaryState,
} from './plenaryTimer'
import { mulberry32, shuffled } from './seededRandom'
import {
  HOUR,
  jst,
  MIN,
  SEC,
  templatePlan,
  TRIAL1_DATE,
  TRIAL2_DATE,
} from '../testing/timerFixture'
import { plenaryMinutes } from './timerPlan'

const groups = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6']
const valid = (s: PlenaryState) => {
  expect(plenaryStateSchema.safeParse(s).error).toBeUndefined()
  return s
}

describe('seeded randomness', () => {
  it('mulberry32 is deterministic for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = Array.from({ length: 1000 }, () => a())
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(mulberry32(43)()).not.toBe(xs[0])
  })

  it('shuffled returns a permutation and leaves the input alone', () => {
    const input = Object.freeze([...groups])
    const out = shuffled(input, mulberry32(1))
    expect([...out].sort()).toEqual([...groups])
    expect(input).toEqual(groups)
  })
})

describe('plenaryOrder', () => {
  it("'number' keeps the groups' order", () => {
    expect(plenaryOrder(groups, 'number', 123)).toEqual(groups)
  })

  it("'shuffled' is a permutation that only depends on the seed", () => {
    const first = plenaryOrder(groups, 'shuffled', 2024)
    expect(plenaryOrder(groups, 'shuffled', 2024)).toEqual(first)
    expect([...first].sort()).toEqual(groups)
    const orders = new Set(
      Array.from({ length: 20 }, (_v, seed) => plenaryOrder(groups, 'shuffled', seed).join()),
    )
    expect(orders.size).toBeGreaterThan(10)
  })

  it('handles no group and one group', () => {
    expect(plenaryOrder([], 'shuffled', 1)).toEqual([])
    expect(plenaryOrder(['g1'], 'shuffled', 1)).toEqual(['g1'])
  })
})

describe('speakingSlots', () => {
  it("divides the 全体共有 row's time among the groups (試行① 45 min, 試行② 30 min)", () => {
    const trial1 = plenaryMinutes(templatePlan(FULL_DAY_TEMPLATE, TRIAL1_DATE).rows) ?? 0
    const trial2 = plenaryMinutes(templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE).rows) ?? 0
    expect(speakingSlots(trial1, 6)).toEqual(Array(6).fill(7.5 * MIN))
    expect(speakingSlots(trial2, 4)).toEqual(Array(4).fill(7.5 * MIN))
  })

  it('equal slots in whole seconds that never exceed the total', () => {
    const slots = speakingSlots(45, 7)
    expect(slots).toEqual(Array(7).fill(385 * SEC))
    expect(slots.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(45 * MIN)
  })

  it('an override sets every slot; nonsense falls back or gives no slot', () => {
    expect(speakingSlots(30, 4, 5)).toEqual(Array(4).fill(5 * MIN))
    expect(speakingSlots(30, 4, 4.5)).toEqual(Array(4).fill(4.5 * MIN))
    expect(speakingSlots(30, 4, 0)).toEqual(Array(4).fill(7.5 * MIN))
    expect(speakingSlots(30, 0)).toEqual([])
    expect(speakingSlots(Number.NaN, 2)).toEqual([0, 0])
  })
})

describe('plenary speaking timer', () => {
  const t0 = jst(TRIAL2_DATE, '16:00')
  const setUp = () => valid(initialPlenaryState(groups.slice(0, 4), 'shuffled', 7))

  it('runs group after group on the wall clock, each with its slot', () => {
    const initial = setUp()
    expect(plenaryView(initial, 30, t0)).toMatchObject({ phase: 'before', currentGroupId: null })
    let s = valid(plenaryStart(initial, t0))
    const [first, second] = initial.order
    expect(plenaryView(s, 30, t0 + 2 * MIN)).toMatchObject({
      phase: 'during',
      currentGroupId: first,
      nextGroupId: second,
      allottedMs: 7.5 * MIN,
      elapsedMs: 2 * MIN,
      remainingMs: 5.5 * MIN,
    })
    s = valid(plenaryNext(s, t0 + 8 * MIN))
    expect(plenaryView(s, 30, t0 + 9 * MIN)).toMatchObject({
      currentGroupId: second,
      elapsedMs: MIN,
    })
  })

  it('overtime, pause, +1 and back', () => {
    let s = plenaryStart(setUp(), t0)
    expect(plenaryView(s, 30, t0 + 9 * MIN).remainingMs).toBe(-1.5 * MIN)
    s = valid(plenaryAddMinutes(s, t0 + 9 * MIN, 1))
    expect(plenaryView(s, 30, t0 + 9 * MIN).remainingMs).toBe(-0.5 * MIN)
    s = valid(plenaryPause(s, t0 + 9 * MIN))
    expect(plenaryView(s, 30, t0 + HOUR)).toMatchObject({ paused: true, elapsedMs: 9 * MIN })
    s = plenaryNext(s, t0 + HOUR)
    expect(plenaryView(s, 30, t0 + HOUR)).toMatchObject({
      paused: true,
      index: 1,
      allottedMs: 7.5 * MIN,
    })
    s = plenaryBack(s, t0 + HOUR)
    expect(plenaryView(s, 30, t0 + HOUR)).toMatchObject({ index: 0, elapsedMs: 0 })
    expect(plenaryBack(s, t0 + HOUR)).toEqual(s)
  })

  it('after the last group the plenary is over', () => {
    let s = plenaryStart(setUp(), t0)
    for (let i = 0; i < 4; i++) s = plenaryNext(s, t0 + (i + 1) * 7 * MIN)
    expect(plenaryView(valid(s), 30, t0 + HOUR)).toMatchObject({
      phase: 'after',
      currentGroupId: null,
      remainingMs: 0,
    })
    expect(plenaryNext(s, t0 + HOUR)).toEqual(s)
    expect(plenaryStart(s, t0 + HOUR)).toEqual(s)
  })

  it('an adjusted speaking time applies to every group', () => {
    const s = plenaryStart(setSpeakingMinutes(setUp(), 5), t0)
    expect(plenaryView(s, 30, t0).allottedMs).toBe(5 * MIN)
  })

  it('survives a reload: same order, same times', () => {
    const s = plenaryStart(setUp(), t0)
    const restored = plenaryStateSchema.parse(JSON.parse(JSON.stringify(s)))
    expect(plenaryView(restored, 30, t0 + 3 * MIN)).toEqual(plenaryView(s, 30, t0 + 3 * MIN))
    expect(restored.order).toEqual(plenaryOrder(groups.slice(0, 4), 'shuffled', 7))
  })

  it('chimes with the same rules as the timetable (講評 kept for the 総括: the slot is all 発表)', () => {
    const s = plenaryStart({ ...setUp(), reviewMode: 'summary' }, t0)
    const first = s.order[0] ?? ''
    const fired = []
    for (let t = t0; t < t0 + 10 * MIN; t += SEC) {
      fired.push(...plenarySignals(s, 30, [1], t, t + SEC).map((x) => x.key))
    }
    expect(fired).toEqual([`${first}:1`, `${first}:0`])
    expect(plenarySignals(s, 30, [1], null, t0 + 7 * MIN)).toEqual([])
  })
})
