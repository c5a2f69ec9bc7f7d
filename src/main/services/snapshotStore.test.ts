import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FileHandleLike, FsLike } from './atomicFile'
import { createSnapshotStore, snapshotDirectory, type SnapshotStore } from './snapshotStore'

const realFs: FsLike = nodeFs

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** Wraps a real file handle so that writeFile writes half of the data and then fails. */
function handleFailingMidWrite(handle: FileHandleLike, code: string): FileHandleLike {
  return {
    writeFile: async (data) => {
      await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data)
      throw errnoError(code)
    },
    readFile: (options) => handle.readFile(options),
    stat: () => handle.stat(),
    sync: () => handle.sync(),
    close: () => handle.close(),
  }
}

let root: string
let directory: string

beforeEach(async () => {
  root = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-snapshots-'))
  directory = snapshotDirectory(root)
})

afterEach(async () => {
  await nodeFs.rm(root, { recursive: true, force: true })
})

function store(fs: FsLike = realFs, maxBytes?: number): SnapshotStore {
  // These tests are about the disk, so any text is a snapshot here (what main lets the page
  // store is tested in storeLimits.test.ts).
  return createSnapshotStore({ directory, fs, maxBytes, checkContent: () => true })
}

describe('snapshotStore on a real folder', () => {
  it('stores snapshots under <userData>/workshops/<id>.taneboard.json', async () => {
    await store().write('ws-1', '{"a":1}')
    const text = await nodeFs.readFile(join(root, 'workshops', 'ws-1.taneboard.json'), 'utf8')
    expect(text).toBe('{"a":1}')
  })

  it('writes, lists, reads, overwrites and deletes', async () => {
    const snapshots = store()
    expect(await snapshots.list()).toEqual([])
    expect(await snapshots.read('ws-1')).toBeNull()

    await snapshots.write('ws-1', 'first')
    await snapshots.write('ws-2', 'ワークショップ')
    await snapshots.write('ws-1', 'second')

    expect(await snapshots.read('ws-1')).toBe('second')
    const listed = await snapshots.list()
    expect(listed.map((s) => [s.workshopId, s.bytes])).toEqual([
      ['ws-1', 6],
      ['ws-2', 21],
    ])
    for (const info of listed) expect(new Date(info.savedAt).toISOString()).toBe(info.savedAt)

    await snapshots.delete('ws-1')
    await snapshots.delete('ws-1') // deleting a missing snapshot is fine
    expect(await snapshots.read('ws-1')).toBeNull()
    expect((await snapshots.list()).map((s) => s.workshopId)).toEqual(['ws-2'])
    expect(await nodeFs.readdir(directory)).toEqual(['ws-2.taneboard.json'])
  })

  it('keeps the calls for one workshop in order', async () => {
    const snapshots = store()
    await Promise.all(Array.from({ length: 20 }, (_, i) => snapshots.write('ws-1', `v${i}`)))
    expect(await snapshots.read('ws-1')).toBe('v19')
    expect(await nodeFs.readdir(directory)).toEqual(['ws-1.taneboard.json'])
  })

  it.each(['../evil', '..', 'a/b', 'a\\b', '', '/etc/passwd', 'x'.repeat(65), 'ws.1'])(
    'refuses the id %j without touching the disk',
    async (id) => {
      const snapshots = store()
      await expect(snapshots.write(id, 'x')).rejects.toThrow(/^EINVAL/)
      await expect(snapshots.read(id)).rejects.toThrow(/^EINVAL/)
      await expect(snapshots.delete(id)).rejects.toThrow(/^EINVAL/)
      expect(await nodeFs.readdir(root)).toEqual([])
    },
  )

  it('refuses to read a file over the size cap, checking the size before reading', async () => {
    await nodeFs.mkdir(directory, { recursive: true })
    await nodeFs.writeFile(join(directory, 'big.taneboard.json'), 'x'.repeat(101))
    const readFile = vi.fn()
    const spyFs: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode)
        return { ...bind(handle), readFile }
      },
    }
    await expect(store(spyFs, 100).read('big')).rejects.toThrow(/^EFBIG/)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses to write more bytes than the cap and keeps the previous copy', async () => {
    const snapshots = store(realFs, 10)
    await snapshots.write('ws-1', 'previous')
    // 4 characters but 12 bytes in UTF-8.
    await expect(snapshots.write('ws-1', 'あいうえ')).rejects.toThrow(/^EFBIG/)
    expect(await snapshots.read('ws-1')).toBe('previous')
  })

  it('ignores and removes temp files left by a crash between write and rename', async () => {
    const snapshots = store()
    await snapshots.write('ws-1', '{"complete":true}')
    const staleTemp = join(directory, '.ws-1.taneboard.json.4242-deadbeef0000.tmp')
    await nodeFs.writeFile(staleTemp, '{"compl') // torn write of a newer version
    const foreign = join(directory, 'notes.txt')
    await nodeFs.writeFile(foreign, 'not ours')

    const afterRestart = store()
    expect(await afterRestart.read('ws-1')).toBe('{"complete":true}')
    expect((await afterRestart.list()).map((s) => s.workshopId)).toEqual(['ws-1'])
    expect((await nodeFs.readdir(directory)).sort()).toEqual(['notes.txt', 'ws-1.taneboard.json'])
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
    const snapshots = store(slowFs)
    const writing = snapshots.write('ws-1', 'new')
    await renameStarted.promise
    expect(await snapshots.list()).toEqual([])
    expect((await nodeFs.readdir(directory)).some((name) => name.endsWith('.tmp'))).toBe(true)
    renameAllowed.resolve()
    await writing
    expect(await snapshots.read('ws-1')).toBe('new')
  })
})

