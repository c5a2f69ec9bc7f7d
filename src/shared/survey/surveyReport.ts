import { SECTION_TITLES } from './surveyBuiltIn'
import { itemShortLabel } from './surveyImport'
import {
  CHANGE_DEFINITION,
  READING_BY_SCALE,
  READING_CAUTION,
  READING_GENERAL,
} from './surveyReadings'
import {
  freeTextAnswers,
  percentOf,
  RESULT_GROUPS,
  surveyResults,
  type ChangeCounts,
  type ResultGroup,
} from './surveyResults'
import type { RatedScale } from './surveyScales'
import type { SurveyAnswerView, SurveyItemView, SurveyPhase, SurveyPosition } from './surveyTypes'

/**
 * The survey's results as every report of them shows them (the アンケート screen, its A4 PDF, its
 * slides, the per-municipality hand-over): the denominators, per section (Ⅰ, Ⅱ) each rated item's
 * up / stay / down per group with the report's reading beside it, and the free-text answers per
 * item, with 事前・事後 and 立場 but never a name.
 */

/** One group's counts on one item, with the shares as the report prints them (one decimal). */
export interface ReportCounts extends ChangeCounts {
  percent: { up: number | null; stay: number | null; down: number | null }
}

export interface ReportRow {
  itemId: string
  /** 「Ⅰ-1」 */
  label: string
  text: string
  counts: Record<ResultGroup, ReportCounts>
}

export interface ReportSection {
  scale: RatedScale
  title: { ja: string; en: string }
  /** 「Ⅰ」「Ⅱ」 */
  numeral: string
  rows: ReportRow[]
  /** The report's reading of up and down for this scale, verbatim (Ⅰ: with its caution). */
  readings: string[]
}

export interface ReportFreeAnswer {
  id: string
  phase: SurveyPhase
  position: SurveyPosition
  text: string
}

export interface ReportFreeItem {
  itemId: string
  label: string
  text: string
  answers: ReportFreeAnswer[]
}

export interface SurveyReport {
  /** 全体, then each 立場 with anyone matched. */
  groups: ResultGroup[]
  /** People matched before and after, per group: the denominators. */
  people: Record<ResultGroup, number>
  answered: { pre: number; post: number }
  unmatched: { pre: number; post: number }
  sections: ReportSection[]
  freeText: ReportFreeItem[]
  /** What up / stay / down mean, and the general reading (L4181-4185, L4200-4207), verbatim. */
  definition: string
  general: string
}

const NUMERALS: Record<RatedScale, string> = { fiveStep: 'Ⅰ', fourStep: 'Ⅱ' }

function withPercent(c: ChangeCounts): ReportCounts {
  return {
    ...c,
    percent: {
      up: percentOf(c.up, c.total),
      stay: percentOf(c.stay, c.total),
      down: percentOf(c.down, c.total),
    },
  }
}

/** The report of the survey: match, count and gather, in the items' order. */
export function buildSurveyReport(
  items: readonly SurveyItemView[],
  answers: readonly SurveyAnswerView[],
): SurveyReport {
  const results = surveyResults(items, answers)
  const groups = RESULT_GROUPS.filter((g) => g === 'all' || results.people[g] > 0)
  const sections = (['fiveStep', 'fourStep'] as const)
    .map((scale): ReportSection => {
      const rows = results.items
        .filter((r) => r.item.scale === scale)
        .map((r) => ({
          itemId: r.item.id,
          label: itemShortLabel(r.item, items),
          text: r.item.text,
          counts: {
            all: withPercent(r.counts.all),
            coordinator: withPercent(r.counts.coordinator),
            municipal: withPercent(r.counts.municipal),
            other: withPercent(r.counts.other),
          },
        }))
      const readings =
        scale === 'fiveStep'
          ? [READING_BY_SCALE[scale], READING_CAUTION]
          : [READING_BY_SCALE[scale]]
      return { scale, title: SECTION_TITLES[scale], numeral: NUMERALS[scale], rows, readings }
    })
    .filter((s) => s.rows.length > 0)
  const freeText = [...items]
    .sort((a, b) => a.order - b.order)
    .filter((i) => i.scale === 'freeText')
    .map((item) => ({
      itemId: item.id,
      label: itemShortLabel(item, items),
      text: item.text,
      answers: freeTextAnswers(item.id, answers).map(({ answer, text }) => ({
        id: answer.id,
        phase: answer.phase,
        position: answer.position,
        text,
      })),
    }))
  return {
    groups,
    people: results.people,
    answered: results.answered,
    unmatched: {
      pre: results.match.unmatchedPre.length,
      post: results.match.unmatchedPost.length,
    },
    sections,
    freeText,
    definition: CHANGE_DEFINITION,
    general: READING_GENERAL,
  }
}
