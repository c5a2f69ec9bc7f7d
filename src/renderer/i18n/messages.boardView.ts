/**
 * UI strings of how the テーマ1 board is shown (features/board/boardView): the density, folded
 * 見出し, the notes out of sight in an area's list, and what a pointer drop will do (shown beside
 * the dragged note). The Japanese ones are the labels the e2e tests read.
 */
export const boardViewJa = {
  boardViewTools: '表示',
  boardCompact: '詰めて表示',
  boardCompactHint: '付箋を小さくして、一度に多く表示します（もう一度押すと大きな付箋に戻ります）',
  boardHeadingsOnly: '見出しだけ',
  boardHeadingsOnlyHint:
    '見出しの下の付箋をたたんで、見出しだけを表示します（もう一度押すと開きます）',
  boardHiddenBelow: (n: number) => `ほか${n}枚`,
  boardHiddenBelowLabel: (n: number) => `下にほか${n}枚（押すと下へスクロールします）`,
  boardHiddenAbove: (n: number) => `ほか${n}枚`,
  boardHiddenAboveLabel: (n: number) => `上にほか${n}枚（押すと上へスクロールします）`,
  boardFolded: (n: number) => `${n}枚`,
  boardFoldedMark: (n: number) => `下の${n}枚をたたんでいます`,
  boardExpand: (n: number) => `下の${n}枚を開く（Alt+↓）`,
  boardCollapse: (n: number) => `下の${n}枚をたたむ（Alt+↑）`,
  boardFoldedNow: (n: number) => `見出しの下の${n}枚をたたみました。`,
  boardUnfoldedNow: (n: number) => `見出しの下の${n}枚を開きました。`,
  dropAreaEnd: (area: string) => `${area}の最後に置きます`,
  dropInto: (heading: string) => `見出し『${heading}』の下に入れます`,
  dropIntoFolded: (heading: string, n: number) =>
    `たたんだ見出し『${heading}』の下に入れます（${n}枚目）`,
  dropBefore: (note: string) => `『${note}』の前に置きます`,
  dropAfter: (note: string) => `『${note}』の後ろに置きます`,
  dropBeforeUnder: (heading: string, note: string) =>
    `見出し『${heading}』の下、『${note}』の前に入れます`,
  dropAfterUnder: (heading: string, note: string) =>
    `見出し『${heading}』の下、『${note}』の後ろに入れます`,
  dropNoGatherReason: '見出しの下には、見出しは入れられません',
  dropNowhere: 'ここに置いても動きません',
}
