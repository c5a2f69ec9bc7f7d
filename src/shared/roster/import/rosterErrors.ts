import type { RosterColumn } from './rosterColumns'

/**
 * The 名簿 import's messages (a refused file, a row left out) and the roster's notices: codes
 * with a Japanese and an English text, like shared/errors, but kept here so that they load with
 * the roster's screen, not with ホーム's first chunk (scripts/check-bundle-budget.mjs).
 */
export interface RosterErrorParams {
  // the whole file refused, nothing changed
  'roster.tooLarge': { maxMb: number }
  'roster.unsupported': undefined
  'roster.macro': undefined
  'roster.encoding': undefined
  'roster.unreadable': undefined
  'roster.empty': undefined
  'roster.tooManyRows': { max: number }
  'roster.formula': { row: number; column: number }
  'roster.noNameColumn': undefined
  // one row left out (the others are imported)
  'rosterRow.noName': undefined
  'rosterRow.position': { value: string }
  'rosterRow.years': { value: string }
  'rosterRow.kind': { value: string }
  'rosterRow.tooLong': { column: RosterColumn; max: number }
  'rosterRow.duplicate': { name: string }
  // notices
  'notice.rosterImported': { count: number }
  'notice.groupPlanApplied': { groups: number; people: number }
  'notice.personMoved': { name: string; to: string }
}

export type RosterErrorCode = keyof RosterErrorParams

export type RosterErrorRef = {
  [C in RosterErrorCode]: [RosterErrorParams[C]] extends [undefined]
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: RosterErrorParams[C] }
}[RosterErrorCode]

type Args<C extends RosterErrorCode> = [RosterErrorParams[C]] extends [undefined]
  ? []
  : [RosterErrorParams[C]]

export function rosterError<C extends RosterErrorCode>(code: C, ...args: Args<C>): RosterErrorRef {
  const [params] = args as [RosterErrorParams[C]?]
  return (params === undefined ? { code } : { code, params }) as RosterErrorRef
}

type Catalogue = {
  [C in RosterErrorCode]: [RosterErrorParams[C]] extends [undefined]
    ? string
    : (params: RosterErrorParams[C]) => string
}

const count = (n: number) => n.toLocaleString('ja-JP')

const ROSTER_COLUMNS_JA: Record<string, string> = {
  name: '氏名',
  contact: '連絡先',
  affiliationTitle: '所属と役職',
  affiliation: '所属',
  title: '役職',
  position: '立場',
  years: '期間',
  qualifications: '資格',
  area: '圏域',
  municipality: '市町村',
  kind: '区分',
  notes: 'その他（知りたいこと・質問）',
  ignore: '読み込まない',
}

const JA: Catalogue = {
  'roster.tooLarge': ({ maxMb }) =>
    `ファイルが大きすぎます（上限 ${String(maxMb)}MB）。申込の一覧だけを保存したファイルを選んでください。名簿は変わっていません。`,
  'roster.unsupported':
    'このファイルは読み込めません。CSV（.csv）か Excel ブック（.xlsx）を選んでください。名簿は変わっていません。',
  'roster.macro':
    'マクロを含むファイル（.xlsm など）は安全のため読み込みません。Excel で「Excel ブック（.xlsx）」として保存し直してから選んでください。名簿は変わっていません。',
  'roster.encoding':
    'ファイルの文字コードが読み取れません（UTF-8 か Shift_JIS の CSV を読み込めます）。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。名簿は変わっていません。',
  'roster.unreadable':
    'Excel ファイルを読み取れませんでした（壊れているか、形式が違います）。名簿は変わっていません。',
  'roster.empty': '見出しの行の下に申込の行がありません。名簿は変わっていません。',
  'roster.tooManyRows': ({ max }) =>
    `行が多すぎます（一度に ${count(max)} 行まで）。ファイルを分けて読み込んでください。名簿は変わっていません。`,
  'roster.formula': ({ row, column }) =>
    `${String(row)}行目 ${String(column)}列目に数式があります。安全のため数式を含むファイルは読み込みません。値として貼り付けてから保存し直してください。名簿は変わっていません。`,
  'roster.noNameColumn': '「氏名」にあたる列を選んでください。',
  'rosterRow.noName': '氏名が空です。',
  'rosterRow.position': ({ value }) =>
    `立場「${value}」が分かりません（コーディネーター・市町村担当者・その他のいずれか）。`,
  'rosterRow.years': ({ value }) => `期間「${value}」が読み取れません（例: 3、3年、1年6か月）。`,
  'rosterRow.kind': ({ value }) =>
    `区分「${value}」が分かりません（受講者・講師・アドバイザー・オブザーバー・傍聴のいずれか）。`,
  'rosterRow.tooLong': ({ column, max }) =>
    `${ROSTER_COLUMNS_JA[column] ?? column}が長すぎます（${count(max)}文字まで）。`,
  'rosterRow.duplicate': ({ name }) => `${name}さんは名簿にすでにあります（氏名と所属が同じ）。`,
  'notice.rosterImported': ({ count: n }) => `${count(n)}名を名簿に追加しました。`,
  'notice.groupPlanApplied': ({ groups, people }) =>
    `グループ案のとおり ${String(people)}名を ${String(groups)}グループに分けました。`,
  'notice.personMoved': ({ name, to }) => `${name}さんを${to}に移しました。`,
}

