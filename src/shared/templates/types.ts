import type { SceneKey } from '../model/scenes'
import type { TimetableKind, WorkshopVariant } from '../model/schemas'
import type { ThemeId } from '../model/themes'

/** A card as printed in the report (図表-82): title box plus 【ポイント】. */
export interface ThemeCard {
  key: ThemeId | 'orientation' | 'plenary'
  /** 「テーマ 1」, 「オリエンテーション」, … */
  label: string
  /** Title lines, verbatim (line breaks as in the card). */
  title: string
  /** Only テーマ1 has one: 「～住民の困りごとをベースとした地域課題のタネ～」 */
  subtitle: string | null
  /** Verbatim, e.g. 「【検討の所要時間：目安】 40分程度」 */
  duration: string
  /** 【ポイント】 paragraphs, verbatim. */
  points: string[]
  /** The facilitator's 問い for this step, verbatim from the report. */
  questions: string[]
  /** Where the card's texts are in the report (line numbers of report.txt), for traceability. */
  source?: string
}

export interface TimetableTemplateRow {
  durationMin: number
  kind: TimetableKind
  item: string
  content: string
  themeId: ThemeId | null
}

export interface WorkshopTemplate {
  id: Exclude<WorkshopVariant, 'custom'>
  /** Shown in the template picker, e.g. 「終日開催（試行①）」 */
  name: { ja: string; en: string }
  description: { ja: string; en: string }
  defaultTitle: string
  dayStart: string
  scenes: SceneKey[]
  rows: TimetableTemplateRow[]
  /** Cards for this variant (試行② has its own wording of テーマ1/2 【ポイント】). */
  cards: ThemeCard[]
}
