/** UI strings of the 共有用ボード and the 総括 deck (Japanese). */
export const summaryJa = {
  sharedBoardProject: '共有用ボードを投影',
  sharedBoardProjectHint:
    '全グループの地域課題・★主たる原因・採用した対策を一覧にして投影します（テーブルの作業に合わせて更新されます）',
  summaryProject: '総括を投影',
  summaryProjectHint:
    '目的の再確認・本日の振り返り（共有用ボード）・実際の例（稲城市）を投影します',
  summaryHeading: '総括',
  summaryLead:
    '総括時には目的の再確認、本日検討したことの振り返り、実際の例を知ることで本日得た知識の定着を図る。',
  summaryPages: '総括のスライド',
  plenaryDecksHeading: '全体での共有・総括',
  summaryProjectorPages: 'ページの切り替え',
  summaryPageOf: (n: number, total: number) => `${n} / ${total}`,
  summaryPrev: '前へ',
  summaryNext: '次へ',
  summaryKeysHelp: '←／→・1〜9: ページ　F: 全画面　＋／−: 文字の大きさ',
  summaryToolbar: '投影の操作',
  summaryMissing: 'この研修会が見つかりません。',
  exportExtrasLegend: '全体での共有・総括',
  exportSharedBoard: '共有用ボード（全グループの一覧）',
  exportSummary: '総括（目的の再確認・本日の振り返り・実際の例）',
}
