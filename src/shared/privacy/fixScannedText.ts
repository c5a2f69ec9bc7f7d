import { docKeyOf } from '../model/recordTypes'
import type { AnyRecord } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import type { PrivacyHit } from './scanWorkshop'
import { scannedFieldsOf } from './scannedFields'

/**
 * The guard's fix in place: the field of the hit with the text the user typed (one record
 * version; none when the record is gone or nothing changed). The session stamps it, so it is
 * one undoable edit like any other.
 */
export function fixScannedText(
  doc: WorkshopDoc,
  hit: Pick<PrivacyHit, 'recordType' | 'recordId' | 'field'>,
  text: string,
): AnyRecord[] {
  const records = doc[docKeyOf(hit.recordType)] as Record<string, AnyRecord>
  const record = records[hit.recordId]
  if (!record || record.deletedAt !== null) return []
  const field = scannedFieldsOf(record).find((f) => f.field === hit.field)
  if (!field) return []
  const before = field.read(record)
  if (before === null) return []
  const next = field.write(record, text)
  return field.read(next) === before ? [] : [next]
}
