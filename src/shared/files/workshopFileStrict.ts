import { LIMITS } from '../model/limits'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import type { AnyRecord } from '../model/schemas'

/**
 * What a file from outside the app (an import) must also respect, on top of what every workshop
 * file must (workshopFileChecks.ts): the limits the app keeps when editing, and dates a calendar
 * has. Not checked on the app's own copies (the second copy, the backups): a workshop that went
 * over a limit (an undone deletion brings a group back) must still be saved and restored.
 * Each returns a short English detail, or null when fine.
 */

/** The latest year a date or a timestamp in an imported file may have. */
export const LATEST_YEAR = 2100
/** The earliest: a laptop whose clock was reset stamps 1970. */
export const EARLIEST_YEAR = 1970

/**
 * Where a file breaks an editing limit of LIMITS (live records; the theme totals count
 * tombstones, as the edits do), or null. A file within the size cap could otherwise hold 2,000
 * groups, which the screens take tens of seconds to draw.
 */
export function editingLimitsProblem(doc: WorkshopDoc): string | null {
  const over = (what: string, count: number, max: number): string | null =>
    count > max ? `${what}: ${String(count)} > ${String(max)}` : null
  const most = <T extends { deletedAt: string | null }>(
    map: Record<string, T>,
    key: (record: T) => string,
  ): number => {
    const counts = new Map<string, number>()
    for (const record of live(map)) counts.set(key(record), (counts.get(key(record)) ?? 0) + 1)
    return Math.max(0, ...counts.values())
  }
  const theme2 =
    Object.keys(doc.topics).length +
    Object.keys(doc.causes).length +
    Object.keys(doc.measures).length +
    Object.keys(doc.outcomes).length
  const theme3 =
    Object.keys(doc.canvases).length +
    Object.keys(doc.canvasNotes).length +
    Object.keys(doc.canvasQas).length
  return (
    over('groups', live(doc.groups).length, LIMITS.groupsPerWorkshop) ??
    over('timetable rows', live(doc.rows).length, LIMITS.timetableRows) ??
    over('commentators', live(doc.commentators).length, LIMITS.commentatorsPerWorkshop) ??
    over('notes', live(doc.notes).length, LIMITS.notesPerWorkshop) ??
    over(
      'topics per board',
      most(doc.topics, (t) => t.boardId),
      LIMITS.topicsPerBoard,
    ) ??
    over(
      'causes per topic',
      most(doc.causes, (c) => c.topicId),
      LIMITS.causesPerTopic,
    ) ??
    over(
      'measures per topic',
      most(doc.measures, (m) => m.topicId),
      LIMITS.measuresPerTopic,
    ) ??
    over(
      'outcomes per topic',
      most(doc.outcomes, (o) => o.topicId),
      LIMITS.outcomesPerTopic,
    ) ??
    over(
      'canvases per board',
      most(doc.canvases, (c) => c.boardId),
      LIMITS.canvasesPerBoard,
    ) ??
    over(
      'notes per canvas',
      most(doc.canvasNotes, (n) => n.canvasId),
      LIMITS.notesPerCanvas,
    ) ??
    over(
      'questions per canvas',
      most(doc.canvasQas, (q) => q.canvasId),
      LIMITS.qasPerCanvas,
    ) ??
    over('テーマ2 records', theme2, LIMITS.theme2RecordsPerWorkshop) ??
    over('テーマ3 records', theme3, LIMITS.theme3RecordsPerWorkshop) ??
    over(
      'cafe reactions per board',
      most(doc.cafeReactions, (r) => r.boardId),
      LIMITS.cafeReactionsPerBoard,
    ) ??
    over('cafe records', Object.keys(doc.cafeReactions).length, LIMITS.cafeRecordsPerWorkshop) ??
    over('plan records', Object.keys(doc.planEntries).length, LIMITS.planRecordsPerWorkshop) ??
    over('survey items', live(doc.surveyItems).length, LIMITS.surveyItemsPerWorkshop) ??
    over('survey answers', live(doc.surveyAnswers).length, LIMITS.surveyAnswersPerWorkshop) ??
    over(
      'survey records',
      Object.keys(doc.surveyItems).length + Object.keys(doc.surveyAnswers).length,
      LIMITS.surveyRecordsPerWorkshop,
    )
  )
}

/** Whether `yyyy-mm-dd` is a day a calendar has (no 2026-02-30), between the years allowed. */
export function isPlausibleDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false
  const at = new Date(Date.UTC(year, month - 1, day))
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day
}

/** Whether an ISO instant (already checked by isIsoInstant) falls in the years allowed. */
function isPlausibleInstant(instant: string): boolean {
  if (!/^\d{4}-/.test(instant)) return false // ±YYYYYY: before year 0 or after 9999
  const year = new Date(Date.parse(instant)).getUTCFullYear()
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR && isPlausibleDate(instant.slice(0, 10))
}

/**
 * Where a file holds a date no calendar has or one far in the future (「2026年2月30日」,
 * 「275760年」), or null: the workshop's 開催日 and every record's timestamps.
 */
export function calendarProblem(records: readonly AnyRecord[]): string | null {
  for (const record of records) {
    if (record.type === 'workshop' && record.date !== '' && !isPlausibleDate(record.date)) {
      return `workshop.date: ${record.date} is not a plausible day`
    }
    for (const field of ['createdAt', 'updatedAt', 'deletedAt'] as const) {
      const value = record[field]
      if (value !== null && !isPlausibleInstant(value)) {
        return `${record.type}:${record.id}.${field}: ${value} is not a plausible time`
      }
    }
  }
  return null
}
