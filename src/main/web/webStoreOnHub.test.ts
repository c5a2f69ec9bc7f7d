import { readdir } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeWorkshopFile } from '../../shared/files/workshopFile'
import { fakeContext } from '../../shared/testing/fakeContext'
import { createSampleWorkshop } from '../../shared/templates/sampleWorkshop'
import { startTestHub, tempDir, type TestHub } from '../lan/testing/lanTestKit'
import { createWebStore, STORE_API_PREFIX } from './webStore'

// `npm run web -- --lan`: the disk store on the hub's port, where the tables' browsers come too.
// Only the facilitator's page, holding the admin key its URL brought, reaches it.

const ADMIN_KEY = 'k'.repeat(32)
const doc = createSampleWorkshop(fakeContext())
const FILE = serializeWorkshopFile(doc, 'test', '2026-11-24T10:00:00.000Z')

function put(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `${STORE_API_PREFIX}snapshots/${doc.workshop.id}`,
        method: 'PUT',
        headers: { host: `127.0.0.1:${port}`, 'x-taneboard-store': '1', ...headers },
      },
      (res) => {
        res.resume()
        res.on('end', () => {
          resolve(res.statusCode ?? 0)
        })
      },
    )
    req.on('error', reject)
    req.end(FILE)
  })
}

let t: TestHub | null = null
afterEach(async () => {
  await t?.close()
  t = null
})

describe('the disk store on the LAN hub', () => {
  it('answers the facilitator’s key only: a table’s browser (no key, a wrong key) is refused', async () => {
    const folder = await tempDir('store')
    const store = createWebStore({ dataDirectory: folder, hosts: null, adminKey: ADMIN_KEY })
    t = await startTestHub({
      adminKey: ADMIN_KEY,
      routes: (req, res, path) => store.handle(req, res, path),
    })
    expect(await put(t.port, {})).toBe(403)
    expect(await put(t.port, { authorization: `Bearer ${'t'.repeat(32)}` })).toBe(403)
    // Another origin is refused by the hub before the store is asked.
    expect(
      await put(t.port, { authorization: `Bearer ${ADMIN_KEY}`, origin: 'http://evil.example' }),
    ).toBe(403)
    expect(await readdir(folder)).toEqual([])
    expect(await put(t.port, { authorization: `Bearer ${ADMIN_KEY}`, origin: t.origin })).toBe(204)
    expect(await readdir(join(folder, 'workshops'))).toEqual([`${doc.workshop.id}.taneboard.json`])
  })
})
