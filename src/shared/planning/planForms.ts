import type { PlanForm } from '../model/schemas'

/**
 * The planning forms of the report's chapter on planning the training (研修プログラム, report
 * L6663-6939), their fields in the report's words, and the worked examples of 群馬, 東京 and 栃木
 * (planExamples.ts). Each field is one `planEntry` (key below); a form is drawn as a table.
 */

/** A free-text field of a form. */
export interface PlanField {
  key: string
  /** The report's label ('' when the row or column says it). */
  label: string
}

/** 図表-71 確認・検討等を行う場合の観点（例）: each 観点 with a memo of what was found. */
export const CHECKLIST_GROUPS: readonly { heading: string; items: readonly PlanField[] }[] = [
  {
    heading: '【管内市町村の状況】',
    items: [
      { key: 'check.m1', label: '在宅医療・介護連携推進事業の相談窓口の運用状況はどうか' },
      {
        key: 'check.m2',
        label: '地域の困りごととして持ち込まれた個別相談が地域課題として反映される仕組みがあるか',
      },
      {
        key: 'check.m3',
        label:
          '市町村担当者とコーディネーターとの連携状況、特に業務委託の場合において状況等の共有をするような機会・関係性がつくられているか',
      },
      { key: 'check.m4', label: '在宅医療・介護連携推進事業の推進状況' },
    ],
  },
  {
    heading: '【コーディネーターについて】',
    items: [
      {
        key: 'check.c1',
        label: '各市町村における配置状況（共同配置の確認含む）、配置人員、配置先',
      },
      { key: 'check.c2', label: 'コーディネーター間のネットワークや連携体制の有無' },
      { key: 'check.c3', label: '現状の業務の中での課題認識、困っていること' },
      {
        key: 'check.c4',
        label: '研修を実施している場合の実施効果（評価、更に学びたいこと等の意向）',
      },
    ],
  },
  {
    heading: '【都道府県の状況】',
    items: [
      {
        key: 'check.p1',
        label: '都道府県としてコーディネーター支援の実績はあるか・ある場合はその内容と評価はどうか',
      },
      {
        key: 'check.p2',
        label:
          '都道府県の地域医療構想、医療計画等と市町村の在宅医療・介護連携推進事業の関係、今後の方向性等',
      },
    ],
  },
]

/** The rows (対象) of 図表-72 and 73: the first is コーディネーター, the others are named. */
export const PLAN_ROWS = ['r1', 'r2', 'r3', 'r4'] as const
export type PlanRow = (typeof PLAN_ROWS)[number]
/** The first row's fixed name (図表-72, 73). */
export const FIRST_ROW_LABEL = 'コーディネーター'
/** What the other rows are for, in the report's words (図表-72, 73). */
export const MORE_ROWS_HINT = '※必要に応じて追加（市町村、保健所、都道府県等）'

/** The key of a row's name (rows after the first). */
export const rowLabelKey = (form: 'goals' | 'program', row: PlanRow) => `${form}.${row}.label`

/** 図表-72 目標設定（例）: 長期（将来像）, 中期（３年程度）, 短期 × 対象. */
export const GOAL_COLUMNS = [
  { id: 'long', label: '長期（将来像）' },
  { id: 'mid', label: '中期（３年程度）' },
  { id: 'short', label: '短期' },
] as const
export type GoalColumn = (typeof GOAL_COLUMNS)[number]['id']
/** The short term's period, written beside 「短期」 (来年度 in the form; 今年度, 初年度 in examples). */
export const GOALS_SHORT_PERIOD_KEY = 'goals.shortPeriod'
export const GOALS_SHORT_PERIOD_DEFAULT = '来年度'
export const goalKey = (row: PlanRow, column: GoalColumn) => `goals.${row}.${column}`

