import { describe, expect, it } from 'vitest'
import { daysFromCivil, formatJapaneseDate, weekdayIndex } from './japaneseDate'
import { EXPORT_CAPACITIES, estimateLines, normalizeCapacity, textWidth } from './textSize'

describe('textWidth and estimateLines', () => {
  it('counts full-width characters as 1 and half-width ones as 0.5', () => {
    expect(textWidth('在宅医療')).toBe(4)
    expect(textWidth('MSW')).toBe(1.5)
    expect(textWidth('(ケアマネ)')).toBe(5)
    expect(textWidth('ｹｱﾏﾈ')).toBe(2)
    expect(textWidth('１２３！')).toBe(4)
    expect(textWidth('')).toBe(0)
  })

  it('wraps each paragraph at charsPerLine and gives every paragraph a line', () => {
    expect(estimateLines('', 10)).toBe(1)
    expect(estimateLines('あ'.repeat(10), 10)).toBe(1)
    expect(estimateLines('あ'.repeat(11), 10)).toBe(2)
    expect(estimateLines('a'.repeat(20), 10)).toBe(1)
    expect(estimateLines('a'.repeat(21), 10)).toBe(2)
    expect(estimateLines('Q. 質問\nA. 答え', 10)).toBe(2)
    expect(estimateLines('一\n\n三', 10)).toBe(3)
  })

  it('normalizes capacities: defaults for a 16:9 slide, whole numbers, a sane minimum', () => {
    expect(normalizeCapacity(undefined)).toEqual(EXPORT_CAPACITIES.slide16x9)
    expect(normalizeCapacity({ linesPerSlide: 30.7 })).toEqual({
      charsPerLine: 60,
      linesPerSlide: 30,
    })
    expect(normalizeCapacity({ charsPerLine: 0, linesPerSlide: -1 })).toEqual({
      charsPerLine: 4,
      linesPerSlide: 3,
    })
    expect(normalizeCapacity({ charsPerLine: Number.NaN })).toEqual(EXPORT_CAPACITIES.slide16x9)
  })
})

describe('formatJapaneseDate', () => {
  it('prints the date with its weekday as on the report (試行① 2024年11月19日（火）)', () => {
    expect(formatJapaneseDate('2024-11-19')).toBe('2024年11月19日（火）')
    expect(formatJapaneseDate('2025-02-07')).toBe('2025年2月7日（金）')
    expect(formatJapaneseDate('1970-01-01')).toBe('1970年1月1日（木）')
    expect(formatJapaneseDate('2000-02-29')).toBe('2000年2月29日（火）')
    expect(formatJapaneseDate('2024-02-29')).toBe('2024年2月29日（木）')
  })

  it('leaves an empty date empty and an impossible one as it is', () => {
    expect(formatJapaneseDate('')).toBe('')
    expect(formatJapaneseDate('2023-02-29')).toBe('2023-02-29')
    expect(formatJapaneseDate('2024-13-01')).toBe('2024-13-01')
    expect(formatJapaneseDate('2024-4-1')).toBe('2024-4-1')
  })

  it('agrees with Date (UTC) on every day of several centuries', () => {
    for (let day = -50000; day <= 50000; day += 7) {
      const date = new Date(day * 86400000)
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
      expect(daysFromCivil(y, m, d)).toBe(day)
      expect(weekdayIndex(y, m, d)).toBe(date.getUTCDay())
    }
  })
})
