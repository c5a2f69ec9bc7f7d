import { matchByName, type MatchedPair, type SurveyMatch } from './nameMatching'
import { isRatedScale, optionLetter, optionRank, type RatedScale } from './surveyScales'
import {
  SURVEY_POSITIONS,
  type SurveyAnswerView,
  type SurveyItemView,
  type SurveyPosition,
} from './surveyTypes'

/** A person's change on one item between before and after (report L4181-4185). */
export type SurveyChange = 'up' | 'stay' | 'down'
export const SURVEY_CHANGES: readonly SurveyChange[] = ['up', 'stay', 'down']

/** The groups results are reported for: everyone (全体) and each 立場. */
export type ResultGroup = 'all' | SurveyPosition
export const RESULT_GROUPS: readonly ResultGroup[] = ['all', ...SURVEY_POSITIONS]

export interface ChangeCounts {
  up: number
  stay: number
  down: number
  /** 計: the people with an answer before and after on this item (the denominator). */
  total: number
}

/** The answer's option letter on a rated item, or null (not answered, or not an option). */
export function answerLetter(
  answer: SurveyAnswerView,
  itemId: string,
  scale: RatedScale,
): string | null {
  const value = answer.answers.find((a) => a.itemId === itemId)?.value ?? ''
  return optionLetter(scale, value)
}

/**
 * up / stay / down for one person on one rated item: the option ranked higher after than before
 * is an up. Null when either answer is missing or not one of the scale's options: that person is
 * then left out of this item's denominator, as in the report (計 differs by item).
 */
export function changeOf(
  pair: MatchedPair,
  item: { id: string; scale: RatedScale },
): SurveyChange | null {
  const before = answerLetter(pair.pre, item.id, item.scale)
  const after = answerLetter(pair.post, item.id, item.scale)
  if (before === null || after === null) return null
  const b = optionRank(item.scale, before) ?? 0
  const a = optionRank(item.scale, after) ?? 0
  return a > b ? 'up' : a < b ? 'down' : 'stay'
}

/** 立場 of a pair: as the pre answer gave it, else as the post answer did. */
export function pairPosition(pair: MatchedPair): SurveyPosition {
  return pair.pre.position !== 'other' ? pair.pre.position : pair.post.position
}

export interface ItemResult {
  item: SurveyItemView & { scale: RatedScale }
  /** Counts per group (全体 and each 立場). */
  counts: Record<ResultGroup, ChangeCounts>
}

export interface SurveyResults<A extends SurveyAnswerView = SurveyAnswerView> {
  match: SurveyMatch<A>
  /** The rated items in order, each with its counts. */
  items: ItemResult[]
  /** People matched before and after, per group. */
  people: Record<ResultGroup, number>
  /** Answers given, per phase. */
  answered: { pre: number; post: number }
}

const emptyCounts = (): ChangeCounts => ({ up: 0, stay: 0, down: 0, total: 0 })

/** Matches the answers and counts up / stay / down per rated item, overall and by 立場. */
export function surveyResults<A extends SurveyAnswerView>(
  items: readonly SurveyItemView[],
  answers: readonly A[],
): SurveyResults<A> {
  const match = matchByName(answers)
  const rated = [...items]
    .sort((a, b) => a.order - b.order)
    .filter((i): i is SurveyItemView & { scale: RatedScale } => isRatedScale(i.scale))
  const people: Record<ResultGroup, number> = { all: 0, coordinator: 0, municipal: 0, other: 0 }
  for (const pair of match.pairs) {
    people.all++
    people[pairPosition(pair)]++
  }
  const results = rated.map((item) => {
    const counts: Record<ResultGroup, ChangeCounts> = {
      all: emptyCounts(),
      coordinator: emptyCounts(),
      municipal: emptyCounts(),
      other: emptyCounts(),
    }
    for (const pair of match.pairs) {
      const change = changeOf(pair, item)
      if (change === null) continue
      for (const group of ['all', pairPosition(pair)] as const) {
        counts[group][change]++
        counts[group].total++
      }
    }
    return { item, counts }
  })
  return {
    match,
    items: results,
    people,
    answered: {
      pre: answers.filter((a) => a.phase === 'pre').length,
      post: answers.filter((a) => a.phase === 'post').length,
    },
  }
}

/** A share as the report prints it: one decimal, e.g. 13.6 (null when there is no denominator). */
export function percentOf(count: number, total: number): number | null {
  if (total <= 0) return null
  return Math.round((count / total) * 1000) / 10
}

/** 「13.6%」, or 「–」 without a denominator. */
export function percentText(count: number, total: number): string {
  const p = percentOf(count, total)
  return p === null ? '–' : `${p.toFixed(1)}%`
}

/** Free-text answers of one item, post first then pre, with who wrote them. */
export function freeTextAnswers<A extends SurveyAnswerView>(
  itemId: string,
  answers: readonly A[],
): { answer: A; text: string }[] {
  const phaseOrder = { post: 0, pre: 1 } as const
  return answers
    .map((answer) => ({
      answer,
      text: (answer.answers.find((a) => a.itemId === itemId)?.value ?? '').trim(),
    }))
    .filter((entry) => entry.text !== '')
    .sort((x, y) => phaseOrder[x.answer.phase] - phaseOrder[y.answer.phase])
}
