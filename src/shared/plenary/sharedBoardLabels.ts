import type { SharedIssue } from './sharedBoardRows'

/**
 * The words of the 共有用ボード, in the report's terms, shared by the projector, the PDF and the
 * PPTX (so they agree).
 */
export const SHARED_BOARD_LABELS = {
  title: '共有用ボード',
  group: 'グループ',
  /** The one-line 地域課題 (テーマ2 statement or テーマ3 canvas title). */
  issue: '地域課題',
  /** A topic with no 地域課題 worded yet shows its 問1 テーマ. */
  topic: 'テーマ',
  tane: 'タネ',
  mainCause: '★主たる原因',
  measures: '採用した対策',
  target: '対象',
  share: '伝え方',
  others: 'その他',
  empty: '（記入なし）',
  notYet: '（未記入）',
  presenter: '発表',
} as const

/** The label before an issue's text: 地域課題, or テーマ while none is worded. */
export function issueLabel(issue: Pick<SharedIssue, 'issueSource'>): string {
  return issue.issueSource === 'topicTitle' ? SHARED_BOARD_LABELS.topic : SHARED_BOARD_LABELS.issue
}

/** A countermeasure with its 対象 when given: 「説明資料の作成（対象：ケアマネ、訪看）」. */
export function measureLine(measure: { text: string; target: string }): string {
  return measure.target.trim() === ''
    ? measure.text
    : `${measure.text}（${SHARED_BOARD_LABELS.target}：${measure.target}）`
}
