import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { HOST_CHANNELS, type HostInvokeApi } from '../shared/host/hostApi'
import { registerHostHandlers, type InvokeEventLike } from './ipc/registerHostHandlers'
import { createAppProtocolHandler } from './protocol/appProtocol'

/*
 * The hostile cases of the security review (issue 15) that the per-module tests do not already
 * list: requests from frames that are not our main frame, arguments built to confuse a schema,
 * and app:// paths built to leave the renderer's folder. Electron is faked at its boundary.
 */

type Method = keyof HostInvokeApi
type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>
const APP_URL = 'app://taneboard/index.html'

function harness() {
  const listeners = new Map<string, Listener>()
  const mainFrame = { url: APP_URL }
  const destroyedFrame = { url: APP_URL }
  const service = vi.fn(() => Promise.resolve(null))
  const services = Object.fromEntries(
    (Object.keys(HOST_CHANNELS) as Method[]).map((method) => [method, service]),
  ) as unknown as Parameters<typeof registerHostHandlers>[0]['services']
  registerHostHandlers({
    ipcMain: {
      handle: (channel, listener) => listeners.set(channel, listener),
      removeHandler: (channel) => listeners.delete(channel),
    },
    windows: () => [
      { isDestroyed: () => false, webContents: { mainFrame } },
      { isDestroyed: () => true, webContents: { mainFrame: destroyedFrame } },
    ],
    allowedOrigins: ['app://taneboard'],
    services,
  })
  const call = (method: Method, frame: { url: string } | null, ...args: unknown[]) => {
    const listener = listeners.get(HOST_CHANNELS[method])
    if (!listener) throw new Error(`no handler for ${method}`)
    return listener({ senderFrame: frame }, ...args)
  }
  return { call, service, mainFrame, destroyedFrame }
}

describe('IPC requests from anything but our main frame are refused, on every channel', () => {
  const frames: [string, (h: ReturnType<typeof harness>) => { url: string } | null][] = [
    ['a frame that is gone', () => null],
    ['a subframe showing our page', () => ({ url: APP_URL })],
    ['the main frame of a destroyed window', (h) => h.destroyedFrame],
    ...[
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///C:/Users/x/index.html',
      'app://evil/index.html',
      'app://taneboard.evil/index.html',
      'app://taneboard@evil/index.html',
      'data:text/html,<script>1</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/page.html',
      '',
    ].map((url): [string, (h: ReturnType<typeof harness>) => { url: string }] => [
      `our main frame navigated to ${url || '(empty)'}`,
      (h) => Object.assign(h.mainFrame, { url }),
    ]),
  ]
  it.each(frames)('%s', async (_name, frameOf) => {
    for (const method of Object.keys(HOST_CHANNELS) as Method[]) {
      const h = harness()
      await expect(h.call(method, frameOf(h), undefined)).rejects.toThrow(/^Rejected /)
      expect(h.service).not.toHaveBeenCalled()
    }
  })
})

