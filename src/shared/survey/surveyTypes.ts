import type { SurveyPhase, SurveyScale } from './surveyScales'

/** 立場, as the 名簿 and the groups name them (report 図表-76). */
export const SURVEY_POSITIONS = ['coordinator', 'municipal', 'other'] as const
export type SurveyPosition = (typeof SURVEY_POSITIONS)[number]

export const POSITION_LABELS: Record<SurveyPosition, { ja: string; en: string }> = {
  coordinator: { ja: 'コーディネーター', en: 'Coordinators' },
  municipal: { ja: '市町村担当者', en: 'Municipal officers' },
  other: { ja: 'その他', en: 'Others' },
}

// Declared beside the scales, which the record schemas read on the first screen (this file's
// labels load with the survey's screens).
export { SURVEY_PHASES, type SurveyPhase } from './surveyScales'

/** One item as the results read it (a survey item record has these fields and more). */
export interface SurveyItemView {
  id: string
  scale: SurveyScale
  text: string
  order: number
}

/** One respondent's answer sheet, pre or post (a survey answer record has these and more). */
export interface SurveyAnswerView {
  id: string
  phase: SurveyPhase
  name: string
  position: SurveyPosition
  affiliation: string
  /** Per item: the option letter, or the free text. */
  answers: readonly { itemId: string; value: string }[]
  /** On a post answer: the pre answer it was paired with by hand (null: matched by name). */
  pairedWith: string | null
}
