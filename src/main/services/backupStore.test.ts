import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECENT_BACKUPS_KEPT } from '../../shared/backups/backupNames'
import type { BackupList } from '../../shared/host/hostApi'
import type { FileHandleLike, FsLike } from './atomicFile'
import { backupDirectory, createBackupStore, type BackupStore } from './backupStore'

const realFs: FsLike = nodeFs

const T0 = Date.parse('2026-11-24T10:15:00.123Z')

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

function bind(handle: FileHandleLike): FileHandleLike {
  return {
    writeFile: (data) => handle.writeFile(data),
    readFile: (options) => handle.readFile(options),
    stat: () => handle.stat(),
    sync: () => handle.sync(),
    close: () => handle.close(),
  }
}

/** Wraps a real file handle so that writeFile writes half of the data and then fails. */
function handleFailingMidWrite(handle: FileHandleLike, code: string): FileHandleLike {
  return {
    ...bind(handle),
    writeFile: async (data) => {
      await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data)
      throw errnoError(code)
    },
  }
}

let root: string
let directory: string
let clock: number

beforeEach(async () => {
  root = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-backups-'))
  directory = backupDirectory(root)
  clock = T0
})

afterEach(async () => {
  await nodeFs.rm(root, { recursive: true, force: true })
})

/**
 * A store whose clock moves 1 s forward per backup unless a test sets `clock`. These tests are
 * about the disk, so any text is a backup here (what main lets the page store is tested in
 * storeLimits.test.ts).
 */
function store(fs: FsLike = realFs, options: { maxBytes?: number; fixedClock?: boolean } = {}) {
  return createBackupStore({
    directory,
    fs,
    maxBytes: options.maxBytes,
    checkContent: () => true,
    now: () => {
      const at = clock
      if (!options.fixedClock) clock += 1000
      return at
    },
  })
}

function folder(workshopId = 'ws-1'): string {
  return join(directory, workshopId)
}

async function filesIn(workshopId = 'ws-1'): Promise<string[]> {
  return (await nodeFs.readdir(folder(workshopId))).sort()
}

/** Writes `count` backups v0, v1, … one second apart. */
async function writeMany(backups: BackupStore, count: number, workshopId = 'ws-1') {
  const written = []
  for (let i = 0; i < count; i += 1) {
    written.push(await backups.write(workshopId, 'change', `v${i}`))
  }
  return written
}

/** Every listed backup can still be read, with the content it was written with. */
async function expectAllReadable(backups: BackupStore, list: BackupList): Promise<void> {
  for (const info of list.backups) {
    const text = await backups.read(info.workshopId, info.backupId)
    expect(text).not.toBeNull()
    expect(Buffer.byteLength(text ?? '', 'utf8')).toBe(info.bytes)
  }
}