describe('IPC arguments built to confuse a schema are refused before any service runs', () => {
  const polluted = JSON.parse(
    '{"__proto__":{"admin":true},"workshopId":"ws-1","content":"{}"}',
  ) as unknown
  const cases: [Method, unknown[]][] = [
    ['writeSnapshot', [polluted]],
    ['writeSnapshot', [{ workshopId: 'ws-1', content: '{}' }, 'extra']],
    ['writeSnapshot', [{ workshopId: 'ws\u00001', content: '{}' }]],
    ['writeSnapshot', [{ workshopId: 'ｗｓ－１', content: '{}' }]],
    ['writeSnapshot', [{ workshopId: 'constructor', content: '{}' }]],
    ['writeSnapshot', [[{ workshopId: 'ws-1', content: '{}' }]]],
    ['readSnapshot', ['__proto__']],
    ['readSnapshot', ['ws-1\\..\\x']],
    ['deleteSnapshot', [{ toString: () => 'ws-1' }]],
    ['listBackups', ['ws-1%2f..']],
    ['writeBackup', [{ workshopId: 'ws-1', reason: 'toString', content: '{}' }]],
    ['writeBackup', [{ workshopId: 'ws-1', reason: '__proto__', content: '{}' }]],
    ['readBackup', [{ workshopId: 'ws-1', backupId: '20261124T101500123Z-change\u0000' }]],
    ['readBackup', [{ workshopId: 'ws-1', backupId: '99999999T999999999Z-change/..' }]],
    ['saveFile', [{ suggestedName: 'a\u0000.txt', content: '', encoding: 'utf8', filters: [] }]],
    ['saveFile', [{ suggestedName: 'a|b.txt', content: '', encoding: 'utf8', filters: [] }]],
    ['saveFile', [{ suggestedName: 'x'.repeat(121), content: '', encoding: 'utf8', filters: [] }]],
    [
      'saveFile',
      [
        {
          suggestedName: 'a.txt',
          content: '',
          encoding: 'utf8',
          filters: Array.from({ length: 6 }, () => ({ name: 'x', extensions: ['x'] })),
        },
      ],
    ],
    ['openFile', [{ extensions: ['json'], maxBytes: 1.5 }]],
    ['openFile', [{ extensions: ['json'], maxBytes: Number.POSITIVE_INFINITY }]],
    ['openFile', [{ extensions: ['x'.repeat(11)], maxBytes: 10 }]],
    ['printView', [{ suggestedName: 'a', pageSize: 'Letter', landscape: true }]],
    ['openProjectorWindow', [{ route: '#/w/ws-1/../../../etc' }]],
    ['openProjectorWindow', [{ route: '#/w/ws-1/%2F%2Fevil.example' }]],
    ['openProjectorWindow', [{ route: '#/w/ws-1\u2028' }]],
    ['openProjectorWindow', [{ route: ' #/w/ws-1' }]],
    ['getAppInfo', [{ path: true }]],
    ['listSnapshots', [[]]],
  ]
  it.each(cases)('%s %j', async (method, args) => {
    const h = harness()
    await expect(h.call(method, h.mainFrame, ...args)).rejects.toThrow(/^Rejected /)
    expect(h.service).not.toHaveBeenCalled()
    expect(({} as { admin?: unknown }).admin).toBeUndefined()
  })
})

describe('app:// paths built to leave the renderer folder', () => {
  let base = ''
  let root = ''
  const SECRET = 'REVIEW-SECRET'

  beforeAll(async () => {
    base = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-review-'))
    root = join(base, 'renderer')
    await nodeFs.mkdir(join(root, 'assets'), { recursive: true })
    await nodeFs.writeFile(join(root, 'index.html'), '<!doctype html>')
    await nodeFs.writeFile(join(base, 'secret.txt'), SECRET)
  })

  afterAll(async () => {
    await nodeFs.rm(base, { recursive: true, force: true })
  })

  it.each([
    'app://taneboard/%252e%252e/secret.txt',
    'app://taneboard/%25252e%25252e%25252fsecret.txt',
    'app://taneboard/..%c0%afsecret.txt',
    'app://taneboard/..%ef%bc%8fsecret.txt',
    'app://taneboard/%ef%bc%8e%ef%bc%8e/secret.txt',
    'app://taneboard/assets\\..\\..\\secret.txt',
    'app://taneboard/%5c..%5c..%5csecret.txt',
    'app://taneboard/index.html/..%2f..%2fsecret.txt',
    'app://taneboard/....//secret.txt',
    'app://taneboard/.%2e/secret.txt',
    'app://taneboard/assets/..;/..;/secret.txt',
    'app://taneboard/%2e%2e%2f%2e%2e%2fsecret.txt%00.html',
    'app://taneboard/index.html::$DATA',
    'app://taneboard/CON',
    'app://taneboard/assets/..%252f..%252fsecret.txt',
    `app://taneboard/${'a/'.repeat(2000)}x`,
    'app://taneboard:8080/../secret.txt',
    'app://taneboard/%2e%2e%5csecret.txt',
    'app://TANEBOARD/..%2Fsecret.txt',
    'app://taneboard/\u2025/secret.txt',
  ])('refuses %s without reading outside the folder', async (url) => {
    const readFile = vi.fn((path: string) => nodeFs.readFile(path))
    const handle = createAppProtocolHandler({
      rootDirectory: root,
      readFile,
      realpath: (path) => nodeFs.realpath(path),
    })
    const response = await handle(new Request(url))
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(await response.text()).not.toContain(SECRET)
    for (const [path] of readFile.mock.calls) {
      expect(resolve(path).startsWith(root + '/')).toBe(true)
    }
  })
})
