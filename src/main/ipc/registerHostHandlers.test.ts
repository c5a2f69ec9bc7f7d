import { describe, expect, it, vi } from 'vitest'
import { HOST_CHANNELS, type HostInvokeApi as HostApi } from '../../shared/host/hostApi'
import { lanStateOff } from '../../shared/host/lanHostApi'
import { LIMITS } from '../../shared/model/limits'
import {
  registerHostHandlers,
  type HostServices,
  type IpcMainLike,
  type InvokeEventLike,
} from './registerHostHandlers'

type HostMethod = keyof HostApi
type Frame = { url: string }
type FakeWindow = { isDestroyed(): boolean; webContents: { mainFrame: Frame } }
type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

const METHODS = Object.keys(HOST_CHANNELS) as HostMethod[]
const APP_URL = 'app://taneboard/index.html'

const VALID: Record<HostMethod, unknown[]> = {
  getAppInfo: [],
  listSnapshots: [],
  readSnapshot: ['ws-1'],
  writeSnapshot: [{ workshopId: 'ws-1', content: '{}' }],
  deleteSnapshot: ['ws-1'],
  listBackups: ['ws-1'],
  writeBackup: [{ workshopId: 'ws-1', reason: 'transition', content: '{}' }],
  readBackup: [{ workshopId: 'ws-1', backupId: '20261124T101500123Z-change-2' }],
  saveFile: [
    {
      suggestedName: 'ワーク.taneboard.json',
      content: '{}',
      encoding: 'utf8',
      filters: [{ name: 'タネボード', extensions: ['json'] }],
    },
  ],
  openFile: [{ extensions: ['json'], maxBytes: 1024 }],
  saveFiles: [
    {
      bundleName: '研修会_テーブル用ファイル',
      files: [
        { name: '研修会_Ａグループ.taneboard', content: '{}' },
        { name: '研修会_Ｂグループ.taneboard', content: '{}' },
      ],
    },
  ],
  openFiles: [{ mode: 'folder', extensions: ['taneboard'], maxBytes: 1024 }],
  printView: [{ suggestedName: '模造紙', pageSize: 'A3', landscape: true }],
  openProjectorWindow: [{ route: '#/w/ws-1/g/grp-1/theme1/projector' }],
  takeOpenedFiles: [],
  setMenuLanguage: ['en'],
  lanInterfaces: [],
  lanState: [],
  lanStart: [{ workshopId: 'ws-1', groupIds: ['grp-1'], address: '192.168.137.1', port: 8730 }],
  lanStop: [],
  lanOpenSession: [{ workshopId: 'ws-1', groupIds: ['grp-1', 'grp-2'] }],
  lanDisconnectAll: [],
}