describe('backupStore on a real folder', () => {
  it('stores backups under <userData>/backups/<workshopId>/<backupId>.taneboard', async () => {
    const info = await store().write('ws-1', 'manual', '{"a":"日本語"}')
    expect(info).toEqual({
      backupId: '20261124T101500123Z-manual',
      workshopId: 'ws-1',
      reason: 'manual',
      savedAt: '2026-11-24T10:15:00.123Z',
      position: null,
      bytes: Buffer.byteLength('{"a":"日本語"}', 'utf8'),
    })
    const path = join(root, 'backups', 'ws-1', '20261124T101500123Z-manual.taneboard')
    expect(await nodeFs.readFile(path, 'utf8')).toBe('{"a":"日本語"}')
    expect(store().locationOf('ws-1')).toBe(join(root, 'backups', 'ws-1'))
  })

  it('lists newest first with sizes from the disk, and reads each back', async () => {
    const backups = store()
    expect(await backups.list('ws-1')).toEqual({ location: folder(), backups: [] })
    await backups.write('ws-1', 'change', 'first')
    await backups.write('ws-1', 'transition', 'ワーク')
    await backups.write('ws-2', 'manual', 'other workshop')
    await backups.write('ws-1', 'beforeImport', 'third!')

    const list = await backups.list('ws-1')
    expect(list.location).toBe(folder())
    expect(list.backups.map((b) => [b.reason, b.bytes, b.savedAt])).toEqual([
      ['beforeImport', 6, '2026-11-24T10:15:03.123Z'],
      ['transition', 9, '2026-11-24T10:15:01.123Z'],
      ['change', 5, '2026-11-24T10:15:00.123Z'],
    ])
    expect(list.backups.every((b) => b.workshopId === 'ws-1')).toBe(true)
    const [newest, , oldest] = list.backups
    expect(await backups.read('ws-1', newest?.backupId ?? '')).toBe('third!')
    expect(await backups.read('ws-1', oldest?.backupId ?? '')).toBe('first')
    expect((await backups.list('ws-2')).backups.map((b) => b.reason)).toEqual(['manual'])
  })

  it('keeps the transitions of the day, named by their row, while recent backups rotate', async () => {
    const backups = store()
    const opening = await backups.write('ws-1', 'transition', 'before theme1', 'row-theme1-row')
    await backups.write('ws-1', 'transition', 'after the day', 'after')
    await writeMany(backups, RECENT_BACKUPS_KEPT + 5)
    const list = await backups.list('ws-1')
    expect(opening.backupId).toBe('20261124T101500123Z-transition.row-theme1-row')
    expect(list.backups.filter((b) => b.reason === 'transition').map((b) => b.position)).toEqual([
      'after',
      'row-theme1-row',
    ])
    expect(list.backups.filter((b) => b.reason === 'change')).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(await backups.read('ws-1', opening.backupId)).toBe('before theme1')
  })

  it('keeps exactly the newest 10 after 12 writes, deleting the oldest', async () => {
    const backups = store()
    const written = await writeMany(backups, 12)
    const list = await backups.list('ws-1')
    expect(list.backups).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(list.backups.map((b) => b.backupId)).toEqual(
      written
        .slice(2)
        .map((b) => b.backupId)
        .reverse(),
    )
    expect(await backups.read('ws-1', written[0]?.backupId ?? '')).toBeNull()
    expect(await backups.read('ws-1', written[1]?.backupId ?? '')).toBeNull()
    expect(await backups.read('ws-1', written[11]?.backupId ?? '')).toBe('v11')
    expect(await filesIn()).toHaveLength(RECENT_BACKUPS_KEPT)
  })

  it('names backups taken in the same millisecond -2, -3, …', async () => {
    const backups = store(realFs, { fixedClock: true })
    const ids = (await writeMany(backups, 3)).map((b) => b.backupId)
    expect(ids).toEqual([
      '20261124T101500123Z-change',
      '20261124T101500123Z-change-2',
      '20261124T101500123Z-change-3',
    ])
    expect((await backups.list('ws-1')).backups.map((b) => b.backupId)).toEqual([...ids].reverse())
    expect(await backups.read('ws-1', ids[1] ?? '')).toBe('v1')
    // Another reason in the same millisecond is another name, with no suffix.
    expect((await backups.write('ws-1', 'manual', 'm')).backupId).toBe('20261124T101500123Z-manual')
  })

  it('keeps the new backup even when the clock was set back before it', async () => {
    const backups = store()
    await writeMany(backups, 10)
    clock = T0 - 24 * 3600 * 1000 // yesterday
    const late = await backups.write('ws-1', 'manual', 'after the clock moved back')
    const ids = (await backups.list('ws-1')).backups.map((b) => b.backupId)
    expect(ids).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(ids).toContain(late.backupId)
    expect(await backups.read('ws-1', late.backupId)).toBe('after the clock moved back')
  })

  it('serializes the writes of one workshop, so that concurrent ones never clash', async () => {
    const backups = store(realFs, { fixedClock: true })
    const written = await Promise.all(
      Array.from({ length: 5 }, (_, i) => backups.write('ws-1', 'change', `c${i}`)),
    )
    expect(new Set(written.map((b) => b.backupId)).size).toBe(5)
    for (const [i, info] of written.entries()) {
      expect(await backups.read('ws-1', info.backupId)).toBe(`c${i}`)
    }
  })

  it('ignores foreign files and removes temp files left by a crash', async () => {
    const backups = store()
    const kept = await backups.write('ws-1', 'change', '{"complete":true}')
    const staleTemp = `.20261124T101501123Z-change.taneboard.4242-deadbeef0000.tmp`
    await nodeFs.writeFile(join(folder(), staleTemp), '{"compl')
    for (const foreign of ['notes.txt', 'x.taneboard', '20261324T101500123Z-change.taneboard']) {
      await nodeFs.writeFile(join(folder(), foreign), 'not ours')
    }
    await nodeFs.mkdir(join(folder(), '20261124T111500123Z-change.taneboard'))

    const afterRestart = store()
    const list = await afterRestart.list('ws-1')
    expect(list.backups.map((b) => b.backupId)).toEqual([kept.backupId])
    expect(await filesIn()).toEqual([
      '20261124T101500123Z-change.taneboard',
      '20261124T111500123Z-change.taneboard',
      '20261324T101500123Z-change.taneboard',
      'notes.txt',
      'x.taneboard',
    ])
  })

  it('does not remove the temp file of a write that is still in progress', async () => {
    const renameStarted = deferred()
    const renameAllowed = deferred()
    const slowFs: FsLike = {
      ...realFs,
      rename: async (from, to) => {
        renameStarted.resolve()
        await renameAllowed.promise
        await realFs.rename(from, to)
      },
    }
    const backups = store(slowFs)
    const writing = backups.write('ws-1', 'change', 'new')
    await renameStarted.promise
    expect((await backups.list('ws-1')).backups).toEqual([])
    expect((await filesIn()).some((name) => name.endsWith('.tmp'))).toBe(true)
    renameAllowed.resolve()
    const info = await writing
    expect(await backups.read('ws-1', info.backupId)).toBe('new')
  })

  it.each(['../evil', '..', 'a/b', 'a\\b', '', '/etc/passwd', 'x'.repeat(65), 'ws.1'])(
    'refuses the workshop id %j without touching the disk',
    async (id) => {
      const backups = store()
      await expect(backups.write(id, 'change', 'x')).rejects.toThrow(/^EINVAL/)
      await expect(backups.list(id)).rejects.toThrow(/^EINVAL/)
      await expect(backups.read(id, '20261124T101500123Z-change')).rejects.toThrow(/^EINVAL/)
      expect(await nodeFs.readdir(root)).toEqual([])
    },
  )

  it.each([
    '../../etc/passwd',
    '../ws-2/20261124T101500123Z-change',
    '20261124T101500123Z-change.taneboard',
    '20261324T101500123Z-change',
    '20261124T101500123Z-unknown',
    'x',
    '',
  ])('refuses the backup id %j', async (backupId) => {
    await expect(store().read('ws-1', backupId)).rejects.toThrow(/^EINVAL/)
  })

  it('refuses an unknown reason', async () => {
    const backups = store()
    await expect(backups.write('ws-1', 'whenever' as 'change', 'x')).rejects.toThrow(/^EINVAL/)
    expect(await nodeFs.readdir(root)).toEqual([])
  })

  it('returns null for a backup that is gone', async () => {
    expect(await store().read('ws-1', '20261124T101500123Z-change')).toBeNull()
  })

  it('refuses to read a file over the size cap, checking the size before reading', async () => {
    await nodeFs.mkdir(folder(), { recursive: true })
    await nodeFs.writeFile(join(folder(), '20261124T101500123Z-change.taneboard'), 'x'.repeat(101))
    const readFile = vi.fn()
    const spyFs: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode)
        return { ...bind(handle), readFile }
      },
    }
    await expect(
      store(spyFs, { maxBytes: 100 }).read('ws-1', '20261124T101500123Z-change'),
    ).rejects.toThrow(/^EFBIG/)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses to write more bytes than the cap and prunes nothing', async () => {
    const backups = store(realFs, { maxBytes: 10 })
    await writeMany(backups, 10)
    const before = await backups.list('ws-1')
    // 4 characters but 12 bytes in UTF-8.
    await expect(backups.write('ws-1', 'change', 'あいうえ')).rejects.toThrow(/^EFBIG/)
    expect(await backups.list('ws-1')).toEqual(before)
  })
})

