/* eslint-disable @typescript-eslint/require-await -- the fakes implement async browser APIs */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseWorkshopFile } from '../../shared/files/workshopFile'
import { rejectionText } from '../../shared/testing/rejectionText'
import { decodeUtf8 } from './browserFiles'
import {
  createBrowserHost,
  LOCAL_STORAGE_DATA_LOCATION,
  OPFS_DATA_LOCATION,
  type OpfsDirectoryHandle,
  type OpfsFileHandle,
} from './browserHost'

/** An in-memory stand-in for an OPFS directory: writes become visible only on close(). */
class FakeDirectory implements OpfsDirectoryHandle {
  readonly kind = 'directory'
  readonly files = new Map<string, { content: string; lastModified: number }>()
  readonly dirs = new Map<string, FakeDirectory>()
  failWritesWith: Error | null = null
  withoutCreateWritable = false

  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    let dir = this.dirs.get(name)
    if (!dir) {
      if (!options?.create) throw new DOMException('no dir', 'NotFoundError')
      dir = new FakeDirectory()
      dir.withoutCreateWritable = this.withoutCreateWritable
      dir.failWritesWith = this.failWritesWith
      this.dirs.set(name, dir)
    }
    return dir
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<OpfsFileHandle> {
    if (!this.files.has(name)) {
      if (!options?.create) throw new DOMException('no file', 'NotFoundError')
      this.files.set(name, { content: '', lastModified: Date.parse('2025-02-07T00:00:00Z') })
    }
    const files = this.files
    const fail = () => this.failWritesWith
    const handle: OpfsFileHandle = {
      kind: 'file',
      async getFile() {
        const file = files.get(name)
        if (!file) throw new DOMException('gone', 'NotFoundError')
        return {
          size: new Blob([file.content]).size,
          lastModified: file.lastModified,
          text: async () => file.content,
        }
      },
    }
    if (this.withoutCreateWritable) return handle
    return {
      ...handle,
      async createWritable() {
        let buffer = ''
        return {
          async write(data: string) {
            const error = fail()
            if (error) throw error
            buffer += data
          },
          async close() {
            files.set(name, { content: buffer, lastModified: Date.parse('2025-02-07T05:00:00Z') })
          },
          async abort() {
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
    for (const name of this.files.keys()) yield [name, await this.getFileHandle(name)]
    for (const [name, dir] of this.dirs) yield [name, dir]
  }
}

function opfsHost(root = new FakeDirectory()) {
  const persist = vi.fn(async () => true)
  const host = createBrowserHost({
    getRootDirectory: async () => root,
    storage: localStorage,
    persist,
  })
  return { host, root, persist }
}

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('browserHost snapshots', () => {
  it('writes, lists, reads and deletes snapshot files in OPFS', async () => {
    const { host, root, persist } = opfsHost()
    await host.writeSnapshot({ workshopId: 'w-1', content: '{"a":"日本語"}' })
    await host.writeSnapshot({ workshopId: 'w_2', content: '{}' })

    const dir = root.dirs.get('workshops')!
    expect([...dir.files.keys()].sort()).toEqual(['w-1.taneboard.json', 'w_2.taneboard.json'])
    expect(await host.readSnapshot('w-1')).toBe('{"a":"日本語"}')
    expect(await host.readSnapshot('missing')).toBeNull()
    const list = await host.listSnapshots()
    expect(list.map((s) => s.workshopId).sort()).toEqual(['w-1', 'w_2'])
    expect(list.find((s) => s.workshopId === 'w-1')).toMatchObject({
      bytes: new TextEncoder().encode('{"a":"日本語"}').length,
      savedAt: '2025-02-07T05:00:00.000Z',
    })

    await host.deleteSnapshot('w-1')
    await host.deleteSnapshot('w-1')
    expect(await host.readSnapshot('w-1')).toBeNull()
    expect((await host.getAppInfo()).dataLocation).toBe(OPFS_DATA_LOCATION)
    expect(persist).toHaveBeenCalledTimes(1)
    // The write probe is not left behind or listed.
    expect(dir.files.has('.write-probe')).toBe(false)
  })

  it('keeps the previous file when a write fails, with a Japanese error', async () => {
    const { host, root } = opfsHost()
    await host.writeSnapshot({ workshopId: 'w1', content: 'old' })
    root.dirs.get('workshops')!.failWritesWith = new DOMException('full', 'QuotaExceededError')
    expect(await rejectionText(host.writeSnapshot({ workshopId: 'w1', content: 'new' }))).toMatch(
      /保存領域の空きが足りません/,
    )
    expect(await host.readSnapshot('w1')).toBe('old')
  })

  it('refuses ids that are not safe file names', async () => {
    const { host } = opfsHost()
    expect(await rejectionText(host.writeSnapshot({ workshopId: '../x', content: '' }))).toMatch(
      /IDが正しくありません/,
    )
  })

  it('falls back to localStorage when OPFS is unavailable', async () => {
    const host = createBrowserHost({
      getRootDirectory: () => Promise.reject(new DOMException('no', 'SecurityError')),
      storage: localStorage,
    })
    await host.writeSnapshot({ workshopId: 'w1', content: '{"x":1}' })
    expect(await host.readSnapshot('w1')).toBe('{"x":1}')
    expect((await host.listSnapshots()).map((s) => s.workshopId)).toEqual(['w1'])
    const info = await host.getAppInfo()
    expect(info).toMatchObject({ name: 'タネボード', host: 'browser' })
    expect(info.dataLocation).toBe(LOCAL_STORAGE_DATA_LOCATION)
    await host.deleteSnapshot('w1')
    expect(await host.listSnapshots()).toEqual([])
  })

  it('falls back to localStorage when files cannot be written with createWritable', async () => {
    const root = new FakeDirectory()
    root.withoutCreateWritable = true
    const { host } = opfsHost(root)
    await host.writeSnapshot({ workshopId: 'w1', content: 'c' })
    expect((await host.getAppInfo()).dataLocation).toBe(LOCAL_STORAGE_DATA_LOCATION)
    expect(localStorage.getItem('taneboard.snapshot.w1')).toContain('"content":"c"')
  })

  it('reports a full localStorage in Japanese', async () => {
    const storage = {
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => undefined,
      clear: () => undefined,
    } satisfies Storage
    const host = createBrowserHost({ storage })
    expect(await rejectionText(host.writeSnapshot({ workshopId: 'w1', content: 'c' }))).toMatch(
      /空きが足りません/,
    )
  })
})

describe('browserHost backups', () => {
  const T0 = Date.parse('2026-11-24T10:15:00.123Z')

  function backupHost(root = new FakeDirectory()) {
    let clock = T0
    const host = createBrowserHost({
      getRootDirectory: async () => root,
      storage: localStorage,
      now: () => (clock += 1000),
    })
    return { host, root }
  }

  it('writes, lists and reads backups under backups/<workshopId> in OPFS, keeping 10', async () => {
    const { host, root } = backupHost()
    const written = []
    for (let i = 0; i < 12; i += 1) {
      written.push(await host.writeBackup({ workshopId: 'w1', reason: 'change', content: `v${i}` }))
    }
    expect(written[0]).toMatchObject({
      backupId: '20261124T101501123Z-change',
      workshopId: 'w1',
      reason: 'change',
      bytes: 2,
    })
    const files = root.dirs.get('backups')?.dirs.get('w1')?.files
    expect(files?.size).toBe(10)
    expect(files?.has('20261124T101512123Z-change.taneboard')).toBe(true)

    const list = await host.listBackups('w1')
    expect(list.location).toBe(`${OPFS_DATA_LOCATION}の backups/w1`)
    expect(list.backups.map((b) => b.backupId)).toEqual(
      written
        .slice(2)
        .map((b) => b.backupId)
        .reverse(),
    )
    expect(await host.readBackup({ workshopId: 'w1', backupId: written[11]!.backupId })).toBe('v11')
    expect(await host.readBackup({ workshopId: 'w1', backupId: written[0]!.backupId })).toBeNull()
    // Snapshots live apart from backups.
    expect(await host.listSnapshots()).toEqual([])
  })

  it('keeps every earlier backup when the browser storage is full', async () => {
    const { host, root } = backupHost()
    const first = await host.writeBackup({ workshopId: 'w1', reason: 'manual', content: 'old' })
    root.dirs.get('backups')!.dirs.get('w1')!.failWritesWith = new DOMException(
      'full',
      'QuotaExceededError',
    )
    expect(
      await rejectionText(
        host.writeBackup({ workshopId: 'w1', reason: 'transition', content: 'new' }),
      ),
    ).toMatch(/保存領域の空きが足りません/)
    expect((await host.listBackups('w1')).backups.map((b) => b.backupId)).toEqual([first.backupId])
    expect(await host.readBackup({ workshopId: 'w1', backupId: first.backupId })).toBe('old')
  })

  it('refuses ids that are not safe names', async () => {
    const { host } = backupHost()
    expect(await rejectionText(host.listBackups('../x'))).toMatch(/IDが正しくありません/)
    expect(
      await rejectionText(host.readBackup({ workshopId: 'w1', backupId: '../../etc/passwd' })),
    ).toMatch(/IDが正しくありません/)
  })

  it('falls back to localStorage when OPFS is unavailable', async () => {
    const host = createBrowserHost({
      getRootDirectory: () => Promise.reject(new DOMException('no', 'SecurityError')),
      storage: localStorage,
      now: () => T0,
    })
    const info = await host.writeBackup({ workshopId: 'w1', reason: 'manual', content: 'c' })
    expect(localStorage.getItem(`taneboard.backup.w1.${info.backupId}`)).toBe('c')
    expect((await host.listBackups('w1')).backups).toEqual([info])
  })
})

describe('browserHost files', () => {
  it('saves a file as a download', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:fake'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })
    const { host } = opfsHost()
    const result = await host.saveFile({
      suggestedName: '研修会.taneboard.json',
      content: '{"a":1}',
      encoding: 'utf8',
      filters: [],
    })
    expect(result).toEqual({ ok: true, location: 'ダウンロード' })
    expect(clicked[0]?.download).toBe('研修会.taneboard.json')
    expect(clicked[0]?.href).toBe('blob:fake')
    expect(created[0]?.type).toBe('application/json; charset=utf-8')
    expect(await created[0]?.text()).toBe('{"a":1}')
    expect(document.querySelector('a')).toBeNull()

    await host.saveFile({
      suggestedName: 'x.pdf',
      content: 'JVBERg==',
      encoding: 'base64',
      filters: [],
    })
    expect(await created[1]?.text()).toBe('%PDF')
  })

  function pickedInput(): HTMLInputElement {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')
    if (!input) throw new Error('no file input')
    return input
  }

  function choose(input: HTMLInputElement, file: File): void {
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
  }

  it('opens a chosen file, with the accepted extensions', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const { host } = opfsHost()
    const opened = host.openFile({ extensions: ['json', '.taneboard'], maxBytes: 1000 })
    const input = pickedInput()
    expect(input.accept).toBe('.json,.taneboard')
    choose(input, new File(['\uFEFF{"ok":true}'], 'a.json'))
    expect(await opened).toEqual({ name: 'a.json', content: '{"ok":true}' })
    expect(document.querySelector('input')).toBeNull()
  })

  it('reads a UTF-16 file as UTF-8, as the desktop app does, so that both refuse it', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const { host } = opfsHost()
    const opened = host.openFile({ extensions: ['taneboard'], maxBytes: 1000 })
    const json = '{"format":"taneboard-workshop","formatVersion":4}'
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(json, (c) => [c.charCodeAt(0), 0]).flat(),
    ])
    choose(pickedInput(), new File([utf16], 'utf16.taneboard'))
    const content = (await opened)?.content ?? ''
    expect(content).toBe(decodeUtf8(utf16))
    expect(parseWorkshopFile(content)).toMatchObject({ ok: false, error: 'notJson' })
  })

