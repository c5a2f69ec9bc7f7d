/**
 * UI strings of the テーマ2 steps ①-⑤ (Japanese and English), spread into messages.ja.ts and
 * messages.en.ts. The steps are the report's (第5章, テーマ２に対して, L7473-7483), with 「不安」
 * said generally as 「困りごと」 where the report's example speaks of one.
 */
export const theme2Ja = {
  theme2MeasureTextOf: (text: string) => `対策の内容：${text}`,
  theme2MeasureTargetOf: (text: string) => `誰に対する対策：${text}`,
  theme2CauseTextOf: (text: string) =>
    `原因『${text}』の文章（Enter で保存、Shift+Enter で改行、Esc で取り消し）`,
}

export const theme2En: { [K in keyof typeof theme2Ja]: (typeof theme2Ja)[K] } = {
  theme2MeasureTextOf: (text) => `Countermeasure: ${text}`,
  theme2MeasureTargetOf: (text) => `For whom: ${text}`,
  theme2CauseTextOf: (text) =>
    `Text of the cause “${text}” (Enter saves, Shift+Enter breaks the line, Esc cancels)`,
}
