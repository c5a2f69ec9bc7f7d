/** UI strings of the printables (印刷物): グループ用の資料 and 名札 (report L7164-7167, L7211). */
export const printablesJa = {
  printablesOpen: '印刷物（グループ用資料・名札）',
  printablesOpenHint: 'テーブルに置くグループ用の資料と名札をA4で印刷します',
  printablesTitle: '印刷物',
  printablesBack: '研修会の準備',
  printablesKinds: '印刷物の種類',
  printTableSheets: 'グループ用資料',
  printNameCards: '名札',
  printTableSheetsLead:
    'テーブルごとにA4を1枚：メンバーと司会・書記、本日の流れ、テーマと問い。連絡先は載りません。',
  printNameCardsLead: '1枚のA4に8人分（A7サイズ）。線に沿って切り離してください。',
  printablesPrint: '印刷・PDF保存',
  printablesPrintHint: 'A4縦で印刷します（PDFとして保存もできます）',
  printablesPrintFailed: '印刷できませんでした。もう一度お試しください。',
  printablesNoGroups:
    'グループがまだありません。「グループ」でグループとメンバーを登録してください。',
  printablesNoMembers:
    '名前の入ったメンバーがまだいません。「グループ」でメンバーを登録すると名札ができます。',
  tableSheetMembers: 'メンバー',
  tableSheetName: '氏名',
  tableSheetPosition: '立場',
  tableSheetAffiliation: '所属',
  tableSheetRole: '役割',
  tableSheetNoMembers: '（メンバー未登録）',
  tableSheetDay: '本日の流れ',
  tableSheetThemes: 'テーマと問い',
  tableSheetJoin: 'LAN共有の参加用',
  tableSheetJoinCode: (code: string) => `参加コード ${code}`,
}
