import type { RecordType } from '../model/schemas'

/** How the preview names each record type in Japanese, with its counter word. */
export const RECORD_LABELS: Record<RecordType, { name: string; counter: string }> = {
  workshop: { name: '研修会', counter: '件' },
  timetableRow: { name: 'タイムテーブルの行', counter: '件' },
  group: { name: 'グループ', counter: '件' },
  board: { name: 'ボード', counter: '件' },
  note: { name: '付箋', counter: '枚' },
  topic: { name: 'テーマ', counter: '件' },
  cause: { name: '原因', counter: '件' },
  measure: { name: '対策', counter: '件' },
  outcome: { name: '期待値・指標', counter: '件' },
  canvas: { name: '地域課題のキャンバス', counter: '件' },
  canvasNote: { name: 'キャンバスの付箋', counter: '枚' },
  canvasQa: { name: '質問と回答', counter: '件' },
}

/** Types listed in the summary's 「新しい…」 lines, in this order (boards come with groups). */
export const SUMMARY_TYPES: readonly RecordType[] = [
  'timetableRow',
  'group',
  'note',
  'topic',
  'cause',
  'measure',
  'outcome',
  'canvas',
  'canvasNote',
  'canvasQa',
]

/** Put at the start of the text of a conflicting version kept next to the local one. */
export const IMPORTED_MARK = '（取り込み）'

export const SUMMARY_TEXT = {
  newWorkshop: (title: string) => `新しい研修会「${title}」`,
  added: (type: RecordType, count: number) =>
    `新しい${RECORD_LABELS[type].name} ${count}${RECORD_LABELS[type].counter}`,
  updated: (count: number) => `更新 ${count}件`,
  deleted: (count: number) => `削除 ${count}件`,
  conflicts: (count: number) => `競合 ${count}件`,
  nothing: '変更はありません',
} as const