describe('snapshotStore with a failing disk', () => {
  it.each(['ENOSPC', 'EDQUOT'])(
    '%s during the write keeps the previous file intact and readable',
    async (code) => {
      await store().write('ws-1', 'previous version')
      const fullDisk: FsLike = {
        ...realFs,
        open: async (path, flags, mode) => {
          const handle = await realFs.open(path, flags, mode)
          return flags === 'wx' ? handleFailingMidWrite(bind(handle), code) : handle
        },
      }
      await expect(store(fullDisk).write('ws-1', 'new version')).rejects.toThrow(/^ENOSPC: /)
      expect(await store().read('ws-1')).toBe('previous version')
      expect(await nodeFs.readdir(directory)).toEqual(['ws-1.taneboard.json'])
    },
  )

  it('reports EACCES when the folder is not writable', async () => {
    const readOnly: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        if (flags === 'wx') throw errnoError('EACCES')
        return realFs.open(path, flags, mode)
      },
    }
    await expect(store(readOnly).write('ws-1', 'x')).rejects.toThrow(/^EACCES: /)
  })

  it('keeps the previous file when the rename fails, and cleans up the temp file', async () => {
    await store().write('ws-1', 'previous')
    const failingRename: FsLike = {
      ...realFs,
      rename: () => Promise.reject(errnoError('EIO')),
    }
    await expect(store(failingRename).write('ws-1', 'next')).rejects.toThrow(/^EIO: /)
    expect(await store().read('ws-1')).toBe('previous')
    expect(await nodeFs.readdir(directory)).toEqual(['ws-1.taneboard.json'])
  })

  it('fsyncs the file before renaming it and the folder after (best effort)', async () => {
    const calls: string[] = []
    const tracing: FsLike = {
      ...realFs,
      open: async (path, flags, mode) => {
        if (flags === 'r' && path === directory) {
          calls.push('open-dir')
          throw errnoError('EISDIR') // as on Windows: must not fail the write
        }
        const handle = bind(await realFs.open(path, flags, mode))
        return {
          ...handle,
          sync: async () => {
            calls.push('sync-file')
            await handle.sync()
          },
        }
      },
      rename: async (from, to) => {
        calls.push('rename')
        await realFs.rename(from, to)
      },
    }
    await store(tracing).write('ws-1', 'x')
    expect(calls).toEqual(['sync-file', 'rename', 'open-dir'])
    expect(await store().read('ws-1')).toBe('x')
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await store().list()).toEqual([])
  })
})

function bind(handle: FileHandleLike): FileHandleLike {
  return {
    writeFile: (data) => handle.writeFile(data),
    readFile: (options) => handle.readFile(options),
    stat: () => handle.stat(),
    sync: () => handle.sync(),
    close: () => handle.close(),
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}
