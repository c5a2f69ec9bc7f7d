import type { AnyRecord } from '../../../shared/model/schemas'
import { RECORD_TYPES } from '../../../shared/model/recordTypes'
import { findRecord, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Edit } from '../../stores/storeTypes'

/** The current version of a テーマ3 record (canvas, canvas note or question) in the doc. */
function currentOf(doc: WorkshopDoc, record: AnyRecord): AnyRecord | undefined {
  // Deleting on テーマ3 tombstones nothing else.
  return RECORD_TYPES[record.type].theme === 'theme3' ? findRecord(doc, record) : undefined
}

/**
 * The edit behind a deletion notice's 元に戻す on テーマ3: the records a deletion tombstoned come
 * back, and only those (a record brought back since, or deleted again later, is left alone).
 * `deleted` are the tombstones the deletion wrote.
 */
export function restoreCanvasRecords(deleted: readonly AnyRecord[]): Edit {
  return (doc) =>
    deleted.flatMap((tombstone) => {
      const now = currentOf(doc, tombstone)
      if (!now || now.deletedAt === null || now.deletedAt !== tombstone.deletedAt) return []
      return [{ ...now, deletedAt: null }]
    })
}
