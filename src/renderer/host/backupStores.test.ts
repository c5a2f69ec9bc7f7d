/* eslint-disable @typescript-eslint/require-await -- the fakes implement async browser APIs */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { rejectionText } from '../../shared/testing/rejectionText'
import { RECENT_BACKUPS_KEPT } from '../../shared/backups/backupNames'
import type { BackupList } from '../../shared/host/hostApi'
import {
  BACKUP_DIRECTORY,
  localStorageBackupLocation,
  openBackupStore,
  opfsBackupLocation,
  type BackupStore,
} from './backupStores'
import type { OpfsDirectoryHandle, OpfsFileHandle } from './snapshotStores'

const T0 = Date.parse('2026-11-24T10:15:00.123Z')

type WriteStep = 'createWritable' | 'write' | 'close'

/** Settings shared by every folder of one fake OPFS. */
interface FakeDisk {
  /** The next write fails with `error` at `step`. */
  failNext: { step: WriteStep; error: Error } | null
  /** Every write waits for this before close(), when set. */
  gate: Promise<void> | null
  aborts: number
  closes: number
  /** Like browsers without createWritable in OPFS. */
  withoutCreateWritable: boolean
}

/**
 * An in-memory OPFS, like the one in browserHost.test.ts: getFileHandle({create}) makes an empty
 * file at once, a writable's data becomes visible only on close(), abort() drops it.
 */
class FakeDirectory implements OpfsDirectoryHandle {
  readonly kind = 'directory'
  readonly files = new Map<string, { content: string; reads: number }>()
  readonly dirs = new Map<string, FakeDirectory>()
  failDirectoryCreation: Error | null = null

  constructor(
    readonly disk: FakeDisk = {
      failNext: null,
      gate: null,
      aborts: 0,
      closes: 0,
      withoutCreateWritable: false,
    },
  ) {}

  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    let dir = this.dirs.get(name)
    if (!dir) {
      if (!options?.create) throw new DOMException('no dir', 'NotFoundError')
      if (this.failDirectoryCreation) throw this.failDirectoryCreation
      dir = new FakeDirectory(this.disk)
      this.dirs.set(name, dir)
    }
    return dir
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<OpfsFileHandle> {
    if (this.dirs.has(name)) throw new DOMException('a folder', 'TypeMismatchError')
    if (!this.files.has(name)) {
      if (!options?.create) throw new DOMException('no file', 'NotFoundError')
      this.files.set(name, { content: '', reads: 0 })
    }
    const { files, disk } = this
    const failAt = (step: WriteStep) => {
      const failure = disk.failNext
      if (failure?.step !== step) return
      disk.failNext = null
      throw failure.error
    }
    const handle: OpfsFileHandle = {
      kind: 'file',
      async getFile() {
        const file = files.get(name)
        if (!file) throw new DOMException('gone', 'NotFoundError')
        return {
          size: new Blob([file.content]).size,
          lastModified: 0,
          text: async () => {
            file.reads += 1
            return file.content
          },
        }
      },
    }
    if (disk.withoutCreateWritable) return handle
    return {
      ...handle,
      async createWritable() {
        failAt('createWritable')
        let buffer = ''
        return {
          async write(data: string) {
            failAt('write')
            buffer += data
          },
          async close() {
            await disk.gate
            failAt('close')
            disk.closes += 1
            files.set(name, { content: buffer, reads: 0 })
          },
          async abort() {
            disk.aborts += 1
            buffer = ''
          },
        }
      },
    }
  }

  async removeEntry(name: string) {
    if (!this.files.delete(name) && !this.dirs.delete(name)) {
      throw new DOMException('missing', 'NotFoundError')
    }
  }

  async *entries(): AsyncGenerator<[string, OpfsFileHandle | OpfsDirectoryHandle]> {
    for (const name of [...this.files.keys()]) yield [name, await this.getFileHandle(name)]
    for (const [name, dir] of [...this.dirs]) yield [name, dir]
  }
}

let clock: number
/** Moves 1 s forward per backup unless a test sets `fixedClock`. */
let fixedClock: boolean
const now = () => {
  const at = clock
  if (!fixedClock) clock += 1000
  return at
}

beforeEach(() => {
  clock = T0
  fixedClock = false
})

async function opfsStore(root = new FakeDirectory(), maxBytes?: number) {
  const store = await openBackupStore({ getRootDirectory: async () => root, now, maxBytes })
  const folder = (workshopId = 'ws-1') => root.dirs.get(BACKUP_DIRECTORY)?.dirs.get(workshopId)
  const fileNames = (workshopId = 'ws-1') => [...(folder(workshopId)?.files.keys() ?? [])].sort()
  return { store, root, disk: root.disk, folder, fileNames }
}

