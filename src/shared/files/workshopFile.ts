import { z } from 'zod/mini'
import {
  LIMITS,
  MAX_WORKSHOP_RECORDS,
  MAX_WORKSHOP_RECORDS_BEFORE_CAFE,
  MAX_WORKSHOP_RECORDS_BEFORE_PLAN,
  MAX_WORKSHOP_RECORDS_BEFORE_ROSTER,
  MAX_WORKSHOP_RECORDS_BEFORE_SURVEY,
} from '../model/limits'
import { CHILD_RECORD_TYPES, RECORD_TYPES } from '../model/recordTypes'
import type { timetableRowSchema } from '../model/schemas'
import { issueText } from '../model/issueText'
import { workshopSchema, type AnyRecord, type Workshop } from '../model/schemas'
import { docFromRecords, docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { xmlSafeDeep } from '../text/xmlSafeText'
import { MAX_JSON_DEPTH, nestsDeeperThan, recordsProblem } from './workshopFileChecks'
import { calendarProblem, editingLimitsProblem } from './workshopFileStrict'

/**
 * The workshop file: the host's second copy of a workshop, the automatic backups and the
 * exchange format (an exported `.taneboard` file holds one group, several or all of them; see
 * merge/extractGroups.ts). A versioned envelope; readers refuse files newer than they understand.
 * The format is described for readers of the file in docs/workshop-file-format.md.
 *
 * Versions (every one stays readable):
 * - 1: timetable rows, groups, boards, notes.
 * - 2: adds the テーマ2 records (topic, cause, measure, outcome). A version 1 file is a version 2
 *   file without them, so it migrates as is. An app that only knows version 1 answers a version 2
 *   file with 「新しいバージョン」 (tooNew) instead of calling it broken.
 * - 3: adds the テーマ3 records (canvas, canvasNote, canvasQa). Versions 1 and 2 migrate as is.
 * - 4: every record may carry `edits`, its editor counts (model/versionVector.ts), so that merges
 *   tell updates from conflicts exactly. Records of older files have none and migrate as is. An
 *   app that knows only version 3 would refuse the unknown field as damage; it says 「新しい
 *   バージョン」 instead.
 * - 5: a copy a conflict kept (「両方残す」) carries `importedCopy: true` and its text as it came;
 *   before, its text started with 「（取り込み）」. Reading any file (or the database) lifts that
 *   old mark into the flag (model/importedMark.ts, in docFromRecords). An app that knows only
 *   version 4 says 「新しいバージョン」 instead of refusing the field as damage.
 * - 6: such a copy also names the record it was kept beside (`importedFrom`), so that the board
 *   can merge the two texts into one (「元の付箋とまとめる」). Older copies have none.
 * - 7: adds the 講評 records (commentator: the workshop's 講師・アドバイザー; review: a group's
 *   講評メモ). Versions 1 to 6 migrate as is; an app that knows only version 6 says
 *   「新しいバージョン」.
 * - 8: adds the ワールドカフェ records (cafeReaction: visitors' comments and 「いいね」 on a host
 *   table's outputs). Versions 1 to 7 migrate as is.
 * - 9: adds the 研修の企画 fields (planEntry: one field of the planning forms 図表-71 to 74).
 *   Versions 1 to 8 migrate as is; an app that knows only version 8 says 「新しいバージョン」.
 * - 10: adds the 名簿 (participant records, roster/). Older files migrate as is: their group
 *   members are on the roster as they are (roster/rosterOps.ts `rosterPeople`: a seated member
 *   without a participant record is a 受講者 of that id), and become a record only when the
 *   organiser edits them, so that a table's old file never makes a second copy of a person. A
 *   table's file normally holds no participants (personal data, merge/extractGroups.ts).
 * - 11: adds the 事前・事後アンケート (surveyItem, surveyAnswer). Versions 1 to 10 migrate as is.
 * - 12: the workshop record may carry the 全体共有's format (`plenaryFormat`: 発表 or ワールドカフェ)
 *   and the ワールドカフェ set-up (`cafePlan`: rounds, minutes of a round, hosts chosen by hand).
 *   Versions 1 to 11 migrate as is (発表); an app that knows only version 11 would refuse the
 *   unknown fields as damage and says 「新しいバージョン」 instead.
 * - 13: a survey item may carry `goal`, the line of the planning form's 「3.研修終了時に想定する
 *   能力・効果等」 it measures. Versions 1 to 12 migrate as is (no item linked); an app that
 *   knows only version 12 says 「新しいバージョン」 instead of refusing the field as damage.
 */
export const WORKSHOP_FILE_FORMAT = 'taneboard-workshop'
export const WORKSHOP_FILE_VERSION = 13

/** Records a version 2 file could hold (kept to read old files). */
const V2_MAX_RECORDS = LIMITS.notesPerWorkshop + LIMITS.theme2RecordsPerWorkshop + 1000

/**
 * The records a file of format `version` may hold besides the workshop: the registered types it
 * already carried (each type's `fileSince`).
 */
function childRecordsOf(version: number) {
  const schemas = CHILD_RECORD_TYPES.filter((type) => RECORD_TYPES[type].fileSince <= version).map(
    (type) => RECORD_TYPES[type].schema,
  )
  // Typed as the union of every child type (older formats hold fewer; the parse says which).
  return z.discriminatedUnion(
    'type',
    schemas as unknown as [typeof timetableRowSchema],
  ) as unknown as z.ZodMiniType<Exclude<AnyRecord, Workshop>>
}

const v1ChildRecordSchema = childRecordsOf(1)

/** Version 1 as it was shipped (kept to read old files). */
export const workshopFileV1Schema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string().check(z.maxLength(40)),
  savedAt: z.string().check(z.maxLength(40)),
  workshop: workshopSchema,
  records: z.array(v1ChildRecordSchema).check(z.maxLength(LIMITS.notesPerWorkshop + 1000)),
})

