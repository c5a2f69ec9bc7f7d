import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { AnyRecord } from '../../../shared/model/schemas'
import type { DocRef } from '../../../shared/sync/docNames'
import { materialise } from '../../../shared/sync/materialise'
import { SYNC_PATH } from '../../../shared/sync/docNames'
import { VERSIONS_MAP, versionKey } from '../../../shared/sync/versionKeys'
import { createLanHub, type LanHub, type LanHubOptions } from '../lanHub'

/** Test helpers for the hub: a fake renderer build, a hub on a free port, Node devices. Tests only. */

let nextPort = 18700 + Math.floor(Math.random() * 40)

/** A port of lan's range (18700-18799) for this test file's next hub. */
export function freePort(): number {
  nextPort = nextPort >= 18799 ? 18700 : nextPort + 1
  return nextPort
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `taneboard-${prefix}-`))
}

/** A renderer build: index.html and one hashed script. */
export async function fakeRenderer(): Promise<string> {
  const root = await tempDir('renderer')
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>タネボード</title>')
  await writeFile(join(root, 'assets', 'index-AbCd1234.js'), 'console.log("x");'.repeat(200))
  return root
}

export interface TestHub {
  hub: LanHub
  port: number
  origin: string
  dataDirectory: string
  lines: string[]
  restart(): Promise<void>
  close(): Promise<void>
}

export async function startTestHub(extra: Partial<LanHubOptions> = {}): Promise<TestHub> {
  const rootDirectory = await fakeRenderer()
  const dataDirectory = extra.dataDirectory ?? (await tempDir('lan'))
  const lines: string[] = []
  // Test files run in parallel, each picking ports of the same range: take the next one when a
  // port is taken.
  for (let attempt = 0; ; attempt++) {
    const port = extra.port ?? freePort()
    try {
      return await startTestHubOn(port, rootDirectory, dataDirectory, lines, extra)
    } catch (error) {
      const inUse = (error as { code?: string }).code === 'EADDRINUSE'
      if (!inUse || extra.port !== undefined || attempt >= 20) throw error
    }
  }
}

async function startTestHubOn(
  port: number,
  rootDirectory: string,
  dataDirectory: string,
  lines: string[],
  extra: Partial<LanHubOptions>,
): Promise<TestHub> {
  const make = (): LanHub =>
    createLanHub({
      rootDirectory,
      dataDirectory,
      addresses: ['127.0.0.1'],
      port,
      log: (line) => lines.push(line),
      storeDebounceMs: 50,
      storeMaxDebounceMs: 200,
      ...extra,
    })
  const self: TestHub = {
    hub: make(),
    port,
    origin: `http://127.0.0.1:${port}`,
    dataDirectory,
    lines,
    async restart() {
      await self.hub.stop()
      self.hub = make()
      await self.hub.start()
    },
    async close() {
      await self.hub.stop()
      await rm(rootDirectory, { recursive: true, force: true })
      await rm(dataDirectory, { recursive: true, force: true })
    },
  }
  await self.hub.start()
  return self
}

/** A WebSocket class sending a given Origin (Node's WebSocket sends none by itself). */
export function webSocketWithOrigin(origin: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[] | WebSocketInit) {
      const list =
        typeof protocols === 'object' && !Array.isArray(protocols) ? undefined : protocols
      super(url, { protocols: list, headers: { origin } })
    }
  }
}

/** One device: one socket, documents opened over it (multiplexed), each a Y.Doc. */
export function testDevice(port: number, origin = `http://127.0.0.1:${port}`) {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    WebSocketPolyfill: webSocketWithOrigin(origin),
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.5,
    messageReconnectTimeout: 2_000,
  })
  const providers: HocuspocusProvider[] = []
  return {
    socket,
    open(name: string, token: string, document = new Y.Doc()) {
      const outcome = { failed: null as string | null, authenticated: false }
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name,
        document,
        token,
        onAuthenticationFailed: ({ reason }) => {
          outcome.failed = reason
        },
        onAuthenticated: () => {
          outcome.authenticated = true
        },
      })
      provider.attach()
      providers.push(provider)
      return { provider, document, outcome, versions: document.getMap<unknown>(VERSIONS_MAP) }
    },
    destroy() {
      for (const provider of providers) provider.destroy()
      socket.destroy()
    },
  }
}

/** Writes record versions under the slot's keys, in one transaction. */
export function put(document: Y.Doc, slot: string, records: readonly AnyRecord[]): void {
  const versions = document.getMap<unknown>(VERSIONS_MAP)
  document.transact(() => {
    for (const record of records) versions.set(versionKey(record, slot), record)
  })
}

/** What a document shows (materialised). */
export function shown(ref: DocRef, document: Y.Doc) {
  return materialise(ref, document.getMap<unknown>(VERSIONS_MAP).entries())
}

/** Waits until `condition` holds (polling), or fails after `ms`. */
export async function until(
  condition: () => boolean,
  ms = 5_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