const MALFORMED: Record<HostMethod, unknown[]> = {
  getAppInfo: [{}, 'x', null],
  listSnapshots: [{ all: true }, 0],
  readSnapshot: [undefined, '../etc/passwd', '', 42, { workshopId: 'ws-1' }],
  writeSnapshot: [
    undefined,
    { workshopId: 'ws-1' },
    { workshopId: '../x', content: '{}' },
    { workshopId: 'ws-1', content: '{}', path: '/etc/passwd' },
    { workshopId: 'ws-1', content: 'x'.repeat(LIMITS.snapshotBytes + 1) },
  ],
  deleteSnapshot: ['a/b', null, ['ws-1']],
  listBackups: [undefined, '../ws-1', '', { workshopId: 'ws-1' }, 'x'.repeat(65)],
  writeBackup: [
    undefined,
    { workshopId: 'ws-1', content: '{}' },
    { workshopId: 'ws-1', reason: 'whenever', content: '{}' },
    { workshopId: '../x', reason: 'change', content: '{}' },
    { workshopId: 'ws-1', reason: 'change', content: 42 },
    { workshopId: 'ws-1', reason: 'change', content: '{}', backupId: '../../etc/passwd' },
    { workshopId: 'ws-1', reason: 'change', content: 'x'.repeat(LIMITS.snapshotBytes + 1) },
  ],
  readBackup: [
    undefined,
    '20261124T101500123Z-change',
    { workshopId: 'ws-1' },
    { workshopId: 'ws-1', backupId: '../../etc/passwd' },
    { workshopId: 'ws-1', backupId: '20261124T101500123Z-change.taneboard' },
    { workshopId: 'ws-1', backupId: '20261124T101500123Z-change/../../x' },
    { workshopId: 'ws-1', backupId: '20261124T101500123Z-whenever' },
    { workshopId: '../ws-2', backupId: '20261124T101500123Z-change' },
    { workshopId: 'ws-1', backupId: '20261124T101500123Z-change', path: '/etc/passwd' },
  ],
  saveFile: [
    { ...(VALID.saveFile[0] as object), suggestedName: '../../.bashrc' },
    { ...(VALID.saveFile[0] as object), suggestedName: 'C:\\evil.txt' },
    { ...(VALID.saveFile[0] as object), encoding: 'hex' },
    { ...(VALID.saveFile[0] as object), defaultPath: '/etc' },
    { suggestedName: 'a.json', content: '{}' },
  ],
  openFile: [
    { extensions: ['json'], maxBytes: LIMITS.snapshotBytes + 1 },
    { extensions: ['json'], maxBytes: 0 },
    { extensions: 'json', maxBytes: 10 },
    { extensions: ['json'], maxBytes: 10, path: '/etc/passwd' },
  ],
  saveFiles: [
    undefined,
    { bundleName: 'a', files: [] },
    { bundleName: 'a', files: [{ name: '../../.bashrc', content: '' }] },
    { bundleName: 'a', files: [{ name: 'C:\\evil.taneboard', content: '' }] },
    { bundleName: 'a/b', files: [{ name: 'a.taneboard', content: '' }] },
    {
      bundleName: 'a',
      files: [{ name: 'a.taneboard', content: 'x'.repeat(LIMITS.snapshotBytes + 1) }],
    },
    {
      bundleName: 'a',
      files: [
        { name: 'A.taneboard', content: '' },
        { name: 'a.taneboard', content: '' },
      ],
    },
    {
      bundleName: 'a',
      files: Array.from({ length: 101 }, (_, i) => ({
        name: `${String(i)}.taneboard`,
        content: '',
      })),
    },
    { bundleName: 'a', files: [{ name: 'a.taneboard', content: '' }], folder: '/etc' },
  ],
  openFiles: [
    undefined,
    { mode: 'any', extensions: ['taneboard'], maxBytes: 10 },
    { mode: 'folder', extensions: [], maxBytes: 10 },
    { mode: 'folder', extensions: ['taneboard'], maxBytes: LIMITS.snapshotBytes + 1 },
    { mode: 'folder', extensions: ['taneboard'], maxBytes: 10, path: '/etc' },
  ],
  printView: [
    { suggestedName: 'a', pageSize: 'A5', landscape: true },
    { suggestedName: 'a', pageSize: 'A4', landscape: 'yes' },
    { suggestedName: '', pageSize: 'A4', landscape: true },
  ],
  openProjectorWindow: [
    undefined,
    '#/w/ws-1/g/grp-1/theme1/projector',
    { route: 'https://evil.example/#/w/ws-1' },
    { route: 'file:///etc/passwd' },
    { route: 'javascript:alert(1)//#/w/ws-1' },
    { route: '#/w/../../etc/passwd' },
    { route: '#/w/ws-1/g/%2e%2e/theme1' },
    { route: '#/w/ws-1//evil.example' },
    { route: '#/w/ws-1?x=1' },
    { route: '#/w/ws-1/g/grp-1\n' },
    { route: '#/' },
    { route: `#/w/${'a'.repeat(65)}` },
    { route: '#/w/ws-1', url: 'https://evil.example/' },
  ],
  // the page names no path: main holds the files the OS opened
  takeOpenedFiles: ['/etc/passwd', { path: 'C:/x.taneboard' }, ['/x.taneboard']],
  setMenuLanguage: [undefined, 'fr', { lang: 'en' }, 'EN', ['ja']],
  lanInterfaces: [{}, 'eth0'],
  lanState: [{ workshopId: 'ws-1' }, 1],
  lanStart: [
    undefined,
    { workshopId: 'ws-1', groupIds: [], address: '0.0.0.0.0', port: 8730 },
    { workshopId: 'ws-1', groupIds: [], address: 'evil.example', port: 8730 },
    { workshopId: 'ws-1', groupIds: [], address: '192.168.1.2', port: 80 },
    { workshopId: 'ws-1', groupIds: [], address: '192.168.1.2', port: 70000 },
    { workshopId: 'ws-1', groupIds: [], address: '192.168.1.2', port: 8730.5 },
    { workshopId: '../x', groupIds: [], address: '192.168.1.2', port: 8730 },
    { workshopId: 'ws-1', groupIds: ['../g'], address: '192.168.1.2', port: 8730 },
    { workshopId: 'ws-1', groupIds: [], address: '192.168.1.2', port: 8730, root: '/' },
  ],
  lanStop: [{ force: true }],
  lanOpenSession: [
    undefined,
    { workshopId: 'ws-1' },
    { workshopId: 'ws-1', groupIds: 'grp-1' },
    { workshopId: 'ws-1', groupIds: Array.from({ length: 201 }, (_, i) => `g${i}`) },
  ],
  lanDisconnectAll: ['now'],
}

