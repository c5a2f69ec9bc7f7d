import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startTestHub, type TestHub } from './testing/lanTestKit'

// The admin API the facilitator's page uses in browser mode (`npm run web -- --lan`).
const ADMIN_KEY = 'k'.repeat(32)

function call(
  port: number,
  method: 'GET' | 'POST',
  path: string,
  key: string | null,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: {
          host: `127.0.0.1:${port}`,
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const json = res.headers['content-type']?.startsWith('application/json')
            ? (JSON.parse(text) as unknown)
            : text
          resolve({ status: res.statusCode ?? 0, json })
        })
      },
    )
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

let t: TestHub | null = null
afterEach(async () => {
  await t?.close()
  t = null
})

describe('the hub’s admin API (browser mode’s facilitator page)', () => {
  it('opens a session, reports the status, replaces the codes and stops sharing', async () => {
    t = await startTestHub({ adminKey: ADMIN_KEY })
    const port = t.port
    expect((await call(port, 'GET', '/lan/api/status', null)).status).toBe(401)
    expect((await call(port, 'GET', '/lan/api/status', 'wrong'.repeat(7))).status).toBe(401)

    const none = await call(port, 'GET', '/lan/api/status', ADMIN_KEY)
    expect(none).toMatchObject({ status: 200, json: { status: { workshopId: null }, join: null } })

    const opened = await call(port, 'POST', '/lan/api/session', ADMIN_KEY, {
      workshopId: 'w1',
      groupIds: ['g1', 'g2'],
    })
    expect(opened.status).toBe(200)
    const join = opened.json as { groups: { groupId: string; code: string }[] }
    expect(join.groups.map((g) => g.groupId)).toEqual(['g1', 'g2'])

    const status = await call(port, 'GET', '/lan/api/status', ADMIN_KEY)
    expect(status.json).toMatchObject({
      status: {
        listening: true,
        workshopId: 'w1',
        groups: [
          { groupId: 'g1', devices: 0, lastChangeAt: null },
          { groupId: 'g2', devices: 0, lastChangeAt: null },
        ],
      },
      join: { workshopId: 'w1' },
    })

    const replaced = await call(port, 'POST', '/lan/api/disconnect', ADMIN_KEY, {})
    expect((replaced.json as typeof join).groups[0]!.code).not.toBe(join.groups[0]!.code)

    const stopped = await call(port, 'POST', '/lan/api/stop', ADMIN_KEY, {})
    expect(stopped).toMatchObject({
      status: 200,
      json: { status: { listening: true, workshopId: null, groups: [] }, join: null },
    })
    expect(t.lines).toContain('[lan] session closed')
  })

  it('refuses a malformed session and unknown paths', async () => {
    t = await startTestHub({ adminKey: ADMIN_KEY })
    expect(
      (await call(t.port, 'POST', '/lan/api/session', ADMIN_KEY, { workshopId: '../x' })).status,
    ).toBe(400)
    expect((await call(t.port, 'POST', '/lan/api/other', ADMIN_KEY, {})).status).toBe(404)
  })
})
