import type { ParticipantKind } from '../../../../shared/model/schemas'
import type { RosterColumn } from '../../../../shared/roster/import/rosterColumns'
import { useLang } from '../../../i18n/useT'

/**
 * UI strings of the 名簿 and グループ分け (issue 20). They live with the roster's screen, so they
 * load with its chunk, not with ホーム's (scripts/check-bundle-budget.mjs). Terms from the
 * report: 図表-76 申込時に確認する項目 (氏名, 連絡先, 所属と役職, 立場, 期間, 資格, その他),
 * L7164-7173 (グループ分け), L4928-4931 (圏域).
 */
export const rosterJa = {
  rosterLead:
    '申込で集めた参加者の一覧です（報告書 図表-76 申込時に確認する項目）。連絡先は個人情報のため、投影・スライド・テーブル用の資料には出しません。',
  rosterCount: (people: number, trainees: number) => `${people}名（うち受講者 ${trainees}名）`,
  rosterEmpty:
    'まだ参加者がいません。「名簿を読み込む」で申込の一覧（CSV・Excel）を読み込むか、「参加者を追加」で入力してください。',
  rosterTable: '参加者の一覧',
  addPerson: '参加者を追加',
  importRoster: '名簿を読み込む',
  exportRoster: '名簿を書き出す（CSV）',
  printRoster: '名簿を印刷',
  printRosterHint: 'テーブルごとの名簿（司会・書記つき）をA4で印刷します。連絡先は既定で載せません',
  viewsNav: '名簿の表示',
  viewRoster: '名簿',
  viewSeating: 'グループ分け',
  edit: '編集',
  editOf: (name: string) => `${name}さんを編集`,
  remove: '削除',
  removeOf: (name: string) => `${name}さんを名簿から削除`,
  removed: (name: string) => `${name}さんを名簿から削除しました。`,
  added: (name: string) => `${name}さんを名簿に追加しました。`,
  saved: (name: string) => `${name}さんの内容を保存しました。`,
  unnamed: '（氏名なし）',
  asCommentator: '講評者にする',
  asCommentatorOf: (name: string) => `${name}さんを講評者（講師・アドバイザー）に加える`,
  isCommentator: '講評者',
  commentatorAdded: (name: string) =>
    `${name}さんを講評者に加えました（コンソールの講評で選べます）。`,

  colName: '名前',
  colKind: '区分',
  colPosition: '立場',
  colAffiliationTitle: '所属と役職',
  colAffiliation: '所属',
  colTitle: '役職',
  colArea: '圏域・市町村',
  colAreaOnly: '圏域',
  colMunicipality: '市町村',
  colYears: '期間',
  colYearsUnit: '期間（年）',
  colQualifications: '資格',
  colOtherQualification: 'その他の資格',
  colContact: '連絡先',
  colNotes: 'その他（知りたいこと・質問）',
  colSeat: 'グループ',
  colIgnore: '読み込まない',
  colActions: '操作',
  years: (n: number) => `${n}年`,
  noSeat: '未割り当て',

  kindTrainee: '受講者',
  kindLecturer: '講師・アドバイザー',
  kindObserver: 'オブザーバー',
  kindAuditor: '傍聴',

  dialogAddTitle: '参加者を追加',
  dialogEditTitle: '参加者を編集',
  contactHint: '個人情報です。投影やテーブル用の資料には出ません。',
  kindHint: '受講者以外（講師・アドバイザー、オブザーバー、傍聴）はテーブルに着きません。',
  save: '保存',
  cancel: 'キャンセル',
  nameRequired: '名前を入力してください。',

  // 名簿を読み込む
  importTitle: '名簿を読み込む',
  importLead:
    '申込の一覧（CSV: UTF-8・Shift_JIS、Excel: .xlsx）を選んでください。1行目を見出しとして読み、列の対応を確かめてから読み込みます。「読み込む」を押すまで名簿は変わりません。',
  chooseFile: 'ファイルを選ぶ',
  reading: '読み込んでいます…',
  fileRead: (name: string, format: string) => `${name}（${format}）`,
  formatCsvUtf8: 'CSV UTF-8',
  formatCsvSjis: 'CSV Shift_JIS',
  formatXlsx: 'Excel ブック',
  mappingHeading: '列の対応',
  mappingLead: '見出しから推測しました。違うときは選び直してください。',
  sheetColumn: 'ファイルの列',
  sheetSample: '1行目の値',
  mapsTo: '名簿の項目',
  mapsToOf: (heading: string) => `「${heading}」の列を名簿のどの項目として読むか`,
  willImport: (n: number) => `${n}名を読み込みます。`,
  nothingToImport: '読み込める行がありません。',
  badRowsHeading: (n: number) => `読み込まない行（${n}行）`,
  badRowLine: (line: number) => `${line}行目`,
  previewHeading: '読み込む内容（先頭10名）',
  confirmImport: '読み込む',

  // 名簿を書き出す
  exportTitle: '名簿を書き出す（CSV）',
  exportLead:
    'Excel で開ける CSV（UTF-8、BOM付き）で書き出します。名前・区分・立場・所属と役職・圏域・市町村・期間・資格・その他・グループ・司会・書記を含みます。',
  exportWithContact: '連絡先（個人情報）も含める',
  exportContains: (withContact: boolean): string =>
    withContact
      ? 'このファイルには連絡先（個人情報）が含まれます。送り先と保管に注意してください。'
      : 'このファイルには連絡先を含めません。',
  exportSave: '書き出す',
  exportFileName: (withContact: boolean): string =>
    withContact ? '名簿（連絡先あり）' : '名簿（連絡先なし）',
  exportDone: (n: number) => `${n}名の名簿を書き出しました。`,
  colRole: '役割',
  roleModerator: '司会',
  roleScribe: '書記',

  // グループ分け
  seatingLead:
    'グループは5～6名程度。立場（コーディネーター・市町村担当者）、所属、経験の長さ、資格が偏らないように組みます（報告書より）。司会・書記は市町村担当者が担うことを想定しています。',
  pool: '未割り当て',
  poolCount: (n: number) => `未割り当て ${n}名`,
  poolEmpty: '全員がグループに入っています。',
  noGroups: 'まだグループがありません。「グループ案をつくる」でつくれます。',
  groupEmpty: 'ここに参加者を移してください。',
  moveHelp:
    '移動: ドラッグするか、名前を選んで Space で持ち上げ、←→ で移動先を選んで Space か Enter で置きます（Esc で取り消し）。',
  picked: (name: string, target: string) =>
    `${name}さんを持ち上げました。移動先: ${target}。←→で選び、Space か Enter で置きます。`,
  pickTarget: (target: string) => `移動先: ${target}`,
  pickCancelled: '移動を取り消しました。',
  personChip: (name: string, position: string, seat: string) => `${name}（${position}）${seat}`,
  planHeading: 'グループ案をつくる',
  planMode: 'つくり方',
  planMixed: '混合（立場・所属・経験・資格を混ぜる）',
  planArea: '圏域ごと（同じ圏域・市町村をまとめる）',
  planSize: '1グループの人数（上限）',
  planSeed: '組み合わせ番号',
  planSeedHint: '同じ番号なら同じ案になります。別の案を見たいときは番号を変えてください。',
  planMake: 'グループ案をつくる',
  planConfirmTitle: 'いまのグループ分けを置き換えますか？',
  planConfirmBody: (seated: number) =>
    `${seated}名がすでにグループに入っています。グループ案で置き換えます（元に戻すで戻せます）。`,
  planConfirm: '置き換える',
  planNoTrainees: '受講者がいません。名簿に受講者を加えてください。',
  why: 'なぜこのグループ？',
  whyOf: (group: string) => `${group}: なぜこのグループ？`,
  whyNone: 'グループ案でつくった直後に、一人ひとりの理由を表示します。',
  reasonMunicipalSpread: '市町村担当者が各グループにいるように（司会・書記の候補）',
  reasonCareerMix: (years: number) => `経験の長さを混ぜるため（${years}年）`,
  reasonAffiliationMix: (affiliation: string) => `所属が重ならないように（${affiliation}）`,
  reasonQualificationMix: (q: string) => `資格を混ぜるため（${q}）`,
  reasonPositionMix: '立場を混ぜるため',
  reasonSizeBalance: '人数をそろえるため',
  reasonArea: (area: string) => `同じ圏域・市町村（${area}）`,
  reasonNoArea: '圏域・市町村の記入なし',

  // balance badges
  balanceOf: (group: string) => `${group}のバランス`,
  positionsShort: (c: number, m: number, o: number) =>
    `コーディネーター${c}・市町村${m}${o > 0 ? `・その他${o}` : ''}`,
  careerSpread: (min: number, max: number) => `経験 ${min}～${max}年`,
  careerUnknown: '経験 不明',
  qualificationsNone: '資格 なし',
  warnNoMunicipal: '市町村担当者がいません（司会・書記）',
  warnFewCoordinators: 'コーディネーターが2名未満',
  warnSameAffiliation: (names: string) => `同じ所属: ${names}`,
  warnNarrowCareers: '経験の長さが偏っています',
  warnNoQualification: '資格をもつ人がいません',
  balanced: 'バランス良好',
}

