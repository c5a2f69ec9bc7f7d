import { describe, expect, it } from 'vitest'
import { FULL_DAY_TEMPLATE, HALF_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { timetableRows } from '../ops/timetableOps'
import { dayStartEpochMs, plenaryMinutes } from './timerPlan'
import { initialTimerState } from './timerState'
import { timerView } from './timerView'
import {
  HOUR,
  jst,
  MIN,
  SEC,
  simplePlan,
  templateDoc,
  templatePlan,
  TRIAL1_DATE,
  TRIAL2_DATE,
} from '../testing/timerFixture'

const clock = initialTimerState('clock')
const trial1 = templatePlan(FULL_DAY_TEMPLATE, TRIAL1_DATE)
const trial2 = templatePlan(HALF_DAY_TEMPLATE, TRIAL2_DATE)

describe('timerView, clock mode (rows change at their scheduled times)', () => {
  it('試行① at 14:40: テーマ3 with 35 minutes left, then 全体共有 at 15:15', () => {
    const view = timerView(clock, trial1, jst(TRIAL1_DATE, '14:40'))
    expect(view.phase).toBe('during')
    expect(view.current).toMatchObject({
      index: 10,
      cardKey: 'theme3',
      elapsedMs: 5 * MIN,
      remainingMs: 35 * MIN,
      allottedMs: 40 * MIN,
      overtime: false,
    })
    expect(view.current?.row).toMatchObject({ item: 'グループワーク', themeId: 'theme3' })
    expect(view.current?.row.content).toMatch(/^テーマ３）/)
    expect(view.next).toMatchObject({ start: '15:15', untilMs: 35 * MIN, cardKey: 'plenary' })
    expect(view.next?.row.item).toBe('全体共有')
    expect(view).toMatchObject({ plannedEnd: '16:30', projectedEnd: '16:30', deltaMs: 0 })
  })

  it('試行② at 14:40: テーマ1 has just ended and テーマ2 has 40 minutes left', () => {
    const justBefore = timerView(clock, trial2, jst(TRIAL2_DATE, '14:39', 59))
    expect(justBefore.current).toMatchObject({ cardKey: 'theme1', remainingMs: SEC })
    const view = timerView(clock, trial2, jst(TRIAL2_DATE, '14:40'))
    expect(view.current).toMatchObject({ cardKey: 'theme2', elapsedMs: 0, remainingMs: 40 * MIN })
    expect(view.next).toMatchObject({ start: '15:20', cardKey: 'theme3' })
    expect(view.plannedEnd).toBe('17:00')
  })

  it("planned starts are the report's and the stored rows' (recomputeTimes)", () => {
    const view = timerView(clock, trial1, jst(TRIAL1_DATE, '12:00'))
    expect(view.schedule.map((e) => e.plannedStart)).toEqual([
      '10:00', '10:30', '10:40', '11:05', '11:25', '11:45', '12:05',
      '13:00', '13:15', '13:55', '14:35', '15:15', '16:00', '16:20',
    ]) // prettier-ignore
    const stored = timetableRows(templateDoc(FULL_DAY_TEMPLATE, TRIAL1_DATE))
    expect(stored.map((r) => r.start)).toEqual(view.schedule.map((e) => e.plannedStart))
    expect(view.schedule.map((e) => e.state)).toEqual([
      'done', 'done', 'done', 'done', 'done', 'current',
      'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming',
    ]) // prettier-ignore
    expect(view.schedule.every((e) => e.shiftMs === 0)).toBe(true)
  })

  it('before the day: no current row, the first row is next', () => {
    const view = timerView(clock, trial2, jst(TRIAL2_DATE, '12:00'))
    expect(view.phase).toBe('before')
    expect(view.current).toBeNull()
    expect(view.next).toMatchObject({ index: 0, start: '12:30', untilMs: 30 * MIN })
    expect(view.next?.row.item).toBe('開場')
  })

  it('after the end: no current or next row', () => {
    for (const at of [jst(TRIAL1_DATE, '16:30'), jst(TRIAL1_DATE, '23:00')]) {
      const view = timerView(clock, trial1, at)
      expect(view).toMatchObject({ phase: 'after', current: null, next: null, deltaMs: 0 })
    }
  })

  it('the last millisecond of a row is still that row', () => {
    const view = timerView(clock, trial1, jst(TRIAL1_DATE, '15:15') - 1)
    expect(view.current).toMatchObject({ cardKey: 'theme3', remainingMs: 1 })
  })

  it('takes the UTC offset as a parameter (JST by default, so host time zones do not matter)', () => {
    const utcPlan = { ...simplePlan([60]), utcOffsetMin: 0 }
    expect(dayStartEpochMs(utcPlan, 0)).toBe(Date.UTC(2025, 1, 7, 13, 0))
    expect(dayStartEpochMs(simplePlan([60]), 0)).toBe(jst(TRIAL2_DATE, '13:00'))
    const view = timerView(clock, utcPlan, Date.UTC(2025, 1, 7, 13, 20))
    expect(view.current).toMatchObject({ id: 'r1', remainingMs: 40 * MIN })
    expect(view.plannedEnd).toBe('14:00')
  })

  it('a workshop without a date runs on the day of nowMs (at the offset)', () => {
    const undated = { ...simplePlan([60]), date: '' }
    // 2025-03-01 13:30 JST is 04:30 UTC of the same day; 2025-03-02 08:00 JST is 23:00 UTC before.
    expect(timerView(clock, undated, jst('2025-03-01', '13:30')).current?.elapsedMs).toBe(30 * MIN)
    expect(timerView(clock, undated, jst('2025-03-02', '08:00')).phase).toBe('before')
    expect(timerView(clock, undated, jst('2025-03-02', '08:00')).next?.untilMs).toBe(5 * HOUR)
  })

  it('rows of 0 minutes are never current and never next', () => {
    const plan = simplePlan([10, 0, 10])
    const view = timerView(clock, plan, jst(TRIAL2_DATE, '13:05'))
    expect(view.current?.id).toBe('r1')
    expect(view.next?.id).toBe('r3')
    expect(timerView(clock, plan, jst(TRIAL2_DATE, '13:10')).current?.id).toBe('r3')
  })

  it('an empty timetable is simply "before"', () => {
    const view = timerView(clock, simplePlan([]), jst(TRIAL2_DATE, '13:00'))
    expect(view).toMatchObject({ phase: 'before', current: null, next: null, schedule: [] })
  })

  it('the 全体共有 row gives the plenary minutes', () => {
    expect(plenaryMinutes(trial1.rows)).toBe(45)
    expect(plenaryMinutes(trial2.rows)).toBe(30)
    expect(plenaryMinutes(simplePlan([10]).rows)).toBeNull()
  })
})
