import { z } from 'zod'
import { LIMITS } from '../model/limits'
import {
  boardSchema,
  groupSchema,
  noteSchema,
  timetableRowSchema,
  workshopSchema,
} from '../model/schemas'
import { docFromRecords, docRecords, type WorkshopDoc } from '../model/workshopDoc'

/**
 * The workshop file: the host's second copy of a workshop (and, later, the exchange format).
 * A versioned envelope; readers refuse files newer than they understand.
 */
export const WORKSHOP_FILE_FORMAT = 'taneboard-workshop'
export const WORKSHOP_FILE_VERSION = 1

const childRecordSchema = z.discriminatedUnion('type', [
  timetableRowSchema,
  groupSchema,
  boardSchema,
  noteSchema,
])

export const workshopFileSchema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(WORKSHOP_FILE_VERSION),
  appVersion: z.string().max(40),
  savedAt: z.string().max(40),
  workshop: workshopSchema,
  records: z.array(childRecordSchema).max(LIMITS.notesPerWorkshop + 1000),
})

export type WorkshopFile = z.infer<typeof workshopFileSchema>

export type WorkshopFileError = 'tooLarge' | 'notJson' | 'notTaneboard' | 'tooNew' | 'invalid'

export type ParseResult =
  | { ok: true; doc: WorkshopDoc; file: WorkshopFile }
  | { ok: false; error: WorkshopFileError; detail: string }

export const WORKSHOP_FILE_ERROR_MESSAGES: Record<WorkshopFileError, { ja: string; en: string }> = {
  tooLarge: {
    ja: 'ファイルが大きすぎます（上限 20MB）。',
    en: 'The file is too large (limit 20 MB).',
  },
  notJson: {
    ja: 'ファイルを読み込めませんでした。形式が正しくありません（壊れているか、途中で切れている可能性があります）。',
    en: 'The file could not be read: it is damaged or incomplete.',
  },
  notTaneboard: {
    ja: 'タネボードのファイルではないようです。',
    en: 'This does not look like a TaneBoard file.',
  },
  tooNew: {
    ja: 'このファイルは新しいバージョンのタネボードで作られています。アプリを更新してから開いてください。',
    en: 'This file was made by a newer TaneBoard. Update the app to open it.',
  },
  invalid: {
    ja: 'ファイルの内容に誤りがあるため読み込めませんでした。',
    en: 'The file contains invalid data.',
  },
}

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

/** Parses untrusted text into a workshop. Never throws. */
export function parseWorkshopFile(text: string): ParseResult {
  if (text.length > LIMITS.snapshotBytes) return fail('tooLarge', `${text.length} chars`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return fail('notJson', String(error))
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('notTaneboard', 'not an object')
  }
  const envelope = raw as Record<string, unknown>
  if (envelope.format !== WORKSHOP_FILE_FORMAT) return fail('notTaneboard', 'format')
  const version = envelope.formatVersion
  if (typeof version !== 'number') return fail('notTaneboard', 'formatVersion')
  if (version > WORKSHOP_FILE_VERSION) return fail('tooNew', `formatVersion ${version}`)
  const parsed = workshopFileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fail('invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema')
  }
  const file = parsed.data
  const foreign = file.records.find((r) => r.workshopId !== file.workshop.id)
  if (foreign) return fail('invalid', `record ${foreign.id} belongs to another workshop`)
  return { ok: true, doc: docFromRecords(file.workshop, file.records), file }
}

function fail(error: WorkshopFileError, detail: string): ParseResult {
  return { ok: false, error, detail }
}
