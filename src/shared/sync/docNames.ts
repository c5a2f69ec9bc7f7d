import { idSchema } from '../model/schemas'

/**
 * The documents of a LAN live session (see docs/lan-sync.md): one read-only document per workshop
 * for the workshop record and its timetable ("meta"), and one document per group holding the group
 * record, its three boards and everything on them. A table's code opens its own group's document
 * (and reads meta); the facilitator opens all of them over one socket.
 */

/** The path of the sync WebSocket on the hub (the renderer is served from the same port). */
export const SYNC_PATH = '/sync'

export type DocRef =
  { kind: 'meta'; workshopId: string } | { kind: 'group'; workshopId: string; groupId: string }

export function metaDocName(workshopId: string): string {
  return `ws/${workshopId}/meta`
}

export function groupDocName(workshopId: string, groupId: string): string {
  return `ws/${workshopId}/g/${groupId}`
}

export function docName(ref: DocRef): string {
  return ref.kind === 'meta'
    ? metaDocName(ref.workshopId)
    : groupDocName(ref.workshopId, ref.groupId)
}

const isId = (value: string | undefined): value is string =>
  value !== undefined && idSchema.safeParse(value).success

/** The document a name stands for, or null for any other string (ids are checked). */
export function parseDocName(name: string): DocRef | null {
  const parts = name.split('/')
  if (parts[0] !== 'ws' || !isId(parts[1])) return null
  if (parts.length === 3 && parts[2] === 'meta') return { kind: 'meta', workshopId: parts[1] }
  if (parts.length === 4 && parts[2] === 'g' && isId(parts[3])) {
    return { kind: 'group', workshopId: parts[1], groupId: parts[3] }
  }
  return null
}