  it('returns null when the picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const { host } = opfsHost()
    const opened = host.openFile({ extensions: ['json'], maxBytes: 1000 })
    pickedInput().dispatchEvent(new Event('cancel'))
    expect(await opened).toBeNull()
  })

  it('refuses a file over the size cap before reading it', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined)
    const { host } = opfsHost()
    const opened = host.openFile({ extensions: ['json'], maxBytes: 20 * 1024 * 1024 })
    const big = new File(['x'], 'big.json')
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 })
    const read = vi.spyOn(big, 'arrayBuffer')
    choose(pickedInput(), big)
    expect(await rejectionText(opened)).toBe('ファイルが大きすぎます（上限 20MB）。')
    expect(read).not.toHaveBeenCalled()
  })

  it('prints through window.print', async () => {
    const print = vi.fn()
    const host = createBrowserHost({ storage: localStorage, print })
    const result = await host.printView({ suggestedName: 'a.pdf', pageSize: 'A3', landscape: true })
    expect(print).toHaveBeenCalledTimes(1)
    expect(result.ok).toBe(true)
  })
})

describe('browserHost projector window', () => {
  it('opens the route in the named pop-up, so that a second call reuses it', async () => {
    const openWindow = vi.fn(() => ({}))
    const host = createBrowserHost({ storage: localStorage, openWindow })
    await host.openProjectorWindow({ route: '#/w/ws-1/g/grp-1/theme1/projector' })
    expect(openWindow).toHaveBeenCalledWith(
      new URL('#/w/ws-1/g/grp-1/theme1/projector', document.baseURI).href,
      'taneboard-projector',
      'popup',
    )
  })

  it('refuses a route that is not one of ours, and says so when the pop-up is blocked', async () => {
    const openWindow = vi.fn(() => null)
    const host = createBrowserHost({ storage: localStorage, openWindow })
    await expect(
      host.openProjectorWindow({ route: 'https://evil.example/#/w/a' }),
    ).rejects.toThrow()
    expect(openWindow).not.toHaveBeenCalled()
    expect(await rejectionText(host.openProjectorWindow({ route: '#/w/ws-1' }))).toMatch(
      /ポップアップ/,
    )
  })
})
