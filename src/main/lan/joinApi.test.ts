import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestHub, type TestHub } from './testing/lanTestKit'

interface Reply {
  status: number
  json: unknown
}

function post(
  port: number,
  body: string,
  options: { headers?: Record<string, string>; method?: string; path?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path ?? '/lan/join',
        method: options.method ?? 'POST',
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          origin: `http://127.0.0.1:${port}`,
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown = text
          try {
            json = JSON.parse(text)
          } catch {
            // plain text answers (the Host/Origin guard)
          }
          resolve({ status: res.statusCode ?? 0, json })
        })
      },
    )
    req.on('error', reject)
    if (body !== '') req.write(body)
    req.end()
  })
}

const code = (value: string) => JSON.stringify({ code: value })

// this file's hubs stay in ports 18715-18719 (other test files run hubs at the same time)
let nextPort = 18715
let t: TestHub
beforeEach(async () => {
  nextPort = nextPort >= 18719 ? 18715 : nextPort + 1
  t = await startTestHub({ port: nextPort })
})
afterEach(async () => {
  await t.close()
})

async function opened() {
  const join = await t.hub.open({ workshopId: 'ws-1', groupIds: ['g-a', 'g-b'] })
  const groupA = join.groups.find((g) => g.groupId === 'g-a')!
  return { join, groupA }
}

describe('POST /lan/join', () => {
  it('answers what a table’s typed code opens: its group and the token to keep', async () => {
    const { groupA } = await opened()
    const typed = groupA.code.toLowerCase().replace('-', ' ')
    const reply = await post(t.port, code(typed))
    expect(reply).toEqual({
      status: 200,
      json: { role: 'table', workshopId: 'ws-1', groupId: 'g-a', token: groupA.token },
    })
    // the token from the URL fragment opens the same
    expect(await post(t.port, code(groupA.token))).toEqual(reply)
  })

  it('answers the facilitator’s code with the facilitator’s token', async () => {
    const { join } = await opened()
    expect(await post(t.port, code(join.facilitator.code))).toEqual({
      status: 200,
      json: { role: 'facilitator', workshopId: 'ws-1', token: join.facilitator.token },
    })
  })

  it('refuses a wrong code, never logs a code, and locks the address out after 10 failures', async () => {
    const { groupA } = await opened()
    for (let i = 0; i < 10; i += 1) {
      expect(await post(t.port, code(`ZZZZ-ZZZ${i}`))).toEqual({
        status: 403,
        json: { error: 'wrongCode' },
      })
    }
    expect(await post(t.port, code(groupA.code))).toEqual({
      status: 429,
      json: { error: 'throttled' },
    })
    const log = t.lines.join('\n')
    expect(log).toContain('refused a join code')
    expect(log).not.toContain('ZZZZ')
    expect(log).not.toContain(groupA.code)
    expect(log).not.toContain(groupA.code.replace('-', ''))
  })

  it('the same wrong code again is not another guess: the right one still works', async () => {
    const { groupA } = await opened()
    for (let i = 0; i < 15; i += 1) {
      expect((await post(t.port, code('ZZZZ-ZZZZ'))).status).toBe(403)
    }
    expect((await post(t.port, code(groupA.code))).status).toBe(200)
  })

  it('a code replaced by 「すべて切断」 opens nothing any more', async () => {
    const { groupA } = await opened()
    const after = await t.hub.disconnectAll()
    expect(await post(t.port, code(groupA.code))).toEqual({
      status: 403,
      json: { error: 'wrongCode' },
    })
    const fresh = after!.groups.find((g) => g.groupId === 'g-a')!
    expect((await post(t.port, code(fresh.code))).status).toBe(200)
  })

  it('says when no workshop is open', async () => {
    expect(await post(t.port, code('ABCD-EFGH'))).toEqual({
      status: 503,
      json: { error: 'noSession' },
    })
  })

  it('refuses anything but a small JSON body with one code, by POST', async () => {
    const { groupA } = await opened()
    const refused = async (body: string, headers: Record<string, string> = {}, method = 'POST') =>
      post(t.port, body, { headers, method })
    expect(await refused('', {}, 'GET')).toEqual({ status: 405, json: { error: 'method' } })
    expect(await refused(code(groupA.code), { 'content-type': 'text/plain' })).toEqual({
      status: 415,
      json: { error: 'contentType' },
    })
    expect(await refused(JSON.stringify({ code: groupA.code, pad: 'x'.repeat(2000) }))).toEqual({
      status: 413,
      json: { error: 'tooLarge' },
    })
    expect(await refused('{"code":')).toEqual({ status: 400, json: { error: 'badRequest' } })
    expect(await refused(JSON.stringify({ code: groupA.code, role: 'facilitator' }))).toEqual({
      status: 400,
      json: { error: 'badRequest' },
    })
    expect(await refused(JSON.stringify({ code: 42 }))).toEqual({
      status: 400,
      json: { error: 'badRequest' },
    })
  })

  it('checks Host and Origin like every request (no DNS rebinding, no other site)', async () => {
    const { groupA } = await opened()
    expect(
      (await post(t.port, code(groupA.code), { headers: { host: 'evil.example:80' } })).status,
    ).toBe(403)
    expect(
      (await post(t.port, code(groupA.code), { headers: { origin: 'http://evil.example' } }))
        .status,
    ).toBe(403)
  })
})
