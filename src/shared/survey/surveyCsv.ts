import { formatCsv } from '../export/csvFormat'
import { itemShortLabel } from './surveyImport'
import {
  freeTextAnswers,
  percentText,
  RESULT_GROUPS,
  type ResultGroup,
  type SurveyResults,
} from './surveyResults'
import { POSITION_LABELS, type SurveyAnswerView, type SurveyItemView } from './surveyTypes'

export const GROUP_LABELS_JA: Record<ResultGroup, string> = {
  all: '全体',
  coordinator: POSITION_LABELS.coordinator.ja,
  municipal: POSITION_LABELS.municipal.ja,
  other: POSITION_LABELS.other.ja,
}

/**
 * The results as a CSV for Excel (BOM, CRLF, formula guard: export/csvFormat): one row per 対象
 * (全体, then each 立場 with anyone in it) and item, with up / stay / down, 計 and the shares as
 * the report prints them; then the free-text answers per item, with 立場 but without names.
 */
export function surveyResultsCsv(
  results: SurveyResults,
  items: readonly SurveyItemView[],
  answers: readonly SurveyAnswerView[],
): string {
  const rows: string[][] = [
    ['対象', '設問番号', '設問', 'up', 'stay', 'down', '計', 'up（%）', 'stay（%）', 'down（%）'],
  ]
  for (const group of RESULT_GROUPS) {
    if (group !== 'all' && results.people[group] === 0) continue
    for (const { item, counts } of results.items) {
      const c = counts[group]
      rows.push([
        GROUP_LABELS_JA[group],
        itemShortLabel(item, items),
        item.text,
        String(c.up),
        String(c.stay),
        String(c.down),
        String(c.total),
        percentText(c.up, c.total),
        percentText(c.stay, c.total),
        percentText(c.down, c.total),
      ])
    }
  }
  const free = [...items].sort((a, b) => a.order - b.order).filter((i) => i.scale === 'freeText')
  if (free.length > 0) {
    rows.push([])
    rows.push(['自由記述', '設問', '事前・事後', '立場', '回答'])
    for (const item of free) {
      for (const { answer, text } of freeTextAnswers(item.id, answers)) {
        rows.push([
          itemShortLabel(item, items),
          item.text,
          answer.phase === 'pre' ? '事前' : '事後',
          POSITION_LABELS[answer.position].ja,
          text,
        ])
      }
    }
  }
  return formatCsv(rows)
}
