import { useLang } from '../../i18n/useT'

/**
 * UI strings of the 印刷物 screen (名簿, グループ用資料 and 名札, report L7164-7167, L7211). They live
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
  printRoster: '名簿',
  printRosterLead:
    '参加者全員をテーブルごとに（司会・書記を明記）。未割り当て、講師・アドバイザー、オブザーバー、傍聴はその後に。',
  rosterWithContact: '連絡先（個人情報）も載せる',
  rosterWithContactHint:
    '既定では載せません。載せると、各ページに「個人情報」と表示され、A4横で印刷します。',
  printablesNoPeople:
    '名簿にまだ参加者がいません。「参加者（名簿）」で名簿を読み込むか、参加者を追加してください。',
  rosterSheetTitle: '名簿',
  rosterSheetCounts: (total: number, trainees: number, groups: number) =>
    `${total}名（うち受講者 ${trainees}名）・${groups}グループ`,
  rosterSheetPersonal:
    '連絡先を含みます（個人情報）。配布・保管に注意し、不要になったら廃棄してください。',
  rosterSheetNoContact: '連絡先は載せていません。',
  rosterSheetRunningNotice: '連絡先を含む名簿（個人情報・取扱注意）',
  rosterColNo: 'No.',
  rosterColRole: '役割',
  rosterColName: '氏名',
  rosterColPosition: '立場',
  rosterColAffiliation: '所属と役職',
  rosterColArea: '圏域・市町村',
  rosterColYears: '期間',
  rosterColQualifications: '資格',
  rosterColContact: '連絡先',
  rosterSectionUnassigned: '未割り当て（受講者）',
  rosterSectionLecturer: '講師・アドバイザー',
  rosterSectionObserver: 'オブザーバー',
  rosterSectionAuditor: '傍聴',
  rosterSectionCount: (n: number) => `${n}名`,
  rosterSectionEmpty: '（メンバーなし）',
  rosterYears: (n: number) => `${n}年`,
  rosterUnnamed: '（氏名なし）',
  rosterFileName: (withContact: boolean): string => (withContact ? '名簿（連絡先あり）' : '名簿'),
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
  printRoster: 'Roster',
  printRosterLead:
    'Everyone, table by table (司会・書記 marked); then the unassigned, lecturers and advisers, observers and auditors.',
  rosterWithContact: 'Include contact details (personal data)',
  rosterWithContactHint:
    'Off by default. When on, every page says it holds personal data, printed on A4 landscape.',
  printablesNoPeople: 'No one on the roster yet. Import or add people under “Participants”.',
  rosterSheetTitle: 'Roster',
  rosterSheetCounts: (total, trainees, groups) =>
    `${total} people (${trainees} trainees), ${groups} groups`,
  rosterSheetPersonal:
    'Contains contact details (personal data). Hand out and keep with care; dispose of it when no longer needed.',
  rosterSheetNoContact: 'No contact details on this roster.',
  rosterSheetRunningNotice: 'Roster with contact details (personal data: handle with care)',
  rosterColNo: 'No.',
  rosterColRole: 'Role',
  rosterColName: 'Name',
  rosterColPosition: 'Position',
  rosterColAffiliation: 'Affiliation and title',
  rosterColArea: 'Area / municipality',
  rosterColYears: 'Years',
  rosterColQualifications: 'Qualifications',
  rosterColContact: 'Contact',
  rosterSectionUnassigned: 'Unassigned (trainees)',
  rosterSectionLecturer: 'Lecturers and advisers',
  rosterSectionObserver: 'Observers',
  rosterSectionAuditor: 'Auditors',
  rosterSectionCount: (n) => `${n}`,
  rosterSectionEmpty: '(no members)',
  rosterYears: (n) => `${n} yr`,
  rosterUnnamed: '(no name)',
  rosterFileName: (withContact) => (withContact ? 'roster-with-contacts' : 'roster'),
}

export function usePrintablesT(): PrintablesMessages {
  return useLang() === 'en' ? printablesScreenEn : printablesScreenJa
}
