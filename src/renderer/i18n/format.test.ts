import { describe, expect, it } from 'vitest'
import { en } from './messages.en'
import { ja } from './messages.ja'
import { formatDate, formatMinutes } from './format'

describe('format', () => {
  it('writes dates the way the report does', () => {
    expect(formatDate('2025-02-07', 'ja')).toBe('2025年2月7日（金）')
    expect(formatDate('2024-11-19', 'ja')).toBe('2024年11月19日（火）')
    expect(formatDate('2025-02-07', 'en')).toBe('Fri, 7 Feb 2025')
    expect(formatDate('', 'ja')).toBe('')
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