const v2ChildRecordSchema = childRecordsOf(2)

/** Version 2 as it was shipped (kept to read old files). */
export const workshopFileV2Schema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(2),
  appVersion: z.string().check(z.maxLength(40)),
  savedAt: z.string().check(z.maxLength(40)),
  workshop: workshopSchema,
  records: z.array(v2ChildRecordSchema).check(z.maxLength(V2_MAX_RECORDS)),
})

const childRecordSchema = childRecordsOf(WORKSHOP_FILE_VERSION)

export const workshopFileSchema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(WORKSHOP_FILE_VERSION),
  appVersion: z.string().check(z.maxLength(40)),
  savedAt: z.string().check(z.maxLength(40)),
  workshop: workshopSchema,
  records: z.array(childRecordSchema).check(z.maxLength(MAX_WORKSHOP_RECORDS)),
})

/** Versions 3 to 7: the current envelope with the record types the version carried. */
function olderFileSchema<V extends 3 | 4 | 5 | 6 | 7>(version: V) {
  return z.extend(workshopFileSchema, {
    formatVersion: z.literal(version),
    // before the ワールドカフェ records, room for the others only
    records: z.array(childRecordsOf(version)).check(z.maxLength(MAX_WORKSHOP_RECORDS_BEFORE_CAFE)),
  })
}

/** Version 3: version 4 without `edits` (the record schemas take `edits` as optional). */
export const workshopFileV3Schema = olderFileSchema(3)

/** Version 4: version 5 without `importedCopy` (optional in the record schemas). */
export const workshopFileV4Schema = olderFileSchema(4)

/** Version 5: version 6 without `importedFrom` (optional in the record schemas). */
export const workshopFileV5Schema = olderFileSchema(5)

/** Version 6: version 7 without the 講評 records (commentator, review). */
export const workshopFileV6Schema = olderFileSchema(6)

/** Version 7: version 8 without the ワールドカフェ records (cafeReaction). */
export const workshopFileV7Schema = olderFileSchema(7)

/** Version 8: version 9 without the 研修の企画 fields (planEntry). */
export const workshopFileV8Schema = z.extend(workshopFileSchema, {
  formatVersion: z.literal(8),
  records: z.array(childRecordsOf(8)).check(z.maxLength(MAX_WORKSHOP_RECORDS_BEFORE_PLAN)),
})

/** Version 9: version 10 without the 名簿 (participant records). */
export const workshopFileV9Schema = z.extend(workshopFileSchema, {
  formatVersion: z.literal(9),
  records: z.array(childRecordsOf(9)).check(z.maxLength(MAX_WORKSHOP_RECORDS_BEFORE_ROSTER)),
})

/** Version 10: version 11 without the 事前・事後アンケート (surveyItem, surveyAnswer). */
export const workshopFileV10Schema = z.extend(workshopFileSchema, {
  formatVersion: z.literal(10),
  records: z.array(childRecordsOf(10)).check(z.maxLength(MAX_WORKSHOP_RECORDS_BEFORE_SURVEY)),
})

/** Version 11: version 12 without the workshop's `plenaryFormat` and `cafePlan` (optional). */
export const workshopFileV11Schema = z.extend(workshopFileSchema, { formatVersion: z.literal(11) })