describe('backupStore with a failing disk', () => {
  /** Ten backups, then a store on `failing` whose write must change nothing. */
  async function expectFailedWriteChangesNothing(failing: FsLike, code: RegExp): Promise<void> {
    const healthy = store()
    await writeMany(healthy, RECENT_BACKUPS_KEPT)
    const before = await healthy.list('ws-1')
    const filesBefore = await filesIn()

    await expect(store(failing).write('ws-1', 'transition', 'new version')).rejects.toThrow(code)

    const after = await store().list('ws-1')
    expect(after).toEqual(before)
    expect(after.backups).toHaveLength(RECENT_BACKUPS_KEPT)
    await expectAllReadable(store(), after)
    expect(await filesIn()).toEqual(filesBefore) // no temp file, nothing pruned
  }

  it.each(['ENOSPC', 'EDQUOT'])(
    '%s in the middle of the write keeps every earlier backup and leaves no temp file',
    async (code) => {
      const fullDisk: FsLike = {
        ...realFs,
        open: async (path, flags, mode) => {
          const handle = await realFs.open(path, flags, mode)
          return flags === 'wx' ? handleFailingMidWrite(bind(handle), code) : handle
        },
      }
      await expectFailedWriteChangesNothing(fullDisk, /^ENOSPC: /)
    },
  )

  it('ENOSPC when the data is flushed keeps every earlier backup', async () => {
    const fullOnSync: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = bind(await realFs.open(path, flags, mode))
        if (flags !== 'wx') return handle
        return { ...handle, sync: () => Promise.reject(errnoError('ENOSPC')) }
      },
    }
    await expectFailedWriteChangesNothing(fullOnSync, /^ENOSPC: /)
  })

  it.each(['EACCES', 'EPERM', 'EROFS'])(
    '%s when the temp file cannot be created keeps every earlier backup',
    async (code) => {
      const readOnly: FsLike = {
        ...realFs,
        open: async (path, flags, mode) => {
          if (flags === 'wx') throw errnoError(code)
          return realFs.open(path, flags, mode)
        },
      }
      await expectFailedWriteChangesNothing(readOnly, new RegExp(`^${code}: `))
    },
  )

  it('EACCES when the folder cannot be created', async () => {
    const noFolder: FsLike = {
      ...realFs,
      mkdir: () => Promise.reject(errnoError('EACCES')),
    }
    await expect(store(noFolder).write('ws-1', 'change', 'x')).rejects.toThrow(/^EACCES: /)
    expect(await nodeFs.readdir(root)).toEqual([])
  })

  it('EACCES on mkdir of an existing folder keeps every earlier backup', async () => {
    const noFolder: FsLike = {
      ...realFs,
      mkdir: () => Promise.reject(errnoError('EACCES')),
    }
    await expectFailedWriteChangesNothing(noFolder, /^EACCES: /)
  })

  it('a failed rename keeps every earlier backup and cleans up the temp file', async () => {
    const failingRename: FsLike = {
      ...realFs,
      rename: () => Promise.reject(errnoError('EIO')),
    }
    await expectFailedWriteChangesNothing(failingRename, /^EIO: /)
  })

  it('a folder that cannot be listed fails the write before anything is written', async () => {
    const unlistable: FsLike = {
      ...realFs,
      readdir: () => Promise.reject(errnoError('EACCES')),
    }
    await expectFailedWriteChangesNothing(unlistable, /^EACCES: /)
    await expect(store(unlistable).list('ws-1')).rejects.toThrow(/^EACCES: /)
  })

  it('a backup that cannot be pruned does not fail the write; the next write prunes it', async () => {
    await writeMany(store(), RECENT_BACKUPS_KEPT)
    const stuckUnlink: FsLike = {
      ...realFs,
      unlink: () => Promise.reject(errnoError('EPERM')),
    }
    const written = await store(stuckUnlink).write('ws-1', 'change', 'eleventh')
    expect((await store().list('ws-1')).backups).toHaveLength(RECENT_BACKUPS_KEPT + 1)
    await store().write('ws-1', 'change', 'twelfth')
    const ids = (await store().list('ws-1')).backups.map((b) => b.backupId)
    expect(ids).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(ids).toContain(written.backupId)
  })

  it('fsyncs the file before renaming it and prunes only after the rename', async () => {
    await writeMany(store(), RECENT_BACKUPS_KEPT)
    const calls: string[] = []
    const tracing: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = bind(await realFs.open(path, flags, mode))
        return {
          ...handle,
          sync: async () => {
            calls.push(flags === 'wx' ? 'sync-file' : 'sync-dir')
            await handle.sync()
          },
        }
      },
      rename: async (from, to) => {
        calls.push('rename')
        await realFs.rename(from, to)
      },
      unlink: async (path) => {
        calls.push('unlink')
        await realFs.unlink(path)
      },
    }
    await store(tracing).write('ws-1', 'change', 'x')
    expect(calls.filter((c) => c !== 'sync-dir')).toEqual(['sync-file', 'rename', 'unlink'])
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await store().list('ws-1')).toEqual({ location: folder(), backups: [] })
  })
})

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}
