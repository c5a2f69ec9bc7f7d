import type { Note } from '../../../shared/model/schemas'
import type { Edit } from '../../stores/storeTypes'

/**
 * The edit behind a deletion notice's 元に戻す: the notes come back as they were before the
 * deletion (the deleted ones and the 見出し's children it released), even when other edits were
 * made since. Notes already back in that state are left alone.
 */
export function restoreNotes(previous: readonly Note[]): Edit {
  return (doc) =>
    previous.flatMap((before) => {
      const now = doc.notes[before.id]
      if (!now) return []
      const same =
        now.deletedAt === before.deletedAt &&
        now.parentId === before.parentId &&
        now.order === before.order
      return same
        ? []
        : [
            {
              ...now,
              deletedAt: null,
              parentId: before.parentId,
              order: before.order,
              scenes: [...before.scenes],
            },
          ]
    })
}
