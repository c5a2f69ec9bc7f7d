import type { AnyRecord } from '../../../shared/model/schemas'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Edit } from '../../stores/storeTypes'

/** The current version of a テーマ3 record (canvas, canvas note or question) in the doc. */
function currentOf(doc: WorkshopDoc, record: AnyRecord): AnyRecord | undefined {
  if (record.type === 'canvas') return doc.canvases[record.id]
  if (record.type === 'canvasNote') return doc.canvasNotes[record.id]
  if (record.type === 'canvasQa') return doc.canvasQas[record.id]
  // Deleting on テーマ3 tombstones nothing else.
  return undefined
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
