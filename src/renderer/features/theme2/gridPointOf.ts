import type { AnyRecord, GridPoint } from '../../../shared/model/schemas'

/** Where an edit put a record on its grid (null: not changed, or taken off). */
export function gridPointOf(changed: readonly AnyRecord[], id: string): GridPoint | null {
  const record = changed.find((r) => r.id === id)
  return record && 'grid' in record ? record.grid : null
}