export type RosterMessages = typeof rosterJa

export const rosterEn: RosterMessages = {
  rosterLead:
    'The people who registered (report figure 76, items to ask at registration). Contact details are personal data: never shown on projector views, slides or table handouts.',
  rosterCount: (people, trainees) => `${people} people (${trainees} trainees)`,
  rosterEmpty:
    'No participants yet. Import the registration list (CSV or Excel) with "Import roster", or add people one by one.',
  rosterTable: 'Participants',
  addPerson: 'Add participant',
  importRoster: 'Import roster',
  exportRoster: 'Export roster (CSV)',
  printRoster: 'Print roster',
  printRosterHint:
    'Prints the roster table by table (司会・書記 marked) on A4; no contact details unless chosen',
  viewsNav: 'Roster views',
  viewRoster: 'Roster',
  viewSeating: 'Grouping',
  edit: 'Edit',
  editOf: (name) => `Edit ${name}`,
  remove: 'Remove',
  removeOf: (name) => `Remove ${name} from the roster`,
  removed: (name) => `Removed ${name} from the roster.`,
  added: (name) => `Added ${name} to the roster.`,
  saved: (name) => `Saved ${name}.`,
  unnamed: '(no name)',
  asCommentator: 'Make commentator',
  asCommentatorOf: (name) => `Add ${name} as a commentator (lecturer/adviser)`,
  isCommentator: 'Commentator',
  commentatorAdded: (name) =>
    `Added ${name} as a commentator (choose them in the console's review).`,

  colName: 'Name',
  colKind: 'Kind',
  colPosition: 'Position',
  colAffiliationTitle: 'Affiliation and title',
  colAffiliation: 'Affiliation',
  colTitle: 'Title',
  colArea: 'Area / municipality',
  colAreaOnly: 'Area',
  colMunicipality: 'Municipality',
  colYears: 'Experience',
  colYearsUnit: 'Experience (years)',
  colQualifications: 'Qualifications',
  colOtherQualification: 'Other qualification',
  colContact: 'Contact',
  colNotes: 'Other (what they want to know, questions)',
  colSeat: 'Group',
  colIgnore: 'Do not import',
  colActions: 'Actions',
  years: (n) => `${n} yr`,
  noSeat: 'Unassigned',

  kindTrainee: 'Trainee',
  kindLecturer: 'Lecturer / adviser',
  kindObserver: 'Observer',
  kindAuditor: 'Auditor',

  dialogAddTitle: 'Add participant',
  dialogEditTitle: 'Edit participant',
  contactHint: 'Personal data: never on projector views or table handouts.',
  kindHint: 'Only trainees sit at a table (lecturers, observers and auditors do not).',
  save: 'Save',
  cancel: 'Cancel',
  nameRequired: 'Please enter a name.',

  importTitle: 'Import roster',
  importLead:
    'Choose the registration list (CSV in UTF-8 or Shift_JIS, or an Excel .xlsx). The first row is read as headings; check the columns, then import. The roster does not change before you press "Import".',
  chooseFile: 'Choose file',
  reading: 'Reading…',
  fileRead: (name, format) => `${name} (${format})`,
  formatCsvUtf8: 'CSV UTF-8',
  formatCsvSjis: 'CSV Shift_JIS',
  formatXlsx: 'Excel workbook',
  mappingHeading: 'Columns',
  mappingLead: 'Guessed from the headings. Change any that are wrong.',
  sheetColumn: 'Column in the file',
  sheetSample: 'First value',
  mapsTo: 'Roster field',
  mapsToOf: (heading) => `Roster field for the column "${heading}"`,
  willImport: (n) => `${n} ${n === 1 ? 'person' : 'people'} will be imported.`,
  nothingToImport: 'No row can be imported.',
  badRowsHeading: (n) => `Rows left out (${n})`,
  badRowLine: (line) => `Row ${line}`,
  previewHeading: 'To be imported (first 10)',
  confirmImport: 'Import',

  exportTitle: 'Export roster (CSV)',
  exportLead:
    'A CSV Excel opens (UTF-8 with BOM): name, kind, position, affiliation and title, area, municipality, experience, qualifications, other, group, moderator and scribe.',
  exportWithContact: 'Include contact details (personal data)',
  exportContains: (withContact) =>
    withContact
      ? 'This file contains contact details (personal data). Take care where you send and keep it.'
      : 'This file contains no contact details.',
  exportSave: 'Export',
  exportFileName: (withContact) => (withContact ? 'roster-with-contacts' : 'roster-no-contacts'),
  exportDone: (n) => `Exported a roster of ${n}.`,
  colRole: 'Role',
  roleModerator: 'Moderator',
  roleScribe: 'Scribe',

  seatingLead:
    'Groups of about 5-6, mixing positions (coordinators and municipal officers), affiliations, career lengths and qualifications (from the report). Moderator and scribe are expected to be municipal officers.',
  pool: 'Unassigned',
  poolCount: (n) => `Unassigned: ${n}`,
  poolEmpty: 'Everyone is in a group.',
  noGroups: 'No groups yet. "Make a grouping plan" creates them.',
  groupEmpty: 'Move participants here.',
  moveHelp:
    'Move: drag, or select a name, press Space to pick it up, choose the group with ←→ and press Space or Enter to drop (Esc cancels).',
  picked: (name, target) =>
    `Picked up ${name}. Target: ${target}. Use ←→ to choose, Space or Enter to drop.`,
  pickTarget: (target) => `Target: ${target}`,
  pickCancelled: 'Move cancelled.',
  personChip: (name, position, seat) => `${name} (${position}) ${seat}`,
  planHeading: 'Make a grouping plan',
  planMode: 'How',
  planMixed: 'Mixed (positions, affiliations, careers, qualifications)',
  planArea: 'By area (same area or municipality together)',
  planSize: 'People per group (at most)',
  planSeed: 'Plan number',
  planSeedHint: 'The same number gives the same plan. Change it to see another.',
  planMake: 'Make a grouping plan',
  planConfirmTitle: 'Replace the current grouping?',
  planConfirmBody: (seated) =>
    `${seated} people are already in groups. The plan replaces that (undo brings it back).`,
  planConfirm: 'Replace',
  planNoTrainees: 'There are no trainees. Add trainees to the roster.',
  why: 'Why this group?',
  whyOf: (group) => `${group}: why this group?`,
  whyNone: "Each person's reason shows right after a plan is made.",
  reasonMunicipalSpread: 'A municipal officer at every group (moderator/scribe candidates)',
  reasonCareerMix: (years) => `To mix career lengths (${years} yr)`,
  reasonAffiliationMix: (affiliation) => `Affiliations do not repeat (${affiliation})`,
  reasonQualificationMix: (q) => `To mix qualifications (${q})`,
  reasonPositionMix: 'To mix positions',
  reasonSizeBalance: 'To even out group sizes',
  reasonArea: (area) => `Same area / municipality (${area})`,
  reasonNoArea: 'No area given',

  balanceOf: (group) => `Balance of ${group}`,
  positionsShort: (c, m, o) => `Coordinators ${c}, municipal ${m}${o > 0 ? `, other ${o}` : ''}`,
  careerSpread: (min, max) => `Experience ${min}-${max} yr`,
  careerUnknown: 'Experience unknown',
  qualificationsNone: 'No qualifications',
  warnNoMunicipal: 'No municipal officer (moderator/scribe)',
  warnFewCoordinators: 'Fewer than 2 coordinators',
  warnSameAffiliation: (names) => `Same affiliation: ${names}`,
  warnNarrowCareers: 'Careers all alike',
  warnNoQualification: 'Nobody with a qualification',
  balanced: 'Well balanced',
}

/** The roster's strings in the current UI language. */
export function useRosterT(): RosterMessages {
  return useLang() === 'en' ? rosterEn : rosterJa
}

export function kindLabel(kind: ParticipantKind, t: RosterMessages): string {
  switch (kind) {
    case 'trainee':
      return t.kindTrainee
    case 'lecturer':
      return t.kindLecturer
    case 'observer':
      return t.kindObserver
    case 'auditor':
      return t.kindAuditor
  }
}

/** The roster field a sheet column maps to, as the import's choices name it. */
export function columnLabel(column: RosterColumn, t: RosterMessages): string {
  switch (column) {
    case 'name':
      return t.colName
    case 'contact':
      return t.colContact
    case 'affiliationTitle':
      return t.colAffiliationTitle
    case 'affiliation':
      return t.colAffiliation
    case 'title':
      return t.colTitle
    case 'position':
      return t.colPosition
    case 'years':
      return t.colYears
    case 'qualifications':
      return t.colQualifications
    case 'area':
      return t.colAreaOnly
    case 'municipality':
      return t.colMunicipality
    case 'kind':
      return t.colKind
    case 'notes':
      return t.colNotes
    case 'ignore':
      return t.colIgnore
  }
}
