import { errorRef, type EditField, type ErrorRef } from '../../shared/errors/errorCodes'
import type { z } from 'zod/mini'
import { LIMITS, MAX_WORKSHOP_RECORDS } from '../../shared/model/limits'
import { CHILD_RECORD_TYPES, RECORD_TYPES, recordSpec } from '../../shared/model/recordTypes'
import { anyRecordSchema, type AnyRecord, type RecordType } from '../../shared/model/schemas'
import {
  docMap,
  docRecords,
  findRecord,
  live,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'

/**
 * Checks an edit's stamped records before they are applied and written: every record must pass
 * its schema, belong to the open workshop, and keep the workshop within the limits (the snapshot
 * file refuses more records than LIMITS allow, so a bigger doc could not be restored).
 * Returns the error the user is shown (a code: shared/errors), or null when the edit is fine.
 */
export function checkEdit(
  base: WorkshopDoc,
  next: WorkshopDoc,
  records: readonly AnyRecord[],
): ErrorRef | null {
  for (const record of records) {
    const foreign =
      record.type === 'workshop'
        ? record.id !== base.workshop.id
        : record.workshopId !== base.workshop.id
    if (foreign) return INVALID
    const parsed = anyRecordSchema.safeParse(record)
    if (!parsed.success) return describeIssue(record, parsed.error)
  }
  const created = new Set(records.filter((r) => !findRecord(base, r)).map((r) => r.type))
  if (created.size === 0) return null
  if (created.has('note') && live(next.notes).length > LIMITS.notesPerWorkshop) {
    return errorRef('edit.notesFull', { max: LIMITS.notesPerWorkshop })
  }
  if (created.has('group') && live(next.groups).length > LIMITS.groupsPerWorkshop) {
    return errorRef('edit.groupsFull', { max: LIMITS.groupsPerWorkshop })
  }
  if (
    created.has('commentator') &&
    live(next.commentators).length > LIMITS.commentatorsPerWorkshop
  ) {
    return errorRef('edit.commentatorsFull', { max: LIMITS.commentatorsPerWorkshop })
  }
  if (created.has('timetableRow') && live(next.rows).length > LIMITS.timetableRows) {
    return errorRef('edit.rowsFull', { max: LIMITS.timetableRows })
  }
  const themes = checkThemeLimits(
    next,
    records.filter((r) => !findRecord(base, r)),
  )
  if (themes !== null) return themes
  const total = docRecords(next).length - 1
  if (total > MAX_WORKSHOP_RECORDS) {
    return errorRef('edit.workshopFull')
  }
  return null
}

/** What the user is told when a type reaches its per-parent limit (RECORD_TYPES' perParent). */
const PER_PARENT_ERRORS: Partial<Record<RecordType, (max: number) => ErrorRef>> = {
  topic: (max) => errorRef('edit.topicsFull', { max }),
  cause: (max) => errorRef('edit.causesFull', { max }),
  measure: (max) => errorRef('edit.measuresFull', { max }),
  outcome: (max) => errorRef('edit.outcomesFull', { max }),
  canvas: (max) => errorRef('edit.canvasesFull', { max }),
  canvasNote: (max) => errorRef('edit.canvasNotesFull', { max }),
  canvasQa: (max) => errorRef('edit.qasFull', { max }),
  cafeReaction: (max) => errorRef('edit.cafeReactionsFull', { max }),
}

/** Each theme's records per workshop (tombstones count: they are in the file). */
const THEME_TOTALS = {
  theme2: { max: LIMITS.theme2RecordsPerWorkshop, error: errorRef('edit.theme2Full') },
  theme3: { max: LIMITS.theme3RecordsPerWorkshop, error: errorRef('edit.theme3Full') },
  cafe: { max: LIMITS.cafeRecordsPerWorkshop, error: errorRef('edit.cafeFull') },
} as const

/**
 * テーマ2 and テーマ3 limits, checked where records were created: each type's live records per
 * parent (topics per board, causes, countermeasures and 期待値/指標 per topic, canvases per board,
 * notes and questions per canvas: RECORD_TYPES' perParent), and each theme's records in all. The
 * ops refuse these already; this is the last line before a record is stored.
 */
function checkThemeLimits(next: WorkshopDoc, created: readonly AnyRecord[]): ErrorRef | null {
  for (const record of created) {
    if (record.deletedAt !== null || record.type === 'workshop') continue
    const limit = recordSpec(record.type).perParent
    if (!limit || !(limit.key in record)) continue
    const parent = (record as Record<string, unknown>)[limit.key]
    const siblings = live(docMap(next, record.type)).filter(
      (r) => (r as Record<string, unknown>)[limit.key] === parent,
    ).length
    if (siblings > limit.max) return PER_PARENT_ERRORS[record.type]?.(limit.max) ?? INVALID
  }
  for (const theme of ['theme3', 'theme2', 'cafe'] as const) {
    const types = CHILD_RECORD_TYPES.filter((type) => RECORD_TYPES[type].theme === theme)
    if (!created.some((r) => RECORD_TYPES[r.type].theme === theme)) continue
    const total = types.reduce((sum, type) => sum + Object.keys(docMap(next, type)).length, 0)
    if (total > THEME_TOTALS[theme].max) return THEME_TOTALS[theme].error
  }
  return null
}

const INVALID = errorRef('edit.invalid')

/** The field an edit guard names, by the schema's field name. */
const FIELDS: Partial<Record<string, EditField>> = {
  text: 'note',
  title: 'title',
  venue: 'venue',
  name: 'name',
  item: 'item',
  content: 'content',
  affiliation: 'affiliation',
  goal: 'goal',
  concern: 'concern',
  statement: 'statement',
  label: 'label',
  target: 'target',
  expectation: 'expectation',
  indicator: 'indicator',
}

/** Field names that mean something else on a テーマ2 or テーマ3 record. */
const TYPE_FIELDS: Partial<Record<RecordType, Partial<Record<string, EditField>>>> = {
  topic: { title: 'theme', x: 'axis', y: 'axis' },
  cause: { text: 'cause' },
  measure: { text: 'measure' },
  canvas: {
    title: 'canvasTitle',
    tane: 'tane',
    facts: 'facts',
    thoughts: 'thoughts',
    materials: 'materials',
    share: 'share',
    qa: 'qa',
  },
  canvasQa: { question: 'question', answer: 'answer' },
  cafeReaction: { text: 'comment', author: 'name' },
}

function describeIssue(record: AnyRecord, error: z.core.$ZodError): ErrorRef {
  const issue = error.issues[0]
  if (issue?.code === 'too_big') {
    // A 伝達シート part is named by the part (brief.share.text → 共有の方法).
    const inBrief = record.type === 'canvas' && issue.path[0] === 'brief'
    const key = inBrief
      ? String(issue.path[1])
      : (issue.path.findLast((p): p is string => typeof p === 'string') ?? '')
    const field =
      TYPE_FIELDS[record.type]?.[key] ??
      FIELDS[key] ??
      (record.type === 'note' || record.type === 'canvasNote' ? 'note' : 'input')
    const max = Number(issue.maximum)
    return issue.origin === 'string'
      ? errorRef('edit.textTooLong', { field, max })
      : errorRef('edit.tooManyItems', { field, max })
  }
  return INVALID
}
