import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { fakeContext } from '../../shared/testing/fakeContext'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { createWebStore, STORE_API_PREFIX, type WebStore, type WebStoreOptions } from './webStore'

// Browser mode's disk store, for real: a server on 127.0.0.1, files in a temp folder.

let root = ''
let server: Server | null = null
let port = 0

const doc = createSampleWorkshop(fakeContext())
const WORKSHOP_ID = doc.workshop.id
const FILE = serializeWorkshopFile(doc, 'test', '2026-11-24T10:00:00.000Z')

/** Listens on a free port of 127.0.0.1; the store's guard then knows the port as its host. */
async function start(options: Partial<WebStoreOptions> = {}): Promise<void> {
  let store: WebStore | null = null
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (!store?.handle(req, res, path)) res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  store = createWebStore({
    dataDirectory: root,
    hosts: [`127.0.0.1:${port}`, `localhost:${port}`],
    now: () => Date.parse('2026-11-24T10:15:00.123Z'),
    ...options,
  })
}

interface Reply {
  status: number
  text: string
}

function call(
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string>; plain?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `${STORE_API_PREFIX}${path}`,
        method,
        headers: {
          host: `127.0.0.1:${port}`,
          ...(options.plain ? {} : { 'x-taneboard-store': '1' }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
        })
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'taneboard-webstore-'))
})

afterEach(async () => {
  const running = server
  if (running) {
    await new Promise<void>((resolve) => {
      running.close(() => {
        resolve()
      })
    })
  }
  server = null
  await rm(root, { recursive: true, force: true })
})

describe('the disk store of npm run web', () => {
  it('keeps the second copy as a real file, atomically written, and lists and reads it back', async () => {
    await start()
    const info = await call('GET', 'info')
    expect(info.status).toBe(200)
    expect(JSON.parse(info.text)).toEqual({
      directory: root,
      snapshots: join(root, 'workshops'),
      backups: join(root, 'backups'),
    })
    expect((await call('GET', `snapshots/${WORKSHOP_ID}`)).status).toBe(404)
    expect((await call('PUT', `snapshots/${WORKSHOP_ID}`, { body: FILE })).status).toBe(204)
    expect(await readdir(join(root, 'workshops'))).toEqual([`${WORKSHOP_ID}.taneboard.json`])
    expect(await readFile(join(root, 'workshops', `${WORKSHOP_ID}.taneboard.json`), 'utf8')).toBe(
      FILE,
    )
    const list = JSON.parse((await call('GET', 'snapshots')).text) as { workshopId: string }[]
    expect(list.map((s) => s.workshopId)).toEqual([WORKSHOP_ID])
    expect((await call('GET', `snapshots/${WORKSHOP_ID}`)).text).toBe(FILE)
    expect((await call('DELETE', `snapshots/${WORKSHOP_ID}`)).status).toBe(204)
    expect(await readdir(join(root, 'workshops'))).toEqual([])
  })

  it('keeps backups in <folder>/backups/<id>/, named as on the desktop, with a transition’s row', async () => {
    await start()
    const written = await call('POST', `backups/${WORKSHOP_ID}`, {
      body: JSON.stringify({ reason: 'transition', position: 'row-abc', content: FILE }),
    })
    expect(written.status).toBe(200)
    const info = JSON.parse(written.text) as { backupId: string; position: string }
    expect(info).toMatchObject({
      backupId: '20261124T101500123Z-transition.row-abc',
      position: 'row-abc',
    })
    expect(await readdir(join(root, 'backups', WORKSHOP_ID))).toEqual([
      '20261124T101500123Z-transition.row-abc.taneboard',
    ])
    const list = JSON.parse((await call('GET', `backups/${WORKSHOP_ID}`)).text) as {
      location: string
      backups: { backupId: string }[]
    }
    expect(list.location).toBe(join(root, 'backups', WORKSHOP_ID))
    expect(list.backups.map((b) => b.backupId)).toEqual([info.backupId])
    expect((await call('GET', `backups/${WORKSHOP_ID}/${info.backupId}`)).text).toBe(FILE)
    expect((await call('GET', `backups/${WORKSHOP_ID}/20261124T101500123Z-change`)).status).toBe(
      404,
    )
  })

  it('validates every payload: only a workshop file of that workshop, known reasons, sane ids', async () => {
    await start()
    const refused = [
      await call('PUT', `snapshots/${WORKSHOP_ID}`, { body: '{"not":"a workshop"}' }),
      await call('PUT', 'snapshots/other-id', { body: FILE }),
      await call('PUT', 'snapshots/..%2F..%2Fetc', { body: FILE }),
      await call('POST', `backups/${WORKSHOP_ID}`, { body: 'not json' }),
      await call('POST', `backups/${WORKSHOP_ID}`, {
        body: JSON.stringify({ reason: 'whatever', content: FILE }),
      }),
      await call('POST', `backups/${WORKSHOP_ID}`, {
        body: JSON.stringify({ reason: 'transition', position: '../x', content: FILE }),
      }),
      await call('POST', `backups/${WORKSHOP_ID}`, {
        body: JSON.stringify({ reason: 'change', content: FILE, extra: 1 }),
      }),
      await call('GET', `backups/${WORKSHOP_ID}/..%2F..%2Fsecret`),
    ]
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400])
    expect(await readdir(root).catch(() => [])).not.toContain('etc')
    expect(await readdir(join(root, 'workshops')).catch(() => [] as string[])).toEqual([])
  })

  it('refuses a body over the size limit without reading it all', async () => {
    await start({ maxBodyBytes: 1024 })
    const big = await call('PUT', `snapshots/${WORKSHOP_ID}`, { body: 'x'.repeat(4096) })
    expect(big.status).toBe(413)
  })

  it('answers only the facilitator’s own page: its header, its origin, its host', async () => {
    await start()
    const put = (headers: Record<string, string>, plain = false) =>
      call('PUT', `snapshots/${WORKSHOP_ID}`, { body: FILE, headers, plain })
    expect((await put({}, true)).status).toBe(403) // a plain form post or image load
    expect((await put({ origin: 'http://evil.example' })).status).toBe(403)
    expect((await put({ origin: 'http://127.0.0.1:1' })).status).toBe(403) // another local app
    expect((await put({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await put({ host: 'rebound.example' })).status).toBe(403) // DNS rebinding
    expect(await readdir(root)).toEqual([])
    expect((await put({ origin: `http://127.0.0.1:${port}` })).status).toBe(204)
  })

  it('with an admin key (tables on the same port), only a request bearing it', async () => {
    await start({ adminKey: 'k'.repeat(32) })
    expect((await call('GET', 'info')).status).toBe(403)
    expect(
      (await call('GET', 'info', { headers: { authorization: `Bearer ${'x'.repeat(32)}` } }))
        .status,
    ).toBe(403)
    expect(
      (await call('GET', 'info', { headers: { authorization: `Bearer ${'k'.repeat(32)}` } }))
        .status,
    ).toBe(200)
  })
})