const EN: Catalogue = {
  'roster.tooLarge': ({ maxMb }) =>
    `The file is too large (at most ${String(maxMb)} MB). Please choose a file with the registration list only. The roster is unchanged.`,
  'roster.unsupported':
    'This file cannot be read. Please choose a CSV (.csv) or an Excel workbook (.xlsx). The roster is unchanged.',
  'roster.macro':
    'Files with macros (.xlsm and the like) are not read, for safety. Save it as an Excel workbook (.xlsx) and choose it again. The roster is unchanged.',
  'roster.encoding':
    'The text encoding of the file cannot be read (UTF-8 or Shift_JIS CSV files can). Save it from Excel as "CSV UTF-8 (comma delimited)". The roster is unchanged.',
  'roster.unreadable':
    'The Excel file could not be read (it is damaged or of another kind). The roster is unchanged.',
  'roster.empty': 'There are no registration rows under the heading row. The roster is unchanged.',
  'roster.tooManyRows': ({ max }) =>
    `Too many rows (at most ${String(max)} at once). Please split the file. The roster is unchanged.`,
  'roster.formula': ({ row, column }) =>
    `Row ${String(row)}, column ${String(column)} holds a formula. Files with formulas are not read, for safety: paste the values and save again. The roster is unchanged.`,
  'roster.noNameColumn': 'Please choose the column that holds the names.',
  'rosterRow.noName': 'The name is empty.',
  'rosterRow.position': ({ value }) =>
    `The position "${value}" is not understood (coordinator, municipal officer or other).`,
  'rosterRow.years': ({ value }) => `The period "${value}" cannot be read (e.g. 3, 3 years).`,
  'rosterRow.kind': ({ value }) =>
    `The kind "${value}" is not understood (trainee, lecturer/adviser, observer or auditor).`,
  'rosterRow.tooLong': ({ column, max }) =>
    `The ${column} is too long (at most ${String(max)} characters).`,
  'rosterRow.duplicate': () => 'This person is already on the roster (same name and affiliation).',
  'notice.rosterImported': ({ count: n }) =>
    `Added ${String(n)} ${n === 1 ? 'person' : 'people'} to the roster.`,
  'notice.groupPlanApplied': ({ groups, people }) =>
    `Seated ${String(people)} people at ${String(groups)} groups as planned.`,
  'notice.personMoved': () => 'Moved to another group.',
}

/** The message of a roster code in the UI language. */
export function rosterErrorText(ref: RosterErrorRef, lang: 'ja' | 'en'): string {
  const entry = (lang === 'en' ? EN : JA)[ref.code] as string | ((params: unknown) => string)
  return typeof entry === 'string' ? entry : entry(ref.params)
}
