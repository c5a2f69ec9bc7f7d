import Dexie from 'dexie'
import type { z } from 'zod/mini'
import { CHILD_RECORD_TYPES, RECORD_TYPE_LIST, RECORD_TYPES } from '../../shared/model/recordTypes'
import type { AnyRecord, Group, RecordType, Workshop } from '../../shared/model/schemas'
import { issueText } from '../../shared/model/issueText'
import { liftLegacyImportedMark } from '../../shared/model/importedMark'
import { docFromRecords, docRecords, type WorkshopDoc } from '../../shared/model/workshopDoc'
import type { RecordTableName, TaneDb } from './TaneDb'
import { type MetaRow } from './TaneDb'

/**
 * The only user of TaneDb. Writes store records as-is (the stores validate before writing);
 * reads validate every row and skip corrupt ones, reporting them instead of crashing.
 */
export interface WorkshopRepository {
  /** Opens the database (runs pending upgrades). Rejects when IndexedDB cannot be opened. */
  open(): Promise<void>
  /** Deletes the whole database and opens an empty one (recovery when open() fails). */
  resetDatabase(): Promise<void>
  close(): void
  /** Every workshop, live and tombstoned; the caller filters. */
  listWorkshops(): Promise<Workshop[]>
  /** Every workshop, live and tombstoned, with its live group count and last edit time. */
  listWorkshopSummaries(): Promise<StoredWorkshopSummary[]>
  /**
   * The stored versions of some records of a workshop (by type and id; those not stored, corrupt
   * or of another workshop are left out): what another window changed, read without reading the
   * whole workshop again.
   */
  loadRecords(workshopId: string, keys: readonly RecordRef[]): Promise<AnyRecord[]>
  /** The workshop with all its records (tombstones included), or null when it is not stored. */
  loadDoc(workshopId: string): Promise<WorkshopDoc | null>
  /** Puts record versions in one read-write transaction over the affected tables. */
  putRecords(records: readonly AnyRecord[]): Promise<void>
  putDoc(doc: WorkshopDoc): Promise<void>
  /**
   * Puts each record only where the database lacks it, holds a lower rev, or holds a corrupt row
   * (one transaction). Returns the records that were written.
   */
  mergeRecords(records: readonly AnyRecord[]): Promise<AnyRecord[]>
  countRecords(): Promise<number>
  /**
   * How many of `records` (all of workshop `workshopId`) share their id with a stored record of
   * another workshop: writing them would move that record over (ids are the tables' keys). A
   * stored workshop whose id equals `workshopId` ignoring case counts too.
   */
  countForeign(workshopId: string, records: readonly AnyRecord[]): Promise<number>
  isEmpty(): Promise<boolean>
}

/** A record named by its type and id. */
export interface RecordRef {
  type: RecordType
  id: string
}

export interface StoredWorkshopSummary {
  workshop: Workshop
  groupCount: number
  /** The latest updatedAt of any record of the workshop (notes included). */
  lastEditedAt: string
}

export interface CorruptRow {
  table: TableName
  id: string
  issue: string
}

export interface WorkshopRepositoryOptions {
  /** Called with the rows a read had to skip. */
  onCorruptRows?: (rows: CorruptRow[]) => void
}

const LAST_EDITED_PREFIX = 'lastEdited:'
const lastEditedKey = (workshopId: string) => `${LAST_EDITED_PREFIX}${workshopId}`

type TableName = RecordTableName

const TABLE_OF = Object.fromEntries(
  RECORD_TYPE_LIST.map((type) => [type, RECORD_TYPES[type].table]),
) as Record<RecordType, TableName>

const SCHEMA_OF = Object.fromEntries(
  RECORD_TYPE_LIST.map((type) => [RECORD_TYPES[type].table, RECORD_TYPES[type].schema]),
) as unknown as Record<TableName, z.ZodMiniType>

