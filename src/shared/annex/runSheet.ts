import type { TimetableRow, WorkshopVariant } from '../model/schemas'
import { cardFor } from '../templates/themeCards'
import type { ThemeCard } from '../templates/types'
import { computeSchedule } from '../timetable/schedule'
import { questionsBySource, type QuestionSource } from './questionSources'

/**
 * The 進行表: the whole day on paper, so that another lecturer can run the group work from it
 * (the committee's wish, report L4624-4626): every timetable row with its times, and for the
 * group-work rows the card's 【ポイント】 and the facilitator's 問い with their sources.
 *
 * Which card a row carries: a テーマ row its theme's card, オリエンテーション its card, 全体共有 the
 * card 「全体での共有・講評・総括」 (its 所要時間 sentences and the first two 【ポイント】), 総括 that
 * card's third 【ポイント】 (「総括時には目的の再確認…」). Other rows (講義, 休憩 …) have none.
 */

export interface RunSheetQuestions {
  source: QuestionSource | null
  questions: string[]
}

export interface RunSheetRow {
  id: string
  start: string
  end: string
  minutes: number
  item: string
  content: string
  /** The card's label (「テーマ 1」, 「オリエンテーション」 …), or null. */
  cardLabel: string | null
  /** The card's 所要時間 line(s), verbatim; '' when the row has no card. */
  cardDuration: string
  points: string[]
  questions: RunSheetQuestions[]
}

export interface RunSheet {
  dayStart: string
  dayEnd: string
  totalMin: number
  rows: RunSheetRow[]
}

type RowCard = Pick<ThemeCard, 'label' | 'duration' | 'points' | 'questions'>

/** The card (or the part of one) printed with a row. */
export function runSheetCard(
  variant: WorkshopVariant,
  row: Pick<TimetableRow, 'kind' | 'themeId'>,
): RowCard | null {
  if (row.kind === 'theme' && row.themeId !== null) return cardFor(variant, row.themeId)
  if (row.kind === 'orientation') return cardFor(variant, 'orientation')
  const plenary = cardFor(variant, 'plenary')
  if (row.kind === 'plenary') {
    return { ...plenary, points: plenary.points.slice(0, 2) }
  }
  if (row.kind === 'summary') {
    return { label: plenary.label, duration: '', points: plenary.points.slice(2), questions: [] }
  }
  return null
}

/** The 進行表 of a timetable (live rows in order) starting at `dayStart`. */
export function buildRunSheet(
  rows: readonly TimetableRow[],
  dayStart: string,
  variant: WorkshopVariant,
): RunSheet {
  const schedule = computeSchedule(rows, dayStart)
  return {
    dayStart: schedule.dayStart,
    dayEnd: schedule.dayEnd,
    totalMin: schedule.totalMin,
    rows: schedule.rows.map(({ row, durationMin, start, end }) => {
      const card = runSheetCard(variant, row)
      return {
        id: row.id,
        start,
        end,
        minutes: durationMin,
        item: row.item,
        content: row.content,
        cardLabel: card?.label ?? null,
        cardDuration: card?.duration ?? '',
        points: card ? [...card.points] : [],
        questions: card ? questionsBySource(card) : [],
      }
    }),
  }
}
