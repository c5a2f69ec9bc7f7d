import Dexie, { type EntityTable, type Transaction } from 'dexie'
import { THEME_IDS } from '../../shared/model/themes'
import type {
  Board,
  Canvas,
  CanvasNote,
  CanvasQa,
  Cause,
  Group,
  Measure,
  Note,
  Outcome,
  TimetableRow,
  Topic,
  Workshop,
} from '../../shared/model/schemas'
import { randomId } from '../host/editContext'

/**
 * The working store of the renderer (IndexedDB through Dexie). Rows are the record types of
 * src/shared/model/schemas.ts, stored as-is.
 *
 * IndexedDB is never the only copy: every workshop also lives in a host snapshot file (see
 * stores/persistence.ts and session/startupRestore.ts), because Chromium can wipe a database it
 * finds corrupted after a hard kill.
 *
 * Versions are kept forever and only ever add: a shipped version is never edited or removed.
 */

export const TANE_DB_NAME = 'taneboard'
/** The newest schema version. */
export const TANE_DB_VERSION = 4

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

export class TaneDb extends Dexie {
  declare workshops: EntityTable<Workshop, 'id'>
  declare timetableRows: EntityTable<TimetableRow, 'id'>
  declare groups: EntityTable<Group, 'id'>
  declare boards: EntityTable<Board, 'id'>
  declare notes: EntityTable<Note, 'id'>
  declare topics: EntityTable<Topic, 'id'>
  declare causes: EntityTable<Cause, 'id'>
  declare measures: EntityTable<Measure, 'id'>
  declare outcomes: EntityTable<Outcome, 'id'>
  declare canvases: EntityTable<Canvas, 'id'>
  declare canvasNotes: EntityTable<CanvasNote, 'id'>
  declare canvasQas: EntityTable<CanvasQa, 'id'>
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
    this.version(1).stores({
      workshops: 'id, updatedAt',
      timetableRows: 'id, workshopId',
      groups: 'id, workshopId',
      meta: 'key',
    })

    // v2 — boards and notes; every existing group gets its three boards.
    if (upTo >= 2) {
      this.version(2)
        .stores({
          boards: 'id, workshopId, groupId',
          notes: 'id, workshopId, boardId',
        })
        .upgrade((tx) => createMissingBoards(tx, now(), newId))
    }

    // v3 — テーマ2: topics, causes, countermeasures, 期待値/指標. New tables only: nothing to move.
    if (upTo >= 3) {
      this.version(3).stores({
        topics: 'id, workshopId, boardId',
        causes: 'id, workshopId, boardId',
        measures: 'id, workshopId, boardId',
        outcomes: 'id, workshopId, boardId',
      })
    }

    // v4 — テーマ3: canvases, their notes and their questions. New tables only: nothing to move.
    if (upTo >= 4) {
      this.version(4).stores({
        canvases: 'id, workshopId, boardId',
        canvasNotes: 'id, workshopId, boardId',
        canvasQas: 'id, workshopId, boardId',
      })
    }
  }
}

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