/** Version 12: version 13 without the survey items' `goal` (optional). */
export const workshopFileV12Schema = z.extend(workshopFileSchema, { formatVersion: z.literal(12) })

export type WorkshopFileV1 = z.infer<typeof workshopFileV1Schema>
export type WorkshopFileV2 = z.infer<typeof workshopFileV2Schema>
export type WorkshopFileV3 = z.infer<typeof workshopFileV3Schema>
export type WorkshopFileV4 = z.infer<typeof workshopFileV4Schema>
export type WorkshopFileV5 = z.infer<typeof workshopFileV5Schema>
export type WorkshopFileV6 = z.infer<typeof workshopFileV6Schema>
export type WorkshopFileV7 = z.infer<typeof workshopFileV7Schema>
export type WorkshopFileV8 = z.infer<typeof workshopFileV8Schema>
export type WorkshopFileV9 = z.infer<typeof workshopFileV9Schema>
export type WorkshopFileV10 = z.infer<typeof workshopFileV10Schema>
export type WorkshopFileV11 = z.infer<typeof workshopFileV11Schema>
export type WorkshopFileV12 = z.infer<typeof workshopFileV12Schema>
export type WorkshopFile = z.infer<typeof workshopFileSchema>

/**
 * An older file as the current version: the same records (older versions had fewer types, and
 * records without editor counts; their group members are on the 名簿 as they are).
 */
export function migrateWorkshopFile(
  file:
    | WorkshopFileV1
    | WorkshopFileV2
    | WorkshopFileV3
    | WorkshopFileV4
    | WorkshopFileV5
    | WorkshopFileV6
    | WorkshopFileV7
    | WorkshopFileV8
    | WorkshopFileV9
    | WorkshopFileV10
    | WorkshopFileV11
    | WorkshopFileV12,
): WorkshopFile {
  return { ...file, formatVersion: WORKSHOP_FILE_VERSION }
}

/**
 * Why a file was refused; the user sees the error `file.<code>` (shared/errors: one message per
 * language, e.g. tooNew 「新しいバージョン」).
 */
export const WORKSHOP_FILE_ERRORS = [
  'tooLarge',
  'notJson',
  'notTaneboard',
  'tooNew',
  'invalid',
  'overLimit',
] as const
export type WorkshopFileError = (typeof WORKSHOP_FILE_ERRORS)[number]

export type ParseResult =
  | {
      ok: true
      doc: WorkshopDoc
      /** The file as the current version (older files migrated). */
      file: WorkshopFile
      /** The formatVersion the text was written with. */
      readVersion: number
    }
  | { ok: false; error: WorkshopFileError; detail: string }

export function serializeWorkshopFile(
  doc: WorkshopDoc,
  appVersion: string,
  savedAt: string,
): string {
  const [workshop, ...records] = docRecords(doc)
  const file = {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    appVersion,
    savedAt,
    workshop,
    records,
  }
  return JSON.stringify(file)
}

/** The schema each older version is read with before it is migrated. */
const OLDER_SCHEMAS = {
  1: workshopFileV1Schema,
  2: workshopFileV2Schema,
  3: workshopFileV3Schema,
  4: workshopFileV4Schema,
  5: workshopFileV5Schema,
  6: workshopFileV6Schema,
  7: workshopFileV7Schema,
  8: workshopFileV8Schema,
  9: workshopFileV9Schema,
  10: workshopFileV10Schema,
  11: workshopFileV11Schema,
  12: workshopFileV12Schema,
} as const

/** The longest `detail` kept (a hostile file must not blow up a log line). */
const MAX_DETAIL_CHARS = 300

/**
 * Parses untrusted text into a workshop. Never throws, and changes nothing outside its result.
 *
 * In order: a leading UTF-8 BOM is dropped; text over LIMITS.snapshotBytes characters is refused
 * before anything else (tooLarge); JSON nested deeper than MAX_JSON_DEPTH or not JSON at all is
 * notJson; JSON without `format: "taneboard-workshop"` and a numeric `formatVersion` is
 * notTaneboard; a whole formatVersion above WORKSHOP_FILE_VERSION is tooNew (checked before the
 * rest, whose shape a newer version may have changed); versions 1 to 11 are checked with their
 * own schemas and migrated, version 12 with the current one, any other number is invalid.
 * Then the records must all belong to the file's workshop, appear once each (type and id),
 * carry ISO 8601 timestamps, count no more editor changes than their rev and use no reserved id
 * (see workshopFileChecks.ts), else invalid.
 *
 * A file from outside the app (`strict`: an import) must also have dates a calendar has, not
 * after 2100 (else invalid), and keep the app's editing limits (else overLimit): see
 * workshopFileStrict.ts. The app's own copies are read without these, so that a workshop that
 * went over a limit is still saved and restored.
 */
