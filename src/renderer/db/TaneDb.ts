import Dexie, { type EntityTable, type Transaction } from 'dexie'
import { RECORD_TYPE_LIST, RECORD_TYPES, type RecordOf } from '../../shared/model/recordTypes'
import type { Board, Group, RecordType } from '../../shared/model/schemas'
import { THEME_IDS } from '../../shared/model/themes'
import { randomId } from '../host/editContext'

/**
 * The working store of the renderer (IndexedDB through Dexie). One table per registered record
 * type (src/shared/model/recordTypes.ts: its `table`, `indexes` and the version `dbSince` that
 * added it), rows stored as-is.
 *
 * IndexedDB is never the only copy: every workshop also lives in a host snapshot file (see
 * stores/persistence.ts and session/startupRestore.ts), because Chromium can wipe a database it
 * finds corrupted after a hard kill.
 *
 * Versions are kept forever and only ever add: a shipped version is never edited or removed.
 */

export const TANE_DB_NAME = 'taneboard'
/** The newest schema version. */
export const TANE_DB_VERSION = 9

/** Small key-value facts about the database itself. */
export interface MetaRow {
  key: string
  value: unknown
}

export interface TaneDbOptions {
  /** Declares only the versions up to this one (tests open historical versions with it). */
  upToVersion?: number
  /** IndexedDB implementation (tests); defaults to the global one. */
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /** Clock and ids used by upgrades (tests make them deterministic). */
  now?: () => string
  newId?: () => string
}

/** The Dexie table name of each registered record type. */
export type RecordTableName = (typeof RECORD_TYPES)[RecordType]['table']

/** The table of every registered record type, by its table name (db.notes, db.topics, …). */
export type RecordTables = {
  [T in RecordType as (typeof RECORD_TYPES)[T]['table']]: EntityTable<RecordOf<T>, 'id'>
}

/** The tables a schema version added: the registered types with that `dbSince`. */
export function tablesAddedIn(version: number): Record<string, string> {
  return Object.fromEntries(
    RECORD_TYPE_LIST.filter((type) => RECORD_TYPES[type].dbSince === version).map((type) => [
      RECORD_TYPES[type].table,
      RECORD_TYPES[type].indexes,
    ]),
  )
}

class TaneDbBase extends Dexie {
  declare meta: EntityTable<MetaRow, 'key'>

  constructor(name: string = TANE_DB_NAME, options: TaneDbOptions = {}) {
    super(name, {
      // Flush to disk before a transaction reports complete (Chrome's default is relaxed).
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    })
    const upTo = options.upToVersion ?? TANE_DB_VERSION
    const now = options.now ?? (() => new Date().toISOString())
    const newId = options.newId ?? randomId

    // v1 — workshop setup: the workshop, its timetable and its groups.
    this.version(1).stores({ ...tablesAddedIn(1), meta: 'key' })

    // v2 — boards and notes; every existing group gets its three boards.
    if (upTo >= 2) {
      this.version(2)
        .stores(tablesAddedIn(2))
        .upgrade((tx) => createMissingBoards(tx, now(), newId))
    }

    // v3 — テーマ2: topics, causes, countermeasures, 期待値/指標. New tables only: nothing to move.
    if (upTo >= 3) this.version(3).stores(tablesAddedIn(3))

    // v4 — テーマ3: canvases, their notes and their questions. New tables only: nothing to move.
    if (upTo >= 4) this.version(4).stores(tablesAddedIn(4))

    // v5 — 講評: the commentators and each group's 講評メモ. New tables only: nothing to move.
    if (upTo >= 5) this.version(5).stores(tablesAddedIn(5))

    // v6 — ワールドカフェ: visitors' comments and 「いいね」. A new table only: nothing to move.
    if (upTo >= 6) this.version(6).stores(tablesAddedIn(6))

    // v7 — 研修の企画: the planning forms' fields. A new table only: nothing to move.
    if (upTo >= 7) this.version(7).stores(tablesAddedIn(7))

    // v8 — the 名簿 (participants). New table only: the groups keep their members, who are on
    // the roster as they are until the organiser edits them (shared/roster/rosterOps.ts).
    if (upTo >= 8) this.version(8).stores(tablesAddedIn(8))

    // v9 — 事前・事後アンケート: the survey's items and answers. New tables only: nothing to move.
    if (upTo >= 9) this.version(9).stores(tablesAddedIn(9))
  }
}

/** The database: Dexie with `meta` and one typed table per registered record type. */
export type TaneDb = TaneDbBase & RecordTables
export const TaneDb = TaneDbBase as unknown as new (
  name?: string,
  options?: TaneDbOptions,
) => TaneDb

/** v2 upgrade: one board per theme for every group that lacks it (new records, rev 1). */
async function createMissingBoards(
  tx: Transaction,
  now: string,
  newId: () => string,
): Promise<void> {
  const groups = await tx.table<Group, string>('groups').toArray()
  const boards = await tx.table<Board, string>('boards').toArray()
  const existing = new Set(boards.map((b) => `${b.groupId}/${b.themeId}`))
  const created: Board[] = []
  for (const group of groups) {
    for (const themeId of THEME_IDS) {
      if (existing.has(`${group.id}/${themeId}`)) continue
      created.push({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        rev: 1,
        // A deleted group's boards are deleted with it, as removeGroup does.
        deletedAt: group.deletedAt ?? null,
        type: 'board',
        workshopId: group.workshopId,
        groupId: group.id,
        themeId,
      })
    }
  }
  await tx.table<Board, string>('boards').bulkPut(created)
}
