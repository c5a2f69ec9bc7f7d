import type { Lang } from '../../i18n/useT'
import { frameKeyAction, isCommandKey, pagingKeyAction } from '../../shell/projectorKeys'

/** The テーマ2 projector view's words (kept here, like projectorText: the view is self-contained). */
export interface Theme2ProjectorText {
  theme2: string
  loading: string
  missing: string
  noTopics: string
  topicOf: (n: number, total: number) => string
  topics: string
  topic: string
  goal: string
  causes: string
  votes: (n: number) => string
  mainCause: string
  measures: string
  chosen: string
  target: string
  outcomes: string
  expectation: string
  indicator: string
  statement: string
  concern: string
  empty: string
  more: (n: number) => string
  showMap: string
  showSheet: string
  q: (n: number, title: string) => string
  keysHelp: string
}

const ja: Theme2ProjectorText = {
  theme2: 'テーマ2',
  loading: '読み込み中…',
  missing: 'この研修会またはグループが見つかりません。',
  noTopics: 'まだテーマはありません',
  topicOf: (n, total) => `テーマ ${n} / ${total}`,
  topics: 'テーマの切り替え',
  topic: 'テーマ',
  goal: '目指す姿',
  causes: '原因',
  votes: (n) => `${n}票`,
  mainCause: '★主たる原因',
  measures: '対策',
  chosen: '採用',
  target: '対象',
  outcomes: '期待値／指標',
  expectation: '期待値',
  indicator: '指標',
  statement: '地域課題',
  concern: '困りごと',
  empty: '（未記入）',
  more: (n) => `ほか${n}件`,
  showMap: 'まとめ',
  showSheet: '問1〜問5',
  q: (n, title) => `問${n} ${title}`,
  keysHelp: '←／→・1〜9: テーマ　W: まとめ／問1〜問5　F: 全画面　＋／−: 文字の大きさ',
}

const en: Theme2ProjectorText = {
  theme2: 'Theme 2',
  loading: 'Loading…',
  missing: 'This workshop or group could not be found.',
  noTopics: 'No topics yet',
  topicOf: (n, total) => `Topic ${n} / ${total}`,
  topics: 'Topics',
  topic: 'Topic',
  goal: 'Goal',
  causes: 'Causes',
  votes: (n) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
  mainCause: '★Main cause',
  measures: 'Countermeasures',
  chosen: 'Chosen',
  target: 'For',
  outcomes: 'Expectations / indicators',
  expectation: 'Expectation',
  indicator: 'Indicator',
  statement: 'Regional issue',
  concern: 'Concern',
  empty: '(not filled in)',
  more: (n) => `+${n} more`,
  showMap: 'Summary',
  showSheet: 'Q1–Q5',
  q: (n, title) => `Q${n} ${title}`,
  keysHelp: '← / → or 1–9: topic   W: summary / Q1–Q5   F: full screen   + / −: text size',
}

export const THEME2_PROJECTOR_TEXT: Record<Lang, Theme2ProjectorText> = { ja, en }

/** The action of a key on the テーマ2 projector, or null (pure, for the window's keydown). */
export function theme2ProjectorKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  topicCount: number,
):
  | { type: 'topic'; index: number }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'sheet' }
  | { type: 'scale'; direction: 1 | -1 }
  | { type: 'fullScreen' }
  | null {
  if (!isCommandKey(event)) return null
  const paging = pagingKeyAction(event.key, topicCount)
  if (paging) return 'index' in paging ? { type: 'topic', index: paging.index } : paging
  if (event.key === 'w' || event.key === 'W') return { type: 'sheet' }
  return frameKeyAction(event.key)
}