export function parseWorkshopFile(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUntrusted(text, options.strict === true)
  } catch (error) {
    // Not expected: every check above is total. Kept so that the promise holds regardless.
    return fail('invalid', `unexpected: ${String(error)}`)
  }
}

/** How parseWorkshopFile reads. */
export interface ParseOptions {
  /** A file from outside the app (an import): also the calendar and the editing limits. */
  strict?: boolean
}

function parseUntrusted(input: unknown, strict: boolean): ParseResult {
  if (typeof input !== 'string') return fail('notJson', `not text: ${typeof input}`)
  // the length first: looking at a huge text's first character may copy all of it
  if (input.length > LIMITS.snapshotBytes + 1) return fail('tooLarge', `${input.length} chars`)
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  if (text.length > LIMITS.snapshotBytes) return fail('tooLarge', `${text.length} chars`)
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return fail('notJson', `nested deeper than ${MAX_JSON_DEPTH} levels`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    // SyntaxError for broken or cut-off text; RangeError if an engine runs out of stack
    return fail('notJson', String(error))
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('notTaneboard', 'not an object')
  }
  // Characters XML 1.0 forbids mean nothing to a user and break exported files: dropped here.
  // Ids are not cleaned: one holding such a character is refused by the id rule instead.
  if (mayHoldXmlForbiddenChars(text)) raw = xmlSafeDeep(raw, isIdField)
  const envelope = raw as Record<string, unknown>
  if (!Object.hasOwn(envelope, 'format') || envelope.format !== WORKSHOP_FILE_FORMAT) {
    return fail('notTaneboard', 'format')
  }
  const version = envelope.formatVersion
  if (typeof version !== 'number') return fail('notTaneboard', 'formatVersion')
  if (Number.isSafeInteger(version) && version > WORKSHOP_FILE_VERSION) {
    return fail('tooNew', `formatVersion ${version}`)
  }
  let file: WorkshopFile
  if (
    version === 1 ||
    version === 2 ||
    version === 3 ||
    version === 4 ||
    version === 5 ||
    version === 6 ||
    version === 7 ||
    version === 8 ||
    version === 9 ||
    version === 10 ||
    version === 11 ||
    version === 12
  ) {
    const parsed = OLDER_SCHEMAS[version].safeParse(raw)
    if (!parsed.success) return fail('invalid', describe(parsed.error))
    file = migrateWorkshopFile(parsed.data)
  } else if (version === WORKSHOP_FILE_VERSION) {
    const parsed = workshopFileSchema.safeParse(raw)
    if (!parsed.success) return fail('invalid', describe(parsed.error))
    file = parsed.data
  } else {
    return fail('invalid', `formatVersion ${version}`)
  }
  const problem = recordsProblem(file.workshop, file.records)
  if (problem) return fail('invalid', problem)
  const calendar = strict ? calendarProblem([file.workshop, ...file.records]) : null
  if (calendar) return fail('invalid', calendar)
  const doc = docFromRecords(file.workshop, file.records)
  const overLimit = strict ? editingLimitsProblem(doc) : null
  if (overLimit) return fail('overLimit', overLimit)
  return {
    ok: true,
    doc,
    file,
    readVersion: version,
  }
}

/** Fields holding an id (`id`, `…Id`): never cleaned of characters, so a damaged id is refused. */
export function isIdField(key: string): boolean {
  return key === 'id' || key.endsWith('Id')
}

/**
 * Whether JSON text may hold a character XML 1.0 forbids: escaped (\b, \f, \u0000 to \u001f,
 * \ud800 to \udfff, \ufffe, \uffff) or raw (U+FFFE, U+FFFF, a surrogate; raw controls are not
 * JSON). Cheap, and false for nearly every real file, which then skips the walk.
 */
function mayHoldXmlForbiddenChars(text: string): boolean {
  return /\\(?:[bf]|u(?:00[01]|[dD][89a-fA-F]|[fF]{3}[eEfF]))|[\uD800-\uDFFF\uFFFE\uFFFF]/.test(
    text,
  )
}

function describe(error: z.core.$ZodError): string {
  return issueText(error.issues[0], 'schema')
}

function fail(error: WorkshopFileError, detail: string): ParseResult {
  const short = detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}…` : detail
  return { ok: false, error, detail: short }
}
