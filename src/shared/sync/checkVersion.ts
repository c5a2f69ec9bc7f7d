import { boardIdOf, RECORD_TYPES } from '../model/recordTypes'
import { anyRecordSchema, type AnyRecord } from '../model/schemas'
import type { DocRef } from './docNames'
import { parseVersionKey } from './versionKeys'

/**
 * Whether a record version may stand under a key of a document: every version that arrives is
 * checked against the schemas, the workshop, the document's scope and the writer's role before
 * it reaches the hub's store, Dexie or a screen.
 *
 * Scope: the meta document holds the workshop record and its timetable rows; a group document
 * holds that group's record, its boards (groupId = the group), the records on those boards and
 * its 講評メモ (groupId = the group).
 * Roles: the facilitator writes everything; a table writes its group record and the records on
 * its group's boards, never a board, never the 講評メモ (the console's), never meta (meta is
 * read-only for tables).
 */
export type SyncRole = 'facilitator' | 'table'

export interface VersionScope {
  doc: DocRef
  /** The writer's role; null when only reading (a client materialising what the hub sent). */
  role: SyncRole | null
  /** The ids of the boards of the document's group (boards in it whose groupId is the group). */
  groupBoards: ReadonlySet<string>
}

/** Why a version was refused: a code, never any of the record's text (it may be logged). */
export type Refusal = 'key' | 'schema' | 'mismatch' | 'workshop' | 'scope' | 'role'

export type VersionCheck = { ok: true; record: AnyRecord } | { ok: false; refusal: Refusal }

/**
 * Schema results by value. A Y document hands out the same object for an entry that did not
 * change, and a client reads its whole document again on every change (materialise): with
 * fifteen tables writing, only the entries that changed are parsed again. Values are never
 * changed in place (a new version is a new entry value), so a result stays true for its object.
 */
const parsedValues = new WeakMap<object, AnyRecord | null>()

function parseRecord(value: unknown): AnyRecord | null {
  if (typeof value !== 'object' || value === null) return null
  const known = parsedValues.get(value)
  if (known !== undefined) return known
  const parsed = anyRecordSchema.safeParse(value)
  const record = parsed.success ? parsed.data : null
  parsedValues.set(value, record)
  return record
}

export function checkVersion(key: string, value: unknown, scope: VersionScope): VersionCheck {
  const parsedKey = parseVersionKey(key)
  if (!parsedKey) return { ok: false, refusal: 'key' }
  const record = parseRecord(value)
  if (!record) return { ok: false, refusal: 'schema' }
  if (record.type !== parsedKey.type || record.id !== parsedKey.id) {
    return { ok: false, refusal: 'mismatch' }
  }
  const { doc, role } = scope
  const workshopId = record.type === 'workshop' ? record.id : record.workshopId
  if (workshopId !== doc.workshopId) return { ok: false, refusal: 'workshop' }
  if (!inScope(record, scope)) return { ok: false, refusal: 'scope' }
  if (
    role === 'table' &&
    (doc.kind === 'meta' || record.type === 'board' || record.type === 'review')
  ) {
    return { ok: false, refusal: 'role' }
  }
  return { ok: true, record }
}

function inScope(record: AnyRecord, { doc, groupBoards }: VersionScope): boolean {
  const scope = RECORD_TYPES[record.type].scope
  if (doc.kind === 'meta') return scope === 'workshop' || scope === 'timetable'
  switch (scope) {
    case 'workshop':
    case 'timetable':
      return false
    case 'group':
      return record.id === doc.groupId
    case 'groupBoard':
      return 'groupId' in record && record.groupId === doc.groupId
    case 'board': {
      const boardId = boardIdOf(record)
      return boardId !== null && groupBoards.has(boardId)
    }
    case 'roster':
      return false // never over the LAN (docOfRecord.ts)
  }
}

/**
 * The ids of the boards of a group document: board versions in it whose groupId is the group
 * (a board is written only by the facilitator, see the roles above).
 */
export function groupBoardsOf(
  doc: DocRef,
  entries: Iterable<readonly [string, unknown]>,
): Set<string> {
  const boards = new Set<string>()
  if (doc.kind !== 'group') return boards
  for (const [key, value] of entries) {
    if (!key.startsWith('board:')) continue
    const board = parseRecord(value)
    if (board?.type !== 'board') continue
    if (board.groupId === doc.groupId && board.workshopId === doc.workshopId) boards.add(board.id)
  }
  return boards
}
