import type { BriefPart } from '../../shared/model/schemas'

/** What to write in an empty part (shown on screen only, never printed). */
const HINTS_JA: Record<BriefPart, string> = {
  title: '市町村に伝えたい地域課題を一行で',
  tane: 'もとになった地域課題のタネ（テーマ1）、目指す姿、主たる原因（テーマ2）',
  facts: '何が起きているか（いつ・どのくらい・誰に）',
  thoughts: '事実から考えられること：仮説・評価・見解',
  materials: '持っていくデータや資料（相談記録の集計、報告書など）',
  share: '誰に・どの会議や報告で・いつ・どんな形で伝えるか',
  qa: '市町村担当者からの質問と、その答え（Q. … / A. …）',
}

/** UI strings of the 伝達シート and the テーマ3 projector view (Japanese), spread into messages.ja.ts. */
export const briefJa = {
  briefTitle: '伝達シート',
  briefPage: (group: string) => `${group}の伝達シート`,
  briefBackToCanvas: 'テーマ3のキャンバス',
  briefCanvasPicker: '地域課題を選ぶ',
  briefUntitled: '（地域課題 未入力）',
  briefPrint: '印刷・PDF保存',
  briefPrintHint: 'この伝達シートをA4の1枚に印刷します（PDFにも保存できます）',
  briefPrintFailed:
    '印刷できませんでした。入力した内容は保存されています。もう一度お試しください。',
  briefProject: '投影',
  briefResetAll: 'すべてキャンバスの内容に戻す',
  briefResetAllHint:
    '書き換えた欄をすべて、キャンバスから作られる文面に戻します（元に戻すで取り消せます）',
  briefIntro:
    '各欄はテーマ3のキャンバスから自動で作られます。そのまま直して市町村に渡す1枚に仕上げてください。直した欄は「編集済み」になり、キャンバスを変えても変わりません。',
  briefKeysHint: 'Enter で確定、Shift+Enter で改行（欄を離れても確定します）',
  briefSheetTitle: '伝達シート',
  briefSheetSubtitle: '現場で起こっていること・地域課題を市町村に伝えるために',
  briefDate: '開催日',
  briefVenue: '会場',
  briefGroup: 'グループ',
  briefWorkshop: '研修会',
  briefEdited: '編集済み',
  briefFollows: 'キャンバスと連動',
  briefRevert: 'キャンバスの内容に戻す',
  briefRevertHint: (part: string) =>
    `「${part}」を、キャンバスから作られる文面に戻します（元に戻すで取り消せます）`,
  briefCanvasChanged: 'キャンバスが変更されています',
  briefCanvasChangedHint:
    'この欄を直した後でキャンバスの内容が変わりました。必要なら「キャンバスの内容に戻す」で最新の文面にできます。',
  briefCanvasNow: 'キャンバスの今の内容を見る',
  briefCanvasNowEmpty: '（キャンバスのこの欄は空です）',
  briefHint: (part: BriefPart) => HINTS_JA[part],
  briefNoCanvasTitle: 'まだ地域課題のキャンバスがありません',
  briefNoCanvasHint:
    '伝達シートはテーマ3のキャンバスから作られます。まずテーマ3で地域課題を選び、事実・情報などを書いてください。',
  briefOpenCanvas: 'テーマ3のキャンバスを開く',

  // テーマ3 projector view
  t3pjTheme3: 'テーマ3',
  t3pjLoading: '読み込み中…',
  t3pjMissing: 'この研修会またはグループが見つかりません。',
  t3pjNoCanvas: 'まだ地域課題のキャンバスはありません',
  t3pjCanvasOf: (n: number, total: number) => `地域課題 ${n} / ${total}`,
  t3pjCanvases: '地域課題の切り替え',
  t3pjIssue: '地域課題',
  t3pjEmptyArea: '（まだありません）',
  t3pjDeleted: '削除済み',
  t3pjViews: '表示の切り替え',
  t3pjViewCanvas: 'キャンバス',
  t3pjViewQa: '質問と答え',
  t3pjViewBrief: '伝達シート',
  t3pjQaTitle: '市町村担当者からの質問と答え',
  t3pjQuestion: '問',
  t3pjAnswer: '答',
  t3pjNoAnswer: '（答えはまだです）',
  t3pjNoQa: 'まだ質問はありません',
  t3pjKeysHelp:
    '←／→・1〜9: 地域課題　C: キャンバス　Q: 質問と答え　B: 伝達シート　F: 全画面　＋／−: 文字の大きさ',
} as const
