import { workshopFileErrorRef } from '../errors/errorCodes'
import { errorText } from '../errors/errorText'
import { extractGroups } from '../merge/extractGroups'
import type { AnyRecord } from '../model/schemas'
import { applyRecords, docMap, stampChange, stampOf, type WorkshopDoc } from '../model/workshopDoc'
import { CHILD_RECORD_TYPES } from '../model/recordTypes'
import { removeRow, timetableRows } from '../ops/timetableOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from './fakeContext'
import { castVote } from '../theme2/causeOps'
import { addMeasure, addOutcome } from '../theme2/measureOps'
import { seatVoterId } from '../theme2/theme2Queries'
import {
  parseWorkshopFile,
  serializeWorkshopFile,
  WORKSHOP_FILE_ERRORS,
  type ParseResult,
} from '../files/workshopFile'

/** Helpers of the workshop file's hostile-input and property tests. Imported only by tests. */

export const SAVED_AT = '2025-02-07T05:00:00.000Z'

/**
 * A small workshop holding every record type: the サンプル研修会's Ａグループ (テーマ1 notes, the
 * テーマ2 topic and cause, the テーマ3 canvas with its notes and Q&A) plus a countermeasure, an
 * outcome, a dot and a deleted timetable row (a tombstone).
 */
export function smallDoc(): WorkshopDoc {
  const ctx = fakeContext()
  const sample = createSampleWorkshop(ctx)
  const groupA = Object.values(sample.groups).find((g) => g.name === 'Ａグループ')
  if (!groupA) throw new Error('smallDoc: no Ａグループ')
  let doc = extractGroups(sample, [groupA.id])
  const edit = (records: AnyRecord[]): void => {
    if (records.length === 0) throw new Error('smallDoc: an edit changed nothing')
    doc = applyRecords(doc, stampChange(doc, records, stampOf(ctx)).records)
  }
  const topic = Object.values(doc.topics)[0]
  const cause = Object.values(doc.causes)[0]
  if (!topic || !cause) throw new Error('smallDoc: no テーマ2 example')
  edit(castVote(doc, cause.id, seatVoterId(1), 1))
  edit(addMeasure(doc, topic.id, cause.id, '退院前カンファレンスに<b>家族</b>を呼ぶ', '家族', ctx))
  const measure = Object.values(doc.measures)[0]
  edit(addOutcome(doc, topic.id, { measureId: measure?.id ?? null, expectation: '期待' }, ctx))
  const row = timetableRows(doc)[0]
  if (!row) throw new Error('smallDoc: no timetable')
  edit(removeRow(doc, row.id, ctx))
  return doc
}

/**
 * smallDoc as a file; `trimmed` keeps only 3 テーマ1 notes and 3 timetable rows (the deleted one
 * among them), for tests that parse it thousands of times.
 */
export function smallText(options: { trimmed?: boolean } = {}): string {
  let doc = smallDoc()
  if (options.trimmed) {
    const rows = Object.values(doc.rows).sort(
      (a, b) => Number(b.deletedAt !== null) - Number(a.deletedAt !== null),
    )
    doc = {
      ...doc,
      rows: Object.fromEntries(rows.slice(0, 3).map((r) => [r.id, r])),
      notes: Object.fromEntries(
        Object.values(doc.notes)
          .slice(0, 3)
          .map((n) => [n.id, n]),
      ),
    }
  }
  return serializeWorkshopFile(doc, '0.1.0', SAVED_AT)
}

export interface FileJson {
  format: unknown
  formatVersion: unknown
  appVersion: unknown
  savedAt: unknown
  workshop: Record<string, unknown>
  records: Record<string, unknown>[]
}

export function fileJson(text: string = smallText()): FileJson {
  return JSON.parse(text) as FileJson
}

/** The first record of a type in a parsed file (throws when there is none). */
export function recordOf(file: FileJson, type: string): Record<string, unknown> {
  const record = file.records.find((r) => r.type === type)
  if (!record) throw new Error(`no ${type} record`)
  return record
}

/**
 * Sets an own, enumerable property, even one named `__proto__` (a plain assignment would set
 * the prototype instead): how JSON.parse itself creates such keys.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** What a rejected parse must carry: a known code with a Japanese and an English message. */
export function rejectionProblem(result: ParseResult): string | null {
  if (result.ok) return null
  const known = (WORKSHOP_FILE_ERRORS as readonly string[]).includes(result.error)
  if (!known || errorText(workshopFileErrorRef(result.error), 'ja').length === 0) {
    return `no message for ${result.error}`
  }
  if (result.detail.length === 0) return 'empty detail'
  if (result.detail.startsWith('unexpected:')) return `uncaught: ${result.detail}`
  return null
}

/**
 * What an accepted parse must satisfy: every record belongs to the file's workshop, none was
 * lost (no duplicate collapsed), the maps are plain objects keyed by id, and writing the doc
 * again reads back as the same doc and the same text (a fixed point).
 */
export function acceptanceProblem(result: ParseResult): string | null {
  if (!result.ok) return null
  const { doc, file } = result
  // Every registered type's map (the registry lists them; none may be forgotten here).
  const maps: Record<string, { id: string; workshopId: string }>[] = CHILD_RECORD_TYPES.map(
    (type) => docMap(doc, type),
  )
  let count = 0
  for (const map of maps) {
    if (Object.getPrototypeOf(map) !== Object.prototype) return 'a map lost its prototype'
    for (const [key, record] of Object.entries(map)) {
      count += 1
      if (record.id !== key) return `record ${record.id} under key ${key}`
      if (record.workshopId !== doc.workshop.id) return `record ${record.id} of another workshop`
    }
  }
  if (count !== file.records.length) return `${file.records.length} records, ${count} in the doc`
  const text = serializeWorkshopFile(doc, 'x', SAVED_AT)
  const again = parseWorkshopFile(text)
  if (!again.ok) return `re-serialized file refused: ${again.detail}`
  if (serializeWorkshopFile(again.doc, 'x', SAVED_AT) !== text) return 'not a fixed point'
  return null
}

/** Object.prototype's own names now (compare before and after parsing hostile text). */
export function prototypeSnapshot(): string {
  return [
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
  ]
    .sort()
    .join(',')
}

export function polluted(): boolean {
  const probe: Record<string, unknown> = {}
  return 'polluted' in probe || 'polluted' in Object.prototype || 'polluted' in []
}
