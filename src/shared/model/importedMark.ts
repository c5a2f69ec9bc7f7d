import type { AnyRecord } from './schemas'

/**
 * What app versions before file format 5 wrote at the start of a conflict copy's text
 * (「両方残す」). Now the copy carries `importedCopy: true` and its text unchanged.
 */
export const LEGACY_IMPORTED_MARK = '（取り込み）'

/** The field a conflict copy of each type was marked in (the registry's `markedCopy`). */
const MARKED_FIELD: Partial<Record<AnyRecord['type'], string>> = {
  note: 'text',
  topic: 'title',
  cause: 'text',
  measure: 'text',
  outcome: 'expectation',
  canvasNote: 'text',
  canvasQa: 'question',
}

/**
 * Old data read today: a copy whose text starts with 「（取り込み）」 gets the text without it and
 * `importedCopy: true`. Any other record is returned as is (the same object).
 */
export function liftLegacyImportedMark<T extends AnyRecord>(record: T): T {
  const field = MARKED_FIELD[record.type]
  if (!field) return record
  const value = (record as unknown as Record<string, unknown>)[field]
  if (typeof value !== 'string' || !value.startsWith(LEGACY_IMPORTED_MARK)) return record
  return { ...record, [field]: value.slice(LEGACY_IMPORTED_MARK.length), importedCopy: true }
}