/** 図表-73 研修プログラムの企画（例）. */
export const PROGRAM_PURPOSE = { key: 'program.purpose', label: '1.本プログラムの目的' } as const
export const PROGRAM_COLUMNS = [
  { id: 'entry', label: '2.入口で対象となる人物像' },
  { id: 'end', label: '3.研修終了時に想定する能力・効果等' },
  { id: 'action', label: '4.行動目標（研修後）' },
] as const
export type ProgramColumn = (typeof PROGRAM_COLUMNS)[number]['id']
export const programKey = (row: PlanRow, column: ProgramColumn) => `program.${row}.${column}`

/**
 * 図表-74 研修会の全体構成（例）, every field in the report's order. タイトル(仮) and 開催場所 are the
 * workshop's own 基本情報 (title, venue: `workshop`); 開催日時 shows the workshop's date beside
 * its free text (the report's examples say 「令和７年６月頃（案） １日」).
 */
export type OverviewField =
  | { kind: 'workshop'; field: 'title' | 'venue'; label: string }
  | { kind: 'text'; key: string; label: string; group?: string }

export const OVERVIEW_FIELDS: readonly OverviewField[] = [
  { kind: 'workshop', field: 'title', label: 'タイトル(仮)' },
  { kind: 'text', key: 'overview.when', label: '開催日時' },
  { kind: 'text', key: 'overview.method', label: '開催方法' },
  { kind: 'workshop', field: 'venue', label: '開催場所' },
  { kind: 'text', key: 'overview.target', label: '参加対象' },
  { kind: 'text', key: 'overview.capacity', label: '定員' },
  { kind: 'text', key: 'overview.period', label: '募集期間' },
  { kind: 'text', key: 'overview.publicity', label: '周知方法' },
  { kind: 'text', key: 'overview.before', label: '開催前', group: '全体構成' },
  { kind: 'text', key: 'overview.session', label: '研修会', group: '全体構成' },
  { kind: 'text', key: 'overview.after', label: '開催後', group: '全体構成' },
  { kind: 'text', key: 'overview.evaluation', label: '評価方法' },
  { kind: 'text', key: 'overview.other', label: 'その他' },
]

/** The report's figure and title of each form. */
export const PLAN_FORM_TITLES: Record<PlanForm, { figure: string; title: string }> = {
  checklist: { figure: '図表-71', title: '確認・検討等を行う場合の観点' },
  goals: { figure: '図表-72', title: '目標設定' },
  program: { figure: '図表-73', title: '研修プログラムの企画' },
  overview: { figure: '図表-74', title: '研修会の全体構成' },
}

/** The PDCA step each form belongs to (図表-70 研修プログラム検討の流れ, L6684-6695). */
export const PLAN_FORM_STEPS: Record<PlanForm, string> = {
  checklist: '1. 実態確認と課題抽出',
  goals: '2. 目標設定',
  program: '3. 達成方法の検討 ～短期目標の実現策としての研修会の企画',
  overview: '3. 達成方法の検討 ～短期目標の実現策としての研修会の企画',
}

/** Every text key of a form (the workshop's own fields of 図表-74 excluded). */
export function planFormKeys(form: PlanForm): string[] {
  switch (form) {
    case 'checklist':
      return CHECKLIST_GROUPS.flatMap((group) => group.items.map((item) => item.key))
    case 'goals':
      return [
        GOALS_SHORT_PERIOD_KEY,
        ...PLAN_ROWS.flatMap((row) => [
          ...(row === 'r1' ? [] : [rowLabelKey('goals', row)]),
          ...GOAL_COLUMNS.map((column) => goalKey(row, column.id)),
        ]),
      ]
    case 'program':
      return [
        PROGRAM_PURPOSE.key,
        ...PLAN_ROWS.flatMap((row) => [
          ...(row === 'r1' ? [] : [rowLabelKey('program', row)]),
          ...PROGRAM_COLUMNS.map((column) => programKey(row, column.id)),
        ]),
      ]
    case 'overview':
      return OVERVIEW_FIELDS.flatMap((field) => (field.kind === 'text' ? [field.key] : []))
  }
}
