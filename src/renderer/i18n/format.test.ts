import { describe, expect, it } from 'vitest'
import { en } from './messages.en'
import { ja } from './messages.ja'
import { formatDate, formatDateTime, formatMinutes } from './format'

describe('format', () => {
  it('writes dates the way the report does', () => {
    expect(formatDate('2025-02-07', 'ja')).toBe('2025年2月7日（金）')
    expect(formatDate('2024-11-19', 'ja')).toBe('2024年11月19日（火）')
    expect(formatDate('2025-02-07', 'en')).toBe('Fri, 7 Feb 2025')
    expect(formatDate('', 'ja')).toBe('')
  })

  it('never shows an impossible date as another day: it is shown as written', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(formatDate('2025-02-30', lang)).toBe('2025-02-30')
      expect(formatDate('2025-13-01', lang)).toBe('2025-13-01')
      expect(formatDate('2023-02-29', lang)).toBe('2023-02-29')
    }
    expect(formatDate('2024-02-29', 'ja')).toBe('2024年2月29日（木）')
    expect(formatDate('2024-02-29', 'en')).toBe('Thu, 29 Feb 2024')
  })

  it('writes an instant in local time with the same date format', () => {
    const local = new Date(2025, 1, 7, 14, 5, 9).toISOString()
    expect(formatDateTime(local, 'ja')).toBe('2025年2月7日（金） 14:05')
    expect(formatDateTime(local, 'ja', true)).toBe('2025年2月7日（金） 14:05:09')
    expect(formatDateTime(local, 'en')).toBe('Fri, 7 Feb 2025 14:05')
    expect(formatDateTime('not a time', 'ja')).toBe('')
  })

  it('writes durations in minutes and hours', () => {
    expect(formatMinutes(40, 'ja')).toBe('40分')
    expect(formatMinutes(390, 'ja')).toBe('6時間30分')
    expect(formatMinutes(120, 'en')).toBe('2 h')
  })
})

describe('messages', () => {
  it('English has every Japanese key, of the same kind', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(typeof en[key], key).toBe(typeof ja[key])
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort())
  })
})
