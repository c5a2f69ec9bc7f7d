/** UI strings of 書き出し (PDF, slides, the notes CSV) (Japanese). */
export const exportJa = {
  exportOpen: '書き出し',
  exportOpenHint: 'グループワークの成果をPDF・スライド・付箋の一覧（CSV）に保存します',
  handoverOpen: '引き継ぎ資料',
  handoverOpenHint:
    '市町村への引き継ぎ資料：市町村ごとに、参加者とグループ、伝達シート、研修の評価を1つのPDFにします',
  exportBack: '準備に戻る',
  exportHeading: '書き出し',
  exportIntro:
    'グループワークの成果をファイルに保存して、参加者に送ることができます。保存しても研修会の内容は変わりません。',
  exportGroupsLegend: 'グループ',
  exportGroupsAll: 'すべてのグループ',
  exportGroupsSome: 'グループを選ぶ',
  exportThemesLegend: 'テーマ',
  exportTheme1: 'テーマ1',
  exportTheme2: 'テーマ2',
  exportTheme3: 'テーマ3',
  exportPageLegend: 'PDFの用紙（横向き）',
  exportPageA4: 'A4 横',
  exportPageA3: 'A3 横',
  exportPdf: 'PDFに保存',
  exportPdfHint: 'プレビューのとおりにPDFに保存します（ブラウザーでは印刷画面が開きます）',
  exportPptx: 'スライド（PPTX）',
  exportPptxHint: '全体共有のスライドをPowerPoint形式で保存します',
  exportCsv: '付箋の一覧（CSV）',
  exportCsvHint: 'すべての付箋と記入をExcelで開ける一覧（CSV）で保存します',
  exportNothing: 'グループとテーマをそれぞれ1つ以上選んでください。',
  exportNoGroups: 'グループがありません。準備画面でグループを追加してください。',
  exportBusy: '保存しています…',
  exportPreviewHeading: (pages: number) => `プレビュー（${pages}ページ）`,
  exportSaved: (location: string) => `保存しました：${location}`,
  exportFailed:
    'ファイルを保存できませんでした。研修会の内容は変更されていません。保存先を変えて、もう一度お試しください。',
  exportPdfName: 'グループワーク成果',
  exportPptxName: '全体共有スライド',
  exportCsvName: '付箋一覧',
  exportLeftOut: (count: number, names: string) =>
    `記入のないグループ（${count}）はPDF・スライド・CSVに入れません：${names}。選んだテーマのどれにも付箋や記入がないためです（研修会ファイルには入ります）。`,
  exportLeftOutThemes:
    '記入のあるグループでも、記入のないテーマのページは入れず、グループの最初のページ（メンバー）に「記入なし」と示します。',
  exportIncludeEmpty: '記入のないグループ・テーマも入れる（「（記入なし）」のページ）',
  exportAllEmpty:
    '選んだテーマに記入のあるグループがありません。記入のないグループも書き出すには「記入のないグループ・テーマも入れる」を選んでください。',
  groupFileButton: 'このグループのファイルを書き出す',
  groupFileHint: (group: string) =>
    `${group}の内容（テーマ1〜3すべて）を研修会ファイル（.taneboard）に保存します。書き出し画面で${group}だけを選んだ研修会ファイルと同じです。別のパソコンのタネボードで取り込めます`,
  groupFileSaved: (group: string, location: string) =>
    `${group}のファイルを保存しました：${location}`,
}
