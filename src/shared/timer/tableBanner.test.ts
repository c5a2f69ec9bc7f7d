import { describe, expect, it } from 'vitest'
import { FULL_DAY_TEMPLATE } from '../templates/workshopTemplates'
import { jst, MIN, templatePlan, TRIAL1_DATE } from '../testing/timerFixture'
import { bannerRow, tableBanner } from './tableBanner'
import { addMinutes, pause, setMode, skip } from './timerTransitions'
import { initialTimerState } from './timerState'

const plan = templatePlan(FULL_DAY_TEMPLATE, TRIAL1_DATE)
const at = (hhmm: string, seconds = 0) => jst(TRIAL1_DATE, hhmm, seconds)

describe('the table banner', () => {
  it('時刻どおり with no state: 13:50 on the 試行① date is テーマ1 with 5 minutes left', () => {
    const banner = tableBanner(null, plan, at('13:50'))
    expect(banner.phase).toBe('during')
    expect(banner.current?.name).toBe('テーマ1')
    expect(banner.current?.detail).toMatch(/^テーマ１）住民・患者・家族が困っていること/)
    expect(banner.current?.minutesLeft).toBe(5)
    expect(banner.next).toMatchObject({ name: 'テーマ2', start: '13:55' })
  })

  it('rounds minutes up: 4:01 left reads 5, 0:59 reads 1', () => {
    expect(tableBanner(null, plan, at('13:50', 59)).current?.minutesLeft).toBe(5)
    expect(tableBanner(null, plan, at('13:54', 1)).current?.minutesLeft).toBe(1)
    expect(tableBanner(null, plan, at('13:55')).current?.name).toBe('テーマ2')
  })

  it('before and after the day', () => {
    expect(tableBanner(null, plan, at('09:30'))).toMatchObject({ phase: 'before', current: null })
    expect(tableBanner(null, plan, at('09:30')).next?.name).toBe('開場')
    expect(tableBanner(null, plan, at('17:00'))).toMatchObject({
      phase: 'after',
      current: null,
      next: null,
    })
  })

  it('follows the facilitator’s manual changes: +5, a pause, overtime and a skip', () => {
    const now = at('13:50')
    let state = setMode(initialTimerState('clock'), plan, now, 'manual')
    state = addMinutes(state, plan, now, 5)
    expect(tableBanner(state, plan, now).current).toMatchObject({
      name: 'テーマ1',
      minutesLeft: 10,
    })
    expect(tableBanner(state, plan, now).next?.start).toBe('14:00')
    state = pause(state, plan, now)
    expect(tableBanner(state, plan, now + 30 * MIN)).toMatchObject({
      paused: true,
      current: { minutesLeft: 10 },
    })
    const running = setMode(initialTimerState('clock'), plan, now, 'manual')
    expect(tableBanner(running, plan, now + 7 * MIN).current).toMatchObject({
      minutesLeft: 0,
      overtimeMin: 2,
    })
    const skipped = skip(setMode(initialTimerState('clock'), plan, now, 'manual'), plan, now)
    expect(tableBanner(skipped, plan, now).current?.name).toBe('テーマ2')
  })

  it('names rows: テーマ rows by number, others by 項目', () => {
    expect(bannerRow({ kind: 'break', item: '休憩', content: '', themeId: null })).toEqual({
      name: '休憩',
      detail: '',
    })
    expect(bannerRow({ kind: 'other', item: '', content: '昼食', themeId: null }).name).toBe('昼食')
  })
})