function setup(allowedOrigins: readonly string[] = ['app://taneboard']) {
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike<InvokeEventLike> = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`)
      listeners.set(channel, listener)
    },
    removeHandler: (channel) => listeners.delete(channel),
  }
  const mainFrame: Frame = { url: APP_URL }
  const window: FakeWindow = { isDestroyed: () => false, webContents: { mainFrame } }
  const windows: FakeWindow[] = [window]
  const services = {
    getAppInfo: vi.fn(() =>
      Promise.resolve({
        name: 'タネボード',
        version: '0.1.0',
        host: 'electron' as const,
        dataLocation: '/data',
      }),
    ),
    listSnapshots: vi.fn(() => Promise.resolve([])),
    readSnapshot: vi.fn(() => Promise.resolve(null)),
    writeSnapshot: vi.fn(() => Promise.resolve()),
    deleteSnapshot: vi.fn(() => Promise.resolve()),
    listBackups: vi.fn(() => Promise.resolve({ location: '/data/backups/ws-1', backups: [] })),
    writeBackup: vi.fn(() =>
      Promise.resolve({
        backupId: '20261124T101500123Z-transition',
        workshopId: 'ws-1',
        reason: 'transition' as const,
        savedAt: '2026-11-24T10:15:00.123Z',
        bytes: 2,
      }),
    ),
    readBackup: vi.fn(() => Promise.resolve('{}')),
    saveFile: vi.fn(() => Promise.resolve({ ok: true as const, location: '/tmp/a.json' })),
    openFile: vi.fn(() => Promise.resolve(null)),
    saveFiles: vi.fn(() =>
      Promise.resolve({ ok: true as const, location: '/tmp', names: ['a.taneboard'] }),
    ),
    openFiles: vi.fn(() => Promise.resolve(null)),
    printView: vi.fn(() => Promise.resolve({ ok: true as const, location: '/tmp/a.pdf' })),
    openProjectorWindow: vi.fn(() => Promise.resolve()),
    takeOpenedFiles: vi.fn(() => Promise.resolve({ files: [], omitted: 0 })),
    setMenuLanguage: vi.fn(() => Promise.resolve()),
    lanInterfaces: vi.fn(() => Promise.resolve([{ name: 'Wi-Fi', address: '192.168.137.1' }])),
    lanState: vi.fn(() => Promise.resolve(lanStateOff('desktop'))),
    lanStart: vi.fn(() => Promise.resolve({ ok: true as const, state: lanStateOff('desktop') })),
    lanStop: vi.fn(() => Promise.resolve({ ok: true as const, state: lanStateOff('desktop') })),
    lanOpenSession: vi.fn(() =>
      Promise.resolve({ ok: true as const, state: lanStateOff('desktop') }),
    ),
    lanDisconnectAll: vi.fn(() =>
      Promise.resolve({ ok: true as const, state: lanStateOff('desktop') }),
    ),
  } satisfies HostServices<FakeWindow>
  const unregister = registerHostHandlers({
    ipcMain,
    windows: () => windows,
    allowedOrigins,
    services,
  })

  function invoke(method: HostMethod, frame: Frame | null, args: unknown[]): Promise<unknown> {
    const listener = listeners.get(HOST_CHANNELS[method])
    if (!listener) throw new Error(`no handler for ${method}`)
    return listener({ senderFrame: frame }, ...args)
  }

  function expectNoServiceCalled(): void {
    for (const method of METHODS) expect(services[method]).not.toHaveBeenCalled()
  }

  return {
    listeners,
    mainFrame,
    window,
    windows,
    services,
    unregister,
    invoke,
    expectNoServiceCalled,
  }
}

describe('registerHostHandlers', () => {
  it('registers exactly one handler per channel and can remove them', () => {
    const { listeners, unregister } = setup()
    expect([...listeners.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort())
    unregister()
    expect(listeners.size).toBe(0)
  })

  it.each(METHODS)(
    'passes a valid %s call to the service with the calling window',
    async (method) => {
      const { invoke, mainFrame, window, services } = setup()
      const result = await invoke(method, mainFrame, VALID[method])
      expect(services[method]).toHaveBeenCalledTimes(1)
      expect(services[method]).toHaveBeenCalledWith(VALID[method][0], window)
      expect(result).toEqual(await services[method].mock.results[0]?.value)
    },
  )

  describe.each(METHODS)('%s', (method) => {
    it.each([
      'https://evil.example/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'about:blank',
    ])('rejects the main frame showing %s, with no side effect', async (url) => {
      const { invoke, mainFrame, expectNoServiceCalled } = setup()
      mainFrame.url = url
      await expect(invoke(method, mainFrame, VALID[method])).rejects.toThrow(/foreign origin/)
      expectNoServiceCalled()
    })

    it('rejects a subframe, even one on the app origin', async () => {
      const { invoke, expectNoServiceCalled } = setup()
      const subframe: Frame = { url: APP_URL }
      await expect(invoke(method, subframe, VALID[method])).rejects.toThrow(/main frame/)
      expectNoServiceCalled()
    })

    it('rejects a frame that is gone, or a window that is not ours or destroyed', async () => {
      const { invoke, window, windows, mainFrame, expectNoServiceCalled } = setup()
      await expect(invoke(method, null, VALID[method])).rejects.toThrow(/frame is gone/)
      window.isDestroyed = () => true
      await expect(invoke(method, mainFrame, VALID[method])).rejects.toThrow(/main frame/)
      windows.length = 0
      await expect(invoke(method, mainFrame, VALID[method])).rejects.toThrow(/main frame/)
      expectNoServiceCalled()
    })

    it.each(
      MALFORMED[method].map((payload) => [
        (JSON.stringify(payload) as string | undefined)?.slice(0, 60) ?? 'undefined',
        payload,
      ]),
    )('rejects the malformed payload %s, with no side effect', async (_label, payload) => {
      const { invoke, mainFrame, expectNoServiceCalled } = setup()
      await expect(invoke(method, mainFrame, [payload])).rejects.toThrow(/invalid request/)
      expectNoServiceCalled()
    })

    it('rejects extra arguments', async () => {
      const { invoke, mainFrame, expectNoServiceCalled } = setup()
      await expect(invoke(method, mainFrame, [...VALID[method], 'extra', 'more'])).rejects.toThrow(
        /Rejected/,
      )
      expectNoServiceCalled()
    })
  })

  it('accepts the dev server origin only when it is allowed', async () => {
    const devUrl = 'http://localhost:5173/'
    const strict = setup()
    strict.mainFrame.url = devUrl
    await expect(strict.invoke('getAppInfo', strict.mainFrame, [])).rejects.toThrow(/foreign/)

    const dev = setup(['app://taneboard', 'http://localhost:5173'])
    dev.mainFrame.url = devUrl
    await expect(dev.invoke('getAppInfo', dev.mainFrame, [])).resolves.toMatchObject({
      host: 'electron',
    })
  })

  it('accepts the projector window as a sender too, and tells the service which window asked', async () => {
    const { invoke, windows, services } = setup()
    const projectorFrame: Frame = {
      url: 'app://taneboard/index.html#/w/ws-1/g/grp-1/theme1/projector',
    }
    const projector: FakeWindow = {
      isDestroyed: () => false,
      webContents: { mainFrame: projectorFrame },
    }
    windows.push(projector)
    await invoke('readSnapshot', projectorFrame, ['ws-1'])
    expect(services.readSnapshot).toHaveBeenCalledWith('ws-1', projector)
    await invoke('openProjectorWindow', projectorFrame, VALID.openProjectorWindow)
    expect(services.openProjectorWindow).toHaveBeenCalledWith(
      VALID.openProjectorWindow[0],
      projector,
    )
    projector.isDestroyed = () => true
    await expect(invoke('getAppInfo', projectorFrame, [])).rejects.toThrow(/main frame/)
  })

  it('lets service errors reach the renderer', async () => {
    const { invoke, mainFrame, services } = setup()
    services.writeSnapshot.mockRejectedValueOnce(new Error('ENOSPC: could not write'))
    await expect(invoke('writeSnapshot', mainFrame, VALID.writeSnapshot)).rejects.toThrow(/^ENOSPC/)
    services.writeBackup.mockRejectedValueOnce(new Error('EACCES: could not write'))
    await expect(invoke('writeBackup', mainFrame, VALID.writeBackup)).rejects.toThrow(/^EACCES/)
  })
})