/** Writes `count` backups v0, v1, … one second apart. */
async function writeMany(store: BackupStore, count: number, workshopId = 'ws-1') {
  const written = []
  for (let i = 0; i < count; i += 1) {
    written.push(await store.write(workshopId, 'change', `v${i}`))
  }
  return written
}

async function expectAllReadable(store: BackupStore, list: BackupList): Promise<void> {
  for (const info of list.backups) {
    const text = await store.read(info.workshopId, info.backupId)
    expect(text).not.toBeNull()
    expect(new TextEncoder().encode(text ?? '').length).toBe(info.bytes)
  }
}

describe('OPFS backups', () => {
  it('writes backups/<workshopId>/<backupId>.taneboard and reads them back', async () => {
    const { store, fileNames } = await opfsStore()
    const info = await store.write('ws-1', 'manual', '{"a":"日本語"}')
    expect(info).toEqual({
      backupId: '20261124T101500123Z-manual',
      workshopId: 'ws-1',
      reason: 'manual',
      savedAt: '2026-11-24T10:15:00.123Z',
      position: null,
      bytes: new TextEncoder().encode('{"a":"日本語"}').length,
    })
    expect(fileNames()).toEqual(['20261124T101500123Z-manual.taneboard'])
    expect(await store.read('ws-1', info.backupId)).toBe('{"a":"日本語"}')
    expect(opfsBackupLocation('ws-1')).toBe(
      'このブラウザの保存領域（オリジン専用ファイルシステム）の backups/ws-1',
    )
  })

  it('lists newest first with their sizes, per workshop', async () => {
    const { store } = await opfsStore()
    expect(await store.list('ws-1')).toEqual({
      location: opfsBackupLocation('ws-1'),
      backups: [],
    })
    await store.write('ws-1', 'change', 'first')
    await store.write('ws-1', 'transition', 'ワーク')
    await store.write('ws-2', 'manual', 'other workshop')
    await store.write('ws-1', 'beforeRestore', 'third!')
    const list = await store.list('ws-1')
    expect(list.location).toBe(opfsBackupLocation('ws-1'))
    expect(list.backups.map((b) => [b.reason, b.bytes, b.savedAt])).toEqual([
      ['beforeRestore', 6, '2026-11-24T10:15:03.123Z'],
      ['transition', 9, '2026-11-24T10:15:01.123Z'],
      ['change', 5, '2026-11-24T10:15:00.123Z'],
    ])
    expect((await store.list('ws-2')).backups.map((b) => b.reason)).toEqual(['manual'])
    await expectAllReadable(store, list)
  })

  it('keeps exactly the newest 10 after 12 writes', async () => {
    const { store, fileNames } = await opfsStore()
    const written = await writeMany(store, 12)
    const ids = (await store.list('ws-1')).backups.map((b) => b.backupId)
    expect(ids).toEqual(
      written
        .slice(2)
        .map((b) => b.backupId)
        .reverse(),
    )
    expect(fileNames()).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(await store.read('ws-1', written[0]?.backupId ?? '')).toBeNull()
    expect(await store.read('ws-1', written[11]?.backupId ?? '')).toBe('v11')
  })

  it('names same-millisecond backups -2, -3, and never lets concurrent writes clash', async () => {
    fixedClock = true
    const { store } = await opfsStore()
    const written = await Promise.all(
      Array.from({ length: 3 }, (_, i) => store.write('ws-1', 'change', `c${i}`)),
    )
    expect(written.map((b) => b.backupId)).toEqual([
      '20261124T101500123Z-change',
      '20261124T101500123Z-change-2',
      '20261124T101500123Z-change-3',
    ])
    for (const [i, info] of written.entries()) {
      expect(await store.read('ws-1', info.backupId)).toBe(`c${i}`)
    }
  })

  it('keeps the new backup even when the clock was set back before it', async () => {
    const { store } = await opfsStore()
    await writeMany(store, RECENT_BACKUPS_KEPT)
    clock = T0 - 24 * 3600 * 1000
    const late = await store.write('ws-1', 'manual', 'late')
    const ids = (await store.list('ws-1')).backups.map((b) => b.backupId)
    expect(ids).toHaveLength(RECENT_BACKUPS_KEPT)
    expect(ids).toContain(late.backupId)
  })

  describe('a failed write keeps every earlier backup', () => {
    async function tenThenFail(step: WriteStep, error: Error, message: RegExp) {
      const setup = await opfsStore()
      const { store, disk, fileNames } = setup
      await writeMany(store, RECENT_BACKUPS_KEPT)
      const before = await store.list('ws-1')
      const namesBefore = fileNames()
      disk.failNext = { step, error }
      expect(await rejectionText(store.write('ws-1', 'transition', 'new version'))).toMatch(message)
      expect(fileNames()).toEqual(namesBefore) // nothing pruned, no empty file left behind
      const after = await store.list('ws-1')
      expect(after).toEqual(before)
      await expectAllReadable(store, after)
      return setup
    }

    it.each<WriteStep>(['write', 'close'])(
      'QuotaExceededError at %s: aborted, with the 空きが足りません message',
      async (step) => {
        const { disk } = await tenThenFail(
          step,
          new DOMException('full', 'QuotaExceededError'),
          /ブラウザの保存領域の空きが足りません/,
        )
        expect(disk.aborts).toBe(1)
      },
    )

    it.each(['NotAllowedError', 'SecurityError'])(
      '%s when the writable is opened: the 許可しません message',
      async (name) => {
        const { disk } = await tenThenFail(
          'createWritable',
          new DOMException('no', name),
          /ブラウザが保存領域の利用を許可しませんでした/,
        )
        expect(disk.aborts).toBe(0) // there was no stream to abort
      },
    )

    it('any other failure: a generic Japanese message', async () => {
      await tenThenFail('write', new Error('boom'), /バックアップファイルを書き込めませんでした/)
    })

    it('the next write works again and rotates as usual', async () => {
      const { store } = await tenThenFail(
        'write',
        new DOMException('full', 'QuotaExceededError'),
        /空きが足りません/,
      )
      const info = await store.write('ws-1', 'manual', 'after')
      const ids = (await store.list('ws-1')).backups.map((b) => b.backupId)
      expect(ids).toHaveLength(RECENT_BACKUPS_KEPT)
      expect(ids[0]).toBe(info.backupId)
    })
  })

  it('reports a folder that cannot be created', async () => {
    const root = new FakeDirectory()
    const { store } = await opfsStore(root)
    root.dirs.get(BACKUP_DIRECTORY)!.failDirectoryCreation = new DOMException('no', 'SecurityError')
    expect(await rejectionText(store.write('ws-1', 'change', 'x'))).toMatch(/許可しませんでした/)
    expect((await store.list('ws-1')).backups).toEqual([])
  })

  it('ignores foreign entries and removes the empty file of a write that never finished', async () => {
    const { store, folder, fileNames } = await opfsStore()
    const kept = await store.write('ws-1', 'change', 'complete')
    const dir = folder()!
    dir.files.set('20261124T111500123Z-change.taneboard', { content: '', reads: 0 })
    dir.files.set('x.taneboard', { content: 'x', reads: 0 })
    dir.files.set('notes.txt', { content: 'x', reads: 0 })
    dir.files.set('20261324T101500123Z-change.taneboard', { content: 'x', reads: 0 })
    dir.dirs.set('20261124T121500123Z-change.taneboard', new FakeDirectory())

    expect((await store.list('ws-1')).backups.map((b) => b.backupId)).toEqual([kept.backupId])
    expect(fileNames()).toEqual([
      '20261124T101500123Z-change.taneboard',
      '20261324T101500123Z-change.taneboard',
      'notes.txt',
      'x.taneboard',
    ])
    expect(await store.read('ws-1', '20261124T121500123Z-change')).toBeNull()
  })

  it('does not remove the still-empty file of a write under way', async () => {
    const { store, disk, fileNames } = await opfsStore()
    let open: () => void = () => undefined
    disk.gate = new Promise((resolve) => (open = resolve))
    const writing = store.write('ws-1', 'change', 'slow')
    await vi.waitFor(() => {
      expect(fileNames()).toHaveLength(1)
    })
    expect((await store.list('ws-1')).backups).toEqual([])
    expect(fileNames()).toHaveLength(1)
    open()
    const info = await writing
    expect(await store.read('ws-1', info.backupId)).toBe('slow')
  })

  it('reads null for a missing backup or workshop, and refuses bad ids', async () => {
    const { store } = await opfsStore()
    expect(await store.read('ws-1', '20261124T101500123Z-change')).toBeNull()
    await store.write('ws-1', 'change', 'x')
    expect(await store.read('ws-1', '20261124T101500124Z-change')).toBeNull()
    for (const backupId of [
      '../../etc/passwd',
      '20261124T101500123Z-change.taneboard',
      '20261324T101500123Z-change',
      '',
    ]) {
      expect(await rejectionText(store.read('ws-1', backupId))).toBe(
        'バックアップのIDが正しくありません。',
      )
    }
    for (const workshopId of ['../x', '', 'a/b', 'ws.1']) {
      expect(await rejectionText(store.read(workshopId, '20261124T101500123Z-change'))).toBe(
        '研修会のIDが正しくありません。',
      )
      expect(await rejectionText(store.list(workshopId))).toBe('研修会のIDが正しくありません。')
      expect(await rejectionText(store.write(workshopId, 'change', 'x'))).toBe(
        '研修会のIDが正しくありません。',
      )
    }
    expect(await rejectionText(store.write('ws-1', 'whenever' as 'change', 'x'))).toBe(
      'バックアップの種類が正しくありません。',
    )
  })

  it('refuses to read a backup over the size cap without reading it', async () => {
    const { store, folder } = await opfsStore(new FakeDirectory(), 10)
    const info = await store.write('ws-1', 'change', 'small')
    const file = folder()!.files.get(`${info.backupId}.taneboard`)!
    file.content = 'x'.repeat(11)
    expect(await rejectionText(store.read('ws-1', info.backupId))).toMatch(/大きすぎます（上限/)
    expect(file.reads).toBe(0)
  })

  it('refuses to write more bytes than the cap and prunes nothing', async () => {
    const { store, fileNames } = await opfsStore(new FakeDirectory(), 10)
    await writeMany(store, RECENT_BACKUPS_KEPT)
    const before = fileNames()
    // 4 characters but 12 bytes in UTF-8.
    expect(await rejectionText(store.write('ws-1', 'change', 'あいうえ'))).toMatch(/大きすぎます/)
    expect(fileNames()).toEqual(before)
  })
})

