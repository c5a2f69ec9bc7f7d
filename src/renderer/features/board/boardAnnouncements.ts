import { noteExcerpt } from '../../../shared/board/theme1Keyboard'

/**
 * What a screen reader hears on the テーマ1 board, in Japanese (the room's language; the places
 * come from theme1Keyboard, which words them in Japanese too). Also used for dnd-kit's own
 * announcements and instructions.
 */
export const ANNOUNCE = {
  instructions:
    '付箋です。スペースキーで持ち上げ、矢印キーで移動し、もう一度スペースキーで置きます。Esc キーで移動を取り消します。Enter キーで書き直し、Shift+F10 でメニュー、Shift+スペースキーで複数選択、G キーで見出しの下にまとめ、Delete キーで削除します。',
  pickedUp: (text: string, place: string, others: number) =>
    `『${noteExcerpt(text)}』${withOthers(others)}を持ち上げました。いまは${place}です。矢印キーで移動し、スペースキーで置きます。Esc キーで取り消します。`,
  moved: (sentence: string, others: number) =>
    others > 0 ? `${sentence}（ほか${others}枚も一緒に移動しました）` : sentence,
  cannotMove: 'この方向にはこれ以上動かせません。',
  dropped: (text: string, place: string) => `『${noteExcerpt(text)}』を${place}に置きました。`,
  cancelled: (text: string, place: string) =>
    `移動を取り消しました。『${noteExcerpt(text)}』は${place}に戻りました。`,
  gathered: (text: string, heading: string, others: number) =>
    `『${noteExcerpt(text)}』${withOthers(others)}を見出し『${noteExcerpt(heading)}』の下に入れました。`,
  gatherNeedsSelection:
    'まとめる付箋を Shift+スペースキーで選んでから、この見出しで G キーを押してください。',
  added: (text: string, area: string) => `『${noteExcerpt(text)}』を${area}に追加しました。`,
  addedList: (count: number, area: string) => `付箋を${count}枚、${area}に追加しました。`,
  addedHeading: (text: string, area: string) =>
    `見出し『${noteExcerpt(text)}』を${area}に追加しました。次の付箋は手元用です。`,
  deleted: (count: number) => `付箋を${count}枚削除しました。`,
  dragStart: (text: string, others: number) =>
    `『${noteExcerpt(text)}』${withOthers(others)}をつかみました。`,
  dragOver: (text: string, target: string) => `『${noteExcerpt(text)}』は${target}の上にあります。`,
  dragCancel: (text: string) => `『${noteExcerpt(text)}』の移動を取り消しました。`,
  selected: (count: number) =>
    count === 0 ? '選択を解除しました。' : `${count}枚を選択しています。`,
} as const

function withOthers(others: number): string {
  return others > 0 ? `とほか${others}枚` : ''
}
