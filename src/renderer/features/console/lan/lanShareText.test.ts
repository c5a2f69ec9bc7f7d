import { describe, expect, it } from 'vitest'
import { en } from '../../../i18n/messages.en'
import { ja } from '../../../i18n/messages.ja'
import { agoText, groupLinkText } from './lanShareText'

const NOW = Date.parse('2026-02-07T06:15:00Z')

describe('a group’s connection line', () => {
  it('says how many table devices are connected and when the group last changed', () => {
    const status = { groupId: 'g', devices: 2, lastChangeAt: NOW - 10_000 }
    expect(groupLinkText(ja, 'Ｂグループ', status, NOW)).toBe('Ｂグループ：2台接続・最終更新10秒前')
    expect(groupLinkText(en, 'Group B', status, NOW)).toBe(
      'Group B: 2 devices connected · updated 10 s ago',
    )
    expect(
      groupLinkText(ja, 'Ａグループ', { ...status, devices: 1, lastChangeAt: null }, NOW),
    ).toBe('Ａグループ：1台接続')
  })

  it('says 未接続 when no table device is connected', () => {
    expect(groupLinkText(ja, 'Ａグループ', undefined, NOW)).toBe('Ａグループ：未接続')
    expect(
      groupLinkText(ja, 'Ａグループ', { groupId: 'g', devices: 0, lastChangeAt: NOW }, NOW),
    ).toBe('Ａグループ：未接続')
    expect(groupLinkText(en, 'Group A', undefined, NOW)).toBe('Group A: not connected')
  })

  it('counts seconds, then minutes, then hours', () => {
    expect(agoText(ja, 0)).toBe('1秒前')
    expect(agoText(ja, -3_000)).toBe('1秒前')
    expect(agoText(ja, 59_999)).toBe('59秒前')
    expect(agoText(ja, 60_000)).toBe('1分前')
    expect(agoText(ja, 3 * 60_000 + 59_000)).toBe('3分前')
    expect(agoText(ja, 59 * 60_000)).toBe('59分前')
    expect(agoText(ja, 2 * 3_600_000 + 5 * 60_000)).toBe('2時間前')
    expect(agoText(en, 90_000)).toBe('1 min ago')
  })
})
