/** UI strings of the 伝達シート and the テーマ3 projector view (Japanese), spread into messages.ja.ts. */
export const briefJa = {
  briefTitle: '伝達シート',
} as const

/** English strings of the 伝達シート and the テーマ3 projector view, spread into messages.en.ts. */
export const briefEn: { readonly [K in keyof typeof briefJa]: Widen<(typeof briefJa)[K]> } = {
  briefTitle: 'Brief for the municipality',
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
