import { useLang } from '../../i18n/useT'

/**
 * UI strings of the 印刷物 screen (グループ用資料 and 名札, report L7164-7167, L7211). They live
 * with the screen, so they load with its chunk, not with ホーム's (scripts/check-bundle-budget.mjs).
 */
export const printablesScreenJa = {
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

export type PrintablesMessages = typeof printablesScreenJa

export const printablesScreenEn: PrintablesMessages = {
  printablesTitle: 'Printables',
  printablesBack: 'Workshop setup',
  printablesKinds: 'What to print',
  printTableSheets: 'Table sheets',
  printNameCards: 'Name cards',
  printTableSheetsLead:
    'One A4 page per table: members with 司会・書記, the day’s programme, the themes and questions. No contact details.',
  printNameCardsLead: 'Eight per A4 page (A7 size). Cut along the lines.',
  printablesPrint: 'Print / save as PDF',
  printablesPrintHint: 'Prints on A4 portrait (or saves a PDF)',
  printablesPrintFailed: 'Could not print. Please try again.',
  printablesNoGroups: 'No groups yet. Add groups and members under “Groups”.',
  printablesNoMembers: 'No named members yet. Add members under “Groups” to make name cards.',
  tableSheetMembers: 'Members',
  tableSheetName: 'Name',
  tableSheetPosition: 'Position',
  tableSheetAffiliation: 'Affiliation',
  tableSheetRole: 'Role',
  tableSheetNoMembers: '(no members yet)',
  tableSheetDay: 'The day',
  tableSheetThemes: 'Themes and questions',
  tableSheetJoin: 'Join over the LAN',
  tableSheetJoinCode: (code: string) => `Join code ${code}`,
}

export function usePrintablesT(): PrintablesMessages {
  return useLang() === 'en' ? printablesScreenEn : printablesScreenJa
}
