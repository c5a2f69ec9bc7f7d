import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileJson, smallText } from '../../shared/testing/workshopFileTestKit'
import { createBackupStore } from './backupStore'
import { createSnapshotStore } from './snapshotStore'
import { isWorkshopFileOf, STORE_LIMITS } from './storeLimits'

// What a compromised page could do through the host, and what main now refuses (issue 15, 5).

const SMALL = smallText()

/** A valid workshop file of the workshop `id`, its title `title`. */
function fileOf(id: string, title = 'ワークショップ'): string {
  const file = fileJson(SMALL)
  file.workshop.id = id
  file.workshop.title = title
  for (const record of file.records) record.workshopId = id
  return JSON.stringify(file)
}

let root: string
let clock: number

beforeEach(async () => {
  root = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-limits-'))
  clock = Date.UTC(2026, 10, 24, 10, 0, 0)
})

afterEach(async () => {
  await nodeFs.rm(root, { recursive: true, force: true })
})

const snapshotStore = (options: { maxFiles?: number; maxTotalBytes?: number } = {}) =>
  createSnapshotStore({ directory: join(root, 'workshops'), fs: nodeFs, ...options })

const backupStore = (
  options: { maxWorkshops?: number; maxTotalBytes?: number } = {},
  folder = 'backups',
) =>
  createBackupStore({
    directory: join(root, folder),
    fs: nodeFs,
    now: () => (clock += 1000),
    ...options,
  })

const JUNK = [
  '',
  'junk',
  '{}',
  'null',
  '{"format":"taneboard-workshop","formatVersion":4}',
  fileOf('ws-1').slice(0, -10),
  fileOf('ws-other'),
]

describe('isWorkshopFileOf', () => {
  it('takes a workshop file of that workshop only', () => {
    expect(isWorkshopFileOf('ws-1', fileOf('ws-1'))).toBe(true)
    for (const junk of JUNK) expect(isWorkshopFileOf('ws-1', junk)).toBe(false)
  })
})

describe('a compromised page cannot replace a second copy with junk', () => {
  it.each(JUNK.map((junk, i) => [i, junk]))(
    'refuses junk #%i and keeps the copy',
    async (_i, junk) => {
      const snapshots = snapshotStore()
      await snapshots.write('ws-1', fileOf('ws-1'))
      await expect(snapshots.write('ws-1', junk)).rejects.toThrow(/^EINVAL: /)
      expect(await snapshots.read('ws-1')).toBe(fileOf('ws-1'))
    },
  )
})

describe('a compromised page cannot erase the backups', () => {
  it('refuses junk in a backup slot, so rotation never drops a real backup for it', async () => {
    const backups = backupStore()
    await backups.write('ws-1', 'change', fileOf('ws-1', '本物'))
    for (const junk of JUNK) {
      await expect(backups.write('ws-1', 'change', junk)).rejects.toThrow(/^EINVAL: /)
    }
    const { backups: listed } = await backups.list('ws-1')
    expect(listed).toHaveLength(1)
    expect(await backups.read('ws-1', listed[0]?.backupId ?? '')).toBe(fileOf('ws-1', '本物'))
  })

  it('keeps the newest 「復元の直前」 and 「取り込みの直前」 however many backups follow', async () => {
    const backups = backupStore()
    const beforeImport = await backups.write('ws-1', 'beforeImport', fileOf('ws-1', '取り込み前'))
    const beforeRestore = await backups.write('ws-1', 'beforeRestore', fileOf('ws-1', '復元前'))
    for (let i = 0; i < 25; i++) await backups.write('ws-1', 'manual', fileOf('ws-1', `上書き${i}`))
    const ids = (await backups.list('ws-1')).backups.map((b) => b.backupId)
    expect(ids).toHaveLength(12)
    expect(ids).toContain(beforeImport.backupId)
    expect(ids).toContain(beforeRestore.backupId)
    expect(await backups.read('ws-1', beforeImport.backupId)).toBe(fileOf('ws-1', '取り込み前'))
    expect(await backups.read('ws-1', beforeRestore.backupId)).toBe(fileOf('ws-1', '復元前'))
  })
})

describe('a compromised page cannot fill the disk', () => {
  it('caps the number of snapshots; replacing one still works', async () => {
    const snapshots = snapshotStore({ maxFiles: 3 })
    for (const id of ['a', 'b', 'c']) await snapshots.write(id, fileOf(id))
    await expect(snapshots.write('d', fileOf('d'))).rejects.toThrow(/^ENOSPC: /)
    await snapshots.write('a', fileOf('a', '更新'))
    expect(await snapshots.read('a')).toBe(fileOf('a', '更新'))
    expect((await snapshots.list()).map((s) => s.workshopId)).toEqual(['a', 'b', 'c'])
  })

  it('caps the total size of the snapshots, the copy being replaced not counted', async () => {
    const size = Buffer.byteLength(fileOf('a'), 'utf8')
    const snapshots = snapshotStore({ maxTotalBytes: size * 2 + 10 })
    await snapshots.write('a', fileOf('a'))
    await snapshots.write('b', fileOf('b'))
    await expect(snapshots.write('c', fileOf('c'))).rejects.toThrow(/^ENOSPC: /)
    await snapshots.write('b', fileOf('b', '更新'))
    expect(await snapshots.read('c')).toBeNull()
  })

  it('caps the workshops with backups and the total size of the backups', async () => {
    const few = backupStore({ maxWorkshops: 2 })
    await few.write('a', 'change', fileOf('a'))
    await few.write('b', 'change', fileOf('b'))
    await expect(few.write('c', 'change', fileOf('c'))).rejects.toThrow(/^ENOSPC: /)
    await few.write('a', 'change', fileOf('a', '次'))

    const size = Buffer.byteLength(fileOf('x'), 'utf8')
    const small = backupStore({ maxTotalBytes: size * 5 }, 'other-backups')
    for (let i = 0; i < 5; i++) await small.write('x', 'change', fileOf('x'))
    await expect(small.write('x', 'change', fileOf('x'))).rejects.toThrow(/^ENOSPC: /)
    expect((await small.list('x')).backups).toHaveLength(5)
  })

  it('has caps far above real use', () => {
    expect(STORE_LIMITS.snapshotFiles).toBeGreaterThanOrEqual(200)
    expect(STORE_LIMITS.snapshotTotalBytes).toBeGreaterThanOrEqual(50 * 20 * 1024 * 1024)
    expect(STORE_LIMITS.backupTotalBytes).toBeGreaterThan(STORE_LIMITS.snapshotTotalBytes)
  })
})
