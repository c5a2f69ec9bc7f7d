import { CHILD_RECORD_TYPES, RECORD_TYPE_LIST, RECORD_TYPES } from '../model/recordTypes'
import type { RecordType } from '../model/schemas'

/** How the preview names each record type in Japanese, with its counter word (the registry's). */
export const RECORD_LABELS = Object.fromEntries(
  RECORD_TYPE_LIST.map((type) => [
    type,
    { name: RECORD_TYPES[type].label.ja, counter: RECORD_TYPES[type].label.counter },
  ]),
) as Record<RecordType, { name: string; counter: string }>

/** Types listed in the summary's 「新しい…」 lines, in registry order (boards come with groups). */
export const SUMMARY_TYPES: readonly RecordType[] = CHILD_RECORD_TYPES.filter(
  (type) => type !== 'board',
)

/**
 * One line of a merge's summary, as data (put into words per language: SUMMARY_TEXT here, the
 * error catalogues' `notice.imported`).
 */
export type SummaryPart =
  | { kind: 'newWorkshop'; title: string }
  | { kind: 'added'; type: RecordType; count: number }
  | { kind: 'updated' | 'deleted' | 'conflicts'; count: number }
  | { kind: 'nothing' }

/** A summary line in Japanese. */
export function summaryLineJa(part: SummaryPart): string {
  switch (part.kind) {
    case 'newWorkshop':
      return SUMMARY_TEXT.newWorkshop(part.title)
    case 'added':
      return SUMMARY_TEXT.added(part.type, part.count)
    case 'nothing':
      return SUMMARY_TEXT.nothing
    case 'updated':
    case 'deleted':
    case 'conflicts':
      return SUMMARY_TEXT[part.kind](part.count)
  }
}

export const SUMMARY_TEXT = {
  newWorkshop: (title: string) => `新しい研修会「${title}」`,
  added: (type: RecordType, count: number) =>
    `新しい${RECORD_LABELS[type].name} ${count}${RECORD_LABELS[type].counter}`,
  updated: (count: number) => `更新 ${count}件`,
  deleted: (count: number) => `削除 ${count}件`,
  conflicts: (count: number) => `競合 ${count}件`,
  nothing: '変更はありません',
} as const