describe('localStorage backups', () => {
  async function storageStore(storage: Storage = localStorage) {
    return openBackupStore({
      getRootDirectory: () => Promise.reject(new DOMException('no', 'SecurityError')),
      storage,
      now,
    })
  }

  it('is used when OPFS is unavailable, with keys taneboard.backup.<workshopId>.<backupId>', async () => {
    const store = await storageStore()
    const info = await store.write('ws-1', 'change', '{"x":"日本"}')
    expect(localStorage.getItem(`taneboard.backup.ws-1.${info.backupId}`)).toBe('{"x":"日本"}')
    expect(await store.read('ws-1', info.backupId)).toBe('{"x":"日本"}')
    expect(await store.list('ws-1')).toEqual({
      location: localStorageBackupLocation('ws-1'),
      backups: [info],
    })
    expect(localStorageBackupLocation('ws-1')).toContain('taneboard.backup.ws-1.')
  })

  it('is used when files cannot be written with createWritable', async () => {
    const root = new FakeDirectory()
    root.disk.withoutCreateWritable = true
    const store = await openBackupStore({
      getRootDirectory: async () => root,
      storage: localStorage,
      now,
    })
    expect((await store.list('ws-1')).location).toBe(localStorageBackupLocation('ws-1'))
  })

  it('keeps the newest 10, newest first, and ignores other keys', async () => {
    const store = await storageStore()
    localStorage.setItem('taneboard.snapshot.ws-1', 'snapshot')
    localStorage.setItem('taneboard.backup.ws-1.x', 'foreign')
    localStorage.setItem('taneboard.backup.ws-10.20261124T101500123Z-change', 'other workshop')
    const written = await writeMany(store, 12)
    const list = await store.list('ws-1')
    expect(list.backups.map((b) => b.backupId)).toEqual(
      written
        .slice(2)
        .map((b) => b.backupId)
        .reverse(),
    )
    await expectAllReadable(store, list)
    expect(await store.read('ws-1', written[1]?.backupId ?? '')).toBeNull()
    expect(localStorage.getItem('taneboard.snapshot.ws-1')).toBe('snapshot')
    expect(localStorage.getItem('taneboard.backup.ws-1.x')).toBe('foreign')
    expect((await store.list('ws-10')).backups).toHaveLength(1)
  })

  it('a full localStorage keeps every earlier backup, with the 空きが足りません message', async () => {
    const store = await storageStore()
    await writeMany(store, RECENT_BACKUPS_KEPT)
    const before = await store.list('ws-1')
    const keysBefore = Object.keys(localStorage).sort()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(await rejectionText(store.write('ws-1', 'transition', 'new'))).toMatch(
      /空きが足りません/,
    )
    expect(await store.list('ws-1')).toEqual(before)
    expect(Object.keys(localStorage).sort()).toEqual(keysBefore)
    await expectAllReadable(store, before)
    vi.restoreAllMocks()
  })

  it('says so when the browser has nowhere to keep backups', async () => {
    expect(await rejectionText(openBackupStore({}))).toMatch(/保存できる場所がありません/)
  })
})
