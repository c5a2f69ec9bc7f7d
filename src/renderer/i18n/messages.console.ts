/** UI strings of the facilitator console and its projector screen (Japanese). */
export const consoleJa = {
  consoleOpen: '当日の進行',
  consoleOpenHint: 'タイマー・投影・全体共有の画面を開きます',
} as const

/** English strings of the facilitator console, spread into messages.en.ts. */
export const consoleEn: { readonly [K in keyof typeof consoleJa]: Widen<(typeof consoleJa)[K]> } = {
  consoleOpen: 'Run the day',
  consoleOpenHint: 'Open the timer, the projector screen and the plenary share',
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
