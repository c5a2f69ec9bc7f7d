import type { TroubledWho } from '../../../shared/model/schemas'
import type { Lang } from '../../i18n/useT'

/** The projector view's words (kept here: the view is self-contained and read-only). */
export interface ProjectorText {
  loading: string
  missing: string
  theme1: string
  tray: string
  wholeBoard: string
  zoomIn: (area: string) => string
  noteCount: (n: number) => string
  empty: string
  smaller: string
  larger: string
  fontSize: (percent: number) => string
  fullScreen: string
  close: string
  heading: string
  tane: string
  alsoIn: string
  hiddenLines: (n: number) => string
  who: Record<TroubledWho, string>
  keysHelp: string
  toolbar: string
}

const ja: ProjectorText = {
  loading: '読み込み中…',
  missing: 'この研修会またはグループが見つかりません。',
  theme1: 'テーマ1',
  tray: '未分類',
  wholeBoard: '全体',
  zoomIn: (area) => `${area}を拡大`,
  noteCount: (n) => `${n}枚`,
  empty: 'まだ付箋はありません',
  smaller: 'A−',
  larger: 'A＋',
  fontSize: (percent) => `文字の大きさ ${percent}%`,
  fullScreen: '全画面',
  close: '閉じる',
  heading: '見出し',
  tane: 'タネ',
  alsoIn: '他の場面',
  hiddenLines: (n) => `ほか${n}行`,
  who: { resident: '住民', patient: '患者', family: '家族', other: 'その他' },
  keysHelp: '1〜4: 場面を拡大　0・Esc: 全体　F: 全画面　＋／−: 文字の大きさ',
  toolbar: '投影の操作',
}

const en: ProjectorText = {
  loading: 'Loading…',
  missing: 'This workshop or group could not be found.',
  theme1: 'Theme 1',
  tray: 'Not sorted',
  wholeBoard: 'Whole board',
  zoomIn: (area) => `Zoom to ${area}`,
  noteCount: (n) => `${n} ${n === 1 ? 'note' : 'notes'}`,
  empty: 'No notes yet',
  smaller: 'A−',
  larger: 'A+',
  fontSize: (percent) => `Text size ${percent}%`,
  fullScreen: 'Full screen',
  close: 'Close',
  heading: 'Heading',
  tane: 'Seed',
  alsoIn: 'Also in',
  hiddenLines: (n) => `+${n} lines`,
  who: { resident: 'Resident', patient: 'Patient', family: 'Family', other: 'Other' },
  keysHelp: '1–4: zoom to a scene   0 / Esc: whole board   F: full screen   + / −: text size',
  toolbar: 'Projector controls',
}

export const PROJECTOR_TEXT: Record<Lang, ProjectorText> = { ja, en }
