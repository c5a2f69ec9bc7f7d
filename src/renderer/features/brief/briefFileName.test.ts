import { describe, expect, it } from 'vitest'
import { briefFileName } from './briefFileName'

describe('briefFileName', () => {
  it('joins the sheet, the group and the 地域課題', () => {
    expect(briefFileName('伝達シート', 'Ａグループ', '専門医と相談しやすい関係')).toBe(
      '伝達シート_Ａグループ_専門医と相談しやすい関係',
    )
  })

  it('replaces what a file name may not hold and drops trailing dots', () => {
    expect(briefFileName('伝達シート', 'A/B', '在宅: "看取り"?\n夜間…。.')).toBe(
      '伝達シート_A B_在宅 看取り 夜間…。',
    )
  })

  it('leaves out empty pieces and stays within 100 characters', () => {
    expect(briefFileName('伝達シート', '  ', '')).toBe('伝達シート')
    expect(Array.from(briefFileName('伝達シート', 'Ａ', 'あ'.repeat(300)))).toHaveLength(100)
    expect(briefFileName('', '', '')).toBe('brief')
  })
})