export function createWorkshopRepository(
  db: TaneDb,
  options: WorkshopRepositoryOptions = {},
): WorkshopRepository {
  const report = (corrupt: CorruptRow[]): void => {
    if (corrupt.length > 0) options.onCorruptRows?.(corrupt)
  }

  /** Validates rows of one table; corrupt rows go to `corrupt`. */
  function valid<T>(table: TableName, rows: readonly unknown[], corrupt: CorruptRow[]): T[] {
    const schema = SCHEMA_OF[table]
    const out: T[] = []
    for (const row of rows) {
      const parsed = schema.safeParse(row)
      if (parsed.success) out.push(parsed.data as T)
      else corrupt.push({ table, id: rowId(row), issue: firstIssue(parsed.error) })
    }
    return out
  }

  function groupByTable(records: readonly AnyRecord[]): Map<TableName, AnyRecord[]> {
    const byTable = new Map<TableName, AnyRecord[]>()
    for (const record of records) {
      const table = TABLE_OF[record.type]
      const list = byTable.get(table)
      if (list) list.push(record)
      else byTable.set(table, [record])
    }
    return byTable
  }

  const allTables = () => RECORD_TYPE_LIST.map((type) => db.table(TABLE_OF[type]))

  /**
   * Keeps `lastEdited:<workshopId>` meta rows at the latest updatedAt written for each workshop,
   * so the home list can sort by activity without reading every note. Call inside a transaction
   * that includes db.meta.
   */
  async function touchWorkshops(records: readonly AnyRecord[]): Promise<void> {
    const latest = new Map<string, string>()
    for (const record of records) {
      const workshopId = record.type === 'workshop' ? record.id : record.workshopId
      const seen = latest.get(workshopId)
      if (seen === undefined || seen < record.updatedAt) latest.set(workshopId, record.updatedAt)
    }
    const keys = [...latest.keys()].map(lastEditedKey)
    const existing = await db.meta.bulkGet(keys)
    const rows: MetaRow[] = []
    keys.forEach((key, index) => {
      const value = latest.get(key.slice(LAST_EDITED_PREFIX.length))
      const old = existing[index]?.value
      if (value !== undefined && (typeof old !== 'string' || old < value)) rows.push({ key, value })
    })
    if (rows.length > 0) await db.meta.bulkPut(rows)
  }

  async function putRecords(records: readonly AnyRecord[]): Promise<void> {
    if (records.length === 0) return
    const byTable = groupByTable(records)
    const tables = [...byTable.keys()].map((name) => db.table(name))
    await db.transaction('rw', [...tables, db.meta], async () => {
      for (const [name, list] of byTable) await db.table(name).bulkPut(list)
      await touchWorkshops(records)
    })
  }

  return {
    async open() {
      await db.open()
    },

    async resetDatabase() {
      db.close()
      await db.delete()
      await db.open()
    },

    close() {
      db.close()
    },

    async listWorkshops() {
      const corrupt: CorruptRow[] = []
      const workshops = valid<Workshop>('workshops', await db.workshops.toArray(), corrupt)
      report(corrupt)
      return workshops
    },

    async listWorkshopSummaries() {
      const corrupt: CorruptRow[] = []
      const [workshopRows, groupRows, metaRows] = await db.transaction(
        'r',
        [db.workshops, db.groups, db.meta],
        () =>
          Promise.all([
            db.workshops.toArray(),
            db.groups.toArray(),
            db.meta.where('key').startsWith(LAST_EDITED_PREFIX).toArray(),
          ]),
      )
      const workshops = valid<Workshop>('workshops', workshopRows, corrupt)
      const groups = valid<Group>('groups', groupRows, corrupt)
      report(corrupt)
      const counts = new Map<string, number>()
      const lastEdited = new Map<string, string>()
      const touch = (workshopId: string, at: string) => {
        const seen = lastEdited.get(workshopId)
        if (seen === undefined || seen < at) lastEdited.set(workshopId, at)
      }
      for (const group of groups) {
        touch(group.workshopId, group.updatedAt)
        if (group.deletedAt !== null) continue
        counts.set(group.workshopId, (counts.get(group.workshopId) ?? 0) + 1)
      }
      for (const meta of metaRows) {
        if (typeof meta.value === 'string') {
          touch(meta.key.slice(LAST_EDITED_PREFIX.length), meta.value)
        }
      }
      return workshops.map((workshop) => {
        touch(workshop.id, workshop.updatedAt)
        return {
          workshop,
          groupCount: counts.get(workshop.id) ?? 0,
          lastEditedAt: lastEdited.get(workshop.id) ?? workshop.updatedAt,
        }
      })
    },

    async loadRecords(workshopId, keys) {
      const ids = new Map<TableName, string[]>()
      for (const { type, id } of keys) {
        const table = TABLE_OF[type]
        const list = ids.get(table)
        if (list) list.push(id)
        else ids.set(table, [id])
      }
      if (ids.size === 0) return []
      const tables = [...ids.keys()]
      const rows = await db.transaction(
        'r',
        tables.map((name) => db.table(name)),
        () => Promise.all(tables.map((name) => db.table(name).bulkGet(ids.get(name) ?? []))),
      )
      const corrupt: CorruptRow[] = []
      const records = tables.flatMap((name, index) =>
        valid<AnyRecord>(
          name,
          (rows[index] ?? []).filter((row: unknown) => row !== undefined),
          corrupt,
        ),
      )
      report(corrupt)
      return records
        .filter((r) => (r.type === 'workshop' ? r.id : r.workshopId) === workshopId)
        .map(liftLegacyImportedMark)
    },

    async loadDoc(workshopId) {
      const corrupt: CorruptRow[] = []
      const [workshopRow, ...childRows] = await db.transaction('r', allTables(), () =>
        Promise.all([
          db.workshops.get(workshopId),
          ...CHILD_RECORD_TYPES.map((type): Promise<unknown[]> =>
            db.table(TABLE_OF[type]).where('workshopId').equals(workshopId).toArray(),
          ),
        ]),
      )
      if (workshopRow === undefined) return null
      const [workshop] = valid<Workshop>('workshops', [workshopRow], corrupt)
      if (!workshop) {
        report(corrupt)
        return null
      }
      const records = CHILD_RECORD_TYPES.flatMap((type, index) =>
        valid<AnyRecord>(TABLE_OF[type], childRows[index] ?? [], corrupt),
      )
      report(corrupt)
      return docFromRecords(workshop, records)
    },

    putRecords,

    async putDoc(doc) {
      await putRecords(docRecords(doc))
    },

    async mergeRecords(records) {
      if (records.length === 0) return []
      const byTable = groupByTable(records)
      const tables = [...byTable.keys()].map((name) => db.table(name))
      return db.transaction('rw', [...tables, db.meta], async () => {
        const written: AnyRecord[] = []
        for (const [name, list] of byTable) {
          const table = db.table(name)
          const existing: unknown[] = await table.bulkGet(list.map((r) => r.id))
          const schema = SCHEMA_OF[name]
          const newer = list.filter((record, index) => {
            const parsed = schema.safeParse(existing[index])
            if (!parsed.success) return true
            return (parsed.data as AnyRecord).rev < record.rev
          })
          if (newer.length > 0) await table.bulkPut(newer)
          written.push(...newer)
        }
        await touchWorkshops(written)
        return written
      })
    },

    async countForeign(workshopId, records) {
      const byTable = groupByTable(records.filter((r) => r.type !== 'workshop'))
      const tables = [db.workshops, ...[...byTable.keys()].map((name) => db.table(name))]
      return db.transaction('r', tables, async () => {
        // A workshop whose id differs only in case would share its files on disks that fold case
        // (NTFS, APFS) and is easily taken for the same one: it counts as foreign.
        let foreign = await db.workshops
          .where('id')
          .equalsIgnoreCase(workshopId)
          .filter((w) => w.id !== workshopId)
          .count()
        for (const [name, list] of byTable) {
          const existing: unknown[] = await db.table(name).bulkGet(list.map((r) => r.id))
          for (const row of existing) {
            const owner = (row as { workshopId?: unknown } | undefined)?.workshopId
            if (row !== undefined && owner !== workshopId) foreign += 1
          }
        }
        return foreign
      })
    },

    async countRecords() {
      const counts = await db.transaction('r', allTables(), () =>
        Promise.all(allTables().map((table) => table.count())),
      )
      return counts.reduce((sum, n) => sum + n, 0)
    },

    async isEmpty() {
      return (await db.workshops.count()) === 0
    },
  }
}

/** True when the error means IndexedDB holds a newer schema than this app knows. */
export function isDatabaseTooNew(error: unknown): boolean {
  if (error instanceof Dexie.VersionError) return true
  const inner = (error as { inner?: unknown } | null)?.inner
  return inner instanceof Error && inner.name === 'VersionError'
}

function rowId(row: unknown): string {
  if (typeof row === 'object' && row !== null && 'id' in row) return String(row.id)
  return '?'
}

function firstIssue(error: z.core.$ZodError): string {
  return issueText(error.issues[0])
}
