import { describe, expect, it } from 'vitest'
import { rosterError, rosterErrorText } from './rosterErrors'

describe("the 名簿 import's messages", () => {
  it('say what went wrong in Japanese and English, with the values', () => {
    const formula = rosterError('roster.formula', { row: 4, column: 2 })
    expect(rosterErrorText(formula, 'ja')).toBe(
      '4行目 2列目に数式があります。安全のため数式を含むファイルは読み込みません。値として貼り付けてから保存し直してください。名簿は変わっていません。',
    )
    expect(rosterErrorText(formula, 'en')).toMatch(/^Row 4, column 2 holds a formula\./)
    const long = rosterError('rosterRow.tooLong', { column: 'notes', max: 4000 })
    expect(rosterErrorText(long, 'ja')).toBe(
      'その他（知りたいこと・質問）が長すぎます（4,000文字まで）。',
    )
    expect(rosterErrorText(rosterError('roster.macro'), 'ja')).toContain('マクロを含むファイル')
    expect(rosterErrorText(rosterError('notice.rosterImported', { count: 78 }), 'ja')).toBe(
      '78名を名簿に追加しました。',
    )
  })
})
