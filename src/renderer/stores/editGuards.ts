import { errorRef, type EditField, type ErrorRef } from '../../shared/errors/errorCodes'
import type { z } from 'zod'
import { LIMITS, MAX_WORKSHOP_RECORDS } from '../../shared/model/limits'
import { anyRecordSchema, type AnyRecord, type RecordType } from '../../shared/model/schemas'
import { docRecords, findRecord, live, type WorkshopDoc } from '../../shared/model/workshopDoc'

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

/**
 * テーマ2 and テーマ3 limits, checked where records were created: topics per board, causes,
 * countermeasures and 期待値/指標 per topic, canvases per board, notes and questions per canvas,
 * and each theme's records in all. The ops refuse these
 * already; this is the last line before a record is stored.
 */
function checkThemeLimits(next: WorkshopDoc, created: readonly AnyRecord[]): ErrorRef | null {
  const count = <T extends { deletedAt: string | null }>(
    map: Record<string, T>,
    same: (r: T) => boolean,
  ) => live(map).filter(same).length
  for (const record of created) {
    if (record.deletedAt !== null) continue
    switch (record.type) {
      case 'topic':
        if (count(next.topics, (t) => t.boardId === record.boardId) > LIMITS.topicsPerBoard) {
          return errorRef('edit.topicsFull', { max: LIMITS.topicsPerBoard })
        }
        break
      case 'cause':
        if (count(next.causes, (c) => c.topicId === record.topicId) > LIMITS.causesPerTopic) {
          return errorRef('edit.causesFull', { max: LIMITS.causesPerTopic })
        }
        break
      case 'measure':
        if (count(next.measures, (m) => m.topicId === record.topicId) > LIMITS.measuresPerTopic) {
          return errorRef('edit.measuresFull', { max: LIMITS.measuresPerTopic })
        }
        break
      case 'outcome':
        if (count(next.outcomes, (o) => o.topicId === record.topicId) > LIMITS.outcomesPerTopic) {
          return errorRef('edit.outcomesFull', { max: LIMITS.outcomesPerTopic })
        }
        break
      case 'canvas':
        if (count(next.canvases, (c) => c.boardId === record.boardId) > LIMITS.canvasesPerBoard) {
          return errorRef('edit.canvasesFull', { max: LIMITS.canvasesPerBoard })
        }
        break
      case 'canvasNote':
        if (
          count(next.canvasNotes, (n) => n.canvasId === record.canvasId) > LIMITS.notesPerCanvas
        ) {
          return errorRef('edit.canvasNotesFull', { max: LIMITS.notesPerCanvas })
        }
        break
      case 'canvasQa':
        if (count(next.canvasQas, (q) => q.canvasId === record.canvasId) > LIMITS.qasPerCanvas) {
          return errorRef('edit.qasFull', { max: LIMITS.qasPerCanvas })
        }
        break
      case 'workshop':
      case 'timetableRow':
      case 'group':
      case 'board':
      case 'note':
        break
    }
  }
  const isTheme3 = (type: RecordType) =>
    type === 'canvas' || type === 'canvasNote' || type === 'canvasQa'
  if (created.some((r) => isTheme3(r.type))) {
    const theme3 =
      Object.keys(next.canvases).length +
      Object.keys(next.canvasNotes).length +
      Object.keys(next.canvasQas).length
    if (theme3 > LIMITS.theme3RecordsPerWorkshop) {
      return errorRef('edit.theme3Full')
    }
  }
  const isTheme2 = (type: RecordType) =>
    type === 'topic' || type === 'cause' || type === 'measure' || type === 'outcome'
  if (created.some((r) => isTheme2(r.type))) {
    const theme2 =
      Object.keys(next.topics).length +
      Object.keys(next.causes).length +
      Object.keys(next.measures).length +
      Object.keys(next.outcomes).length
    if (theme2 > LIMITS.theme2RecordsPerWorkshop) {
      return errorRef('edit.theme2Full')
    }
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
}

function describeIssue(record: AnyRecord, error: z.ZodError): ErrorRef {
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
