import { describe, expect, it } from 'vitest'
import {
  formatDeltaJa,
  formatExtraMinutesJa,
  formatMmSs,
  formatOvertimeJa,
  formatRemainingJa,
} from './timerFormat'
import { MIN, SEC } from '../testing/timerFixture'

describe('timer formatting (Japanese)', () => {
  it('m:ss rounds seconds up, so a countdown reads 0:00 only at the end', () => {
    expect(formatMmSs(5 * MIN)).toBe('5:00')
    expect(formatMmSs(5 * MIN - 1)).toBe('5:00')
    expect(formatMmSs(5 * MIN - SEC)).toBe('4:59')
    expect(formatMmSs(1)).toBe('0:01')
    expect(formatMmSs(0)).toBe('0:00')
    expect(formatMmSs(75 * MIN)).toBe('1:15:00')
    expect(formatMmSs(Number.NaN)).toBe('0:00')
  })

  it('残り / 超過', () => {
    expect(formatRemainingJa(4 * MIN + 59 * SEC)).toBe('残り 4:59')
    expect(formatRemainingJa(0)).toBe('残り 0:00')
    expect(formatRemainingJa(-65 * SEC)).toBe('超過 1:05')
    expect(formatOvertimeJa(-3 * MIN)).toBe('3分超過')
    expect(formatOvertimeJa(-2 * MIN - SEC)).toBe('3分超過')
    expect(formatOvertimeJa(10 * SEC)).toBe('')
  })

  it('予定より…遅れ / 早く進行 / 予定どおり', () => {
    expect(formatDeltaJa(5 * MIN)).toBe('予定より5分遅れ')
    expect(formatDeltaJa(-2 * MIN)).toBe('予定より2分早く進行')
    expect(formatDeltaJa(4 * MIN + 40 * SEC)).toBe('予定より5分遅れ')
    expect(formatDeltaJa(29 * SEC)).toBe('予定どおり')
    expect(formatDeltaJa(-29 * SEC)).toBe('予定どおり')
    expect(formatDeltaJa(0)).toBe('予定どおり')
  })

  it('extra minutes', () => {
    expect(formatExtraMinutesJa(5)).toBe('+5分')
    expect(formatExtraMinutesJa(-1)).toBe('−1分')
    expect(formatExtraMinutesJa(0)).toBe('±0分')
  })
})
