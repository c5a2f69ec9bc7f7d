import type { SurveyScale } from './surveyScales'

/** 立場, as the 名簿 and the groups name them (report 図表-76). */
export const SURVEY_POSITIONS = ['coordinator', 'municipal', 'other'] as const
export type SurveyPosition = (typeof SURVEY_POSITIONS)[number]

export const POSITION_LABELS: Record<SurveyPosition, { ja: string; en: string }> = {
  coordinator: { ja: 'コーディネーター', en: 'Coordinators' },
  municipal: { ja: '市町村担当者', en: 'Municipal officers' },
  other: { ja: 'その他', en: 'Others' },
}

export const SURVEY_PHASES = ['pre', 'post'] as const
/** 受講前 (開催前) or 受講後 (開催後). */
export type SurveyPhase = (typeof SURVEY_PHASES)[number]

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
