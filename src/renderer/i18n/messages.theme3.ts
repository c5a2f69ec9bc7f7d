/**
 * UI strings of the テーマ3 canvas (Japanese), spread into messages.ja.ts. Wording from the report
 * (テーマ3 【ポイント】 L7271-7278, 稲城市 L10543-10559).
 */
export const theme3Ja = {
  theme3Title: 'テーマ3',
  theme3OpenBoard: 'テーマ3',
  theme3OpenBoardHint: (group: string) => `${group}のテーマ3（市町村への伝え方）を開きます`,
} as const

/** English strings of the テーマ3 canvas, spread into messages.en.ts. */
export const theme3En: { readonly [K in keyof typeof theme3Ja]: Widen<(typeof theme3Ja)[K]> } = {
  theme3Title: 'Theme 3',
  theme3OpenBoard: 'Theme 3',
  theme3OpenBoardHint: (group: string) => `Open Theme 3 (telling the municipality) of ${group}`,
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
