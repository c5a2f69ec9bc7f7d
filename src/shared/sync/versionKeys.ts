import type { AnyRecord, RecordType } from '../model/schemas'
import { RECORD_TYPE_LIST } from '../model/recordTypes'
import { idSchema } from '../model/schemas'

/**
 * Inside each document, one flat map named `versions` holds whole record versions (the plain JSON
 * of today's schemas) under `${type}:${id}@${slot}`. The slot is the writer's editor id: every
 * key is written by one writer only, so the engine never has to pick between two devices' values
 * (no silent last-writer-wins); which version of a record is shown is decided by its version
 * vector (materialise.ts).
 */
export const VERSIONS_MAP = 'versions'

/** A writer's slot: an editor id (lowercase hex, see versionVector.ts). */
export const SLOT_PATTERN = /^[0-9a-f]{8,32}$/

const KNOWN_TYPES: ReadonlySet<string> = new Set<RecordType>(RECORD_TYPE_LIST)

export interface VersionKey {
  type: RecordType
  id: string
  slot: string
}

export function versionKey(record: Pick<AnyRecord, 'type' | 'id'>, slot: string): string {
  return `${record.type}:${record.id}@${slot}`
}

/** The parts of a key, or null when it is not one (type, id and slot are checked). */
export function parseVersionKey(key: string): VersionKey | null {
  if (key.length > 200) return null
  const colon = key.indexOf(':')
  const at = key.lastIndexOf('@')
  if (colon < 1 || at < colon + 2) return null
  const type = key.slice(0, colon)
  const id = key.slice(colon + 1, at)
  const slot = key.slice(at + 1)
  if (!KNOWN_TYPES.has(type) || !SLOT_PATTERN.test(slot)) return null
  if (!idSchema.safeParse(id).success) return null
  return { type: type as RecordType, id, slot }
}
