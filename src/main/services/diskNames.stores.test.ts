import { describe, expect, it } from 'vitest'
import { createBackupStore } from './backupStore'
import { createSnapshotStore } from './snapshotStore'
import { caseInsensitiveFs } from './testing/caseInsensitiveFs'

// The stores over a disk that folds case and refuses device names, as NTFS does.

const fileOf = (id: string, marker = ''): string => JSON.stringify({ workshop: { id }, marker })

function stores() {
  const fs = caseInsensitiveFs()
  // Light files holding only the workshop id: what is stored is tested in storeLimits.test.ts.
  const checkContent = () => true
  const snapshots = createSnapshotStore({ directory: '/data/workshops', fs, checkContent })
  let clock = Date.UTC(2026, 10, 24, 10, 0, 0)
  const backups = createBackupStore({
    directory: '/data/backups',
    fs,
    checkContent,
    now: () => (clock += 1000),
  })
  return { fs, snapshots, backups }
}

describe('the case-insensitive disk double', () => {
  it('folds case like NTFS: the second of Abc and abc overwrites the first', async () => {
    const fs = caseInsensitiveFs()
    await fs.mkdir('/d', { recursive: true })
    fs.put('/d/Abc.json', 'upper')
    fs.put('/d/abc.json', 'lower')
    expect(fs.text('/d/ABC.json')).toBe('lower')
    expect(await fs.readdir('/d')).toHaveLength(1)
    await expect(fs.open('/d/CON.taneboard.json', 'wx')).rejects.toThrow(/EINVAL/)
  })
})

describe('snapshots on a disk that folds case', () => {
  it('keeps workshops whose ids differ only in case apart', async () => {
    const { fs, snapshots } = stores()
    await snapshots.write('abc', fileOf('abc'))
    await snapshots.write('Abc', fileOf('Abc'))
    await snapshots.write('ABC', fileOf('ABC'))
    expect(await snapshots.read('abc')).toBe(fileOf('abc'))
    expect(await snapshots.read('Abc')).toBe(fileOf('Abc'))
    expect(await snapshots.read('ABC')).toBe(fileOf('ABC'))
    expect((await snapshots.list()).map((s) => s.workshopId).sort()).toEqual(['ABC', 'Abc', 'abc'])
    expect(fs.files()).toEqual([
      '/data/workshops/abc.taneboard.json',
      '/data/workshops/~abc.taneboard.json',
      '/data/workshops/~a~b~c.taneboard.json',
    ])
    await snapshots.delete('Abc')
    expect(await snapshots.read('abc')).toBe(fileOf('abc'))
    expect(await snapshots.read('Abc')).toBeNull()
  })

  it.each(['CON', 'con', 'nul', 'Com1', 'lpt9', 'AUX'])(
    'stores, lists and reads a workshop with the id %s (a Windows device name)',
    async (id) => {
      const { snapshots } = stores()
      await snapshots.write(id, fileOf(id))
      expect(await snapshots.read(id)).toBe(fileOf(id))
      expect((await snapshots.list()).map((s) => s.workshopId)).toEqual([id])
    },
  )

  it('reads and lists a snapshot written under the old name, and moves it to the new one', async () => {
    const { fs, snapshots } = stores()
    fs.put('/data/workshops/Abc.taneboard.json', fileOf('Abc', 'old'))
    fs.put('/data/workshops/ws-1.taneboard.json', fileOf('ws-1', 'old'))
    expect((await snapshots.list()).map((s) => s.workshopId).sort()).toEqual(['Abc', 'ws-1'])
    expect(await snapshots.read('Abc')).toBe(fileOf('Abc', 'old'))
    expect(fs.files()).toEqual([
      '/data/workshops/ws-1.taneboard.json',
      '/data/workshops/~abc.taneboard.json',
    ])
  })

  it('reads an old-name snapshot without a listing first, and a write replaces it', async () => {
    const { fs, snapshots } = stores()
    fs.put('/data/workshops/Abc.taneboard.json', fileOf('Abc', 'old'))
    expect(await snapshots.read('Abc')).toBe(fileOf('Abc', 'old'))
    fs.put('/data/workshops/Xy.taneboard.json', fileOf('Xy', 'old'))
    await snapshots.write('Xy', fileOf('Xy', 'new'))
    expect(await snapshots.read('Xy')).toBe(fileOf('Xy', 'new'))
    expect(fs.files()).toEqual([
      '/data/workshops/~abc.taneboard.json',
      '/data/workshops/~xy.taneboard.json',
    ])
  })

  it('does not move an old file that holds another workshop (written over it by case folding)', async () => {
    const { fs, snapshots } = stores()
    // Before the encoding, abc's snapshot overwrote Abc's and kept the name Abc.
    fs.put('/data/workshops/Abc.taneboard.json', fileOf('abc', 'lower'))
    expect(await snapshots.read('Abc')).toBeNull()
    expect(await snapshots.list()).toEqual([])
    expect(fs.files()).toEqual(['/data/workshops/Abc.taneboard.json'])
  })
})

describe('backups on a disk that folds case', () => {
  it('keeps the backups of workshops whose ids differ only in case apart, each with its own rotation', async () => {
    const { backups } = stores()
    for (let i = 0; i < 12; i++) await backups.write('Abc', 'change', fileOf('Abc', String(i)))
    await backups.write('abc', 'beforeImport', fileOf('abc'))
    const upper = await backups.list('Abc')
    const lower = await backups.list('abc')
    expect(upper.backups).toHaveLength(10)
    expect(lower.backups).toHaveLength(1)
    expect(await backups.read('abc', lower.backups[0]?.backupId ?? '')).toBe(fileOf('abc'))
    expect(upper.location).toBe('/data/backups/~abc')
    expect(lower.location).toBe('/data/backups/abc')
  })

  it.each(['CON', 'nul', 'COM1'])('takes backups of a workshop with the id %s', async (id) => {
    const { backups } = stores()
    const info = await backups.write(id, 'beforeImport', fileOf(id))
    expect(await backups.read(id, info.backupId)).toBe(fileOf(id))
    expect((await backups.list(id)).backups).toHaveLength(1)
  })

  it('lists and reads backups kept in the old folder, moves them, and rotates them with new ones', async () => {
    const { fs, backups } = stores()
    const old = ['20261124T090000000Z-change', '20261124T091000000Z-manual']
    for (const id of old) fs.put(`/data/backups/Abc/${id}.taneboard`, fileOf('Abc', id))
    fs.put('/data/backups/Abc/20261124T092000000Z-change.taneboard', fileOf('abc', 'other'))
    const listed = await backups.list('Abc')
    expect(listed.backups.map((b) => b.backupId)).toEqual([...old].reverse())
    expect(await backups.read('Abc', old[0] ?? '')).toBe(fileOf('Abc', old[0]))
    for (let i = 0; i < 9; i++) await backups.write('Abc', 'change', fileOf('Abc', String(i)))
    const after = await backups.list('Abc')
    expect(after.backups).toHaveLength(10)
    expect(after.backups.map((b) => b.backupId)).not.toContain(old[0])
    // The file of another workshop stays where it was, untouched.
    expect(fs.files().filter((f) => f.startsWith('/data/backups/Abc/'))).toEqual([
      '/data/backups/Abc/20261124T092000000Z-change.taneboard',
    ])
  })
})
