import { describe, expect, it } from 'vitest'
import type { Group, TimetableRow, Workshop } from '../../shared/model/schemas'
import { boardSchema } from '../../shared/model/schemas'
import { uniqueDbName } from '../test/testDb'
import { TANE_DB_VERSION, TaneDb } from './TaneDb'

const T0 = '2025-02-01T00:00:00.000Z'
const UPGRADE_TIME = '2025-03-01T09:00:00.000Z'

const workshop: Workshop = {
  id: 'w1',
  createdAt: T0,
  updatedAt: T0,
  rev: 3,
  deletedAt: null,
  type: 'workshop',
  title: '令和6年度 コーディネーター研修',
  date: '2025-02-07',
  venue: '県庁会議室',
  variant: 'fullDay',
  scenes: ['daily', 'admission', 'emergency', 'endOfLife'],
  dayStart: '10:00',
  isSample: false,
}

const row: TimetableRow = {
  id: 'r1',
  createdAt: T0,
  updatedAt: T0,
  rev: 1,
  deletedAt: null,
  type: 'timetableRow',
  workshopId: 'w1',
  order: 1,
  start: '10:00',
  durationMin: 30,
  kind: 'opening',
  item: '開会',
  content: '',
  themeId: null,
}

const group = (id: string, deletedAt: string | null = null): Group => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  rev: 2,
  deletedAt,
  type: 'group',
  workshopId: 'w1',
  name: `${id}グループ`,
  order: 1,
  members: [],
  moderatorId: null,
  scribeId: null,
})

function idSequence(): () => string {
  let n = 0
  return () => `board-${++n}`
}

describe('TaneDb', () => {
  it('upgrades a v1 database: data intact, three boards per group', async () => {
    const name = uniqueDbName('upgrade')
    const v1 = new TaneDb(name, { upToVersion: 1 })
    await v1.open()
    expect(v1.verno).toBe(1)
    expect(v1.tables.map((t) => t.name).sort()).toEqual([
      'groups',
      'meta',
      'timetableRows',
      'workshops',
    ])
    await v1.workshops.put(workshop)
    await v1.timetableRows.put(row)
    await v1.groups.bulkPut([group('g1'), group('g2'), group('g3', T0)])
    await v1.meta.put({ key: 'note', value: 'kept' })
    v1.close()

    const latest = new TaneDb(name, { now: () => UPGRADE_TIME, newId: idSequence() })
    await latest.open()
    expect(latest.verno).toBe(TANE_DB_VERSION)
    expect(await latest.workshops.get('w1')).toEqual(workshop)
    expect(await latest.timetableRows.get('r1')).toEqual(row)
    expect(await latest.groups.count()).toBe(3)
    expect(await latest.meta.get('note')).toEqual({ key: 'note', value: 'kept' })

    const boards = await latest.boards.toArray()
    expect(boards).toHaveLength(9)
    for (const board of boards) {
      expect(boardSchema.safeParse(board).success).toBe(true)
      expect(board).toMatchObject({ rev: 1, createdAt: UPGRADE_TIME, updatedAt: UPGRADE_TIME })
    }
    for (const groupId of ['g1', 'g2', 'g3']) {
      const own = await latest.boards.where('groupId').equals(groupId).toArray()
      expect(own.map((b) => b.themeId).sort()).toEqual(['theme1', 'theme2', 'theme3'])
      expect(own.every((b) => b.workshopId === 'w1')).toBe(true)
    }
    // A deleted group's boards are born deleted, as removeGroup would have left them.
    const deleted = await latest.boards.where('groupId').equals('g3').toArray()
    expect(deleted.every((b) => b.deletedAt === T0)).toBe(true)
    expect(await latest.notes.count()).toBe(0)
    latest.close()
  })

  it('creates a fresh database at the latest version with every table', async () => {
    const db = new TaneDb(uniqueDbName('fresh'))
    await db.open()
    expect(db.verno).toBe(2)
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'boards',
      'groups',
      'meta',
      'notes',
      'timetableRows',
      'workshops',
    ])
    expect(await db.boards.count()).toBe(0)
    db.close()
  })

  it('asks IndexedDB for strict durability on every transaction', async () => {
    const db = new TaneDb(uniqueDbName('durability'))
    expect(db._options.chromeTransactionDurability).toBe('strict')
    const durability = await db.transaction('rw', db.meta, (tx) => tx.idbtrans.durability)
    expect(durability).toBe('strict')
    db.close()
  })
})
