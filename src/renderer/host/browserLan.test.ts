import { describe, expect, it } from 'vitest'
import { rejectionText } from '../../shared/testing/rejectionText'
import { adoptLanAdminKey, createBrowserLan, LAN_ADMIN_KEY_ITEM } from './browserLan'

const KEY = 'AbCdEfGhIjKlMnOpQrStUvWx0123456789_-'
const ORIGIN = 'http://192.168.137.1:8730'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value)
    },
  }
}

const JOIN = {
  workshopId: 'w1',
  url: `${ORIGIN}/`,
  facilitator: { token: 'f.x', code: 'ABCD-EFGH', url: `${ORIGIN}/#/join/f.x` },
  groups: [{ groupId: 'g1', token: 't.g1.x', code: 'JKMN-PQRS', url: `${ORIGIN}/#/join/t.g1.x` }],
}
const STATUS = {
  listening: true,
  workshopId: 'w1',
  connections: 2,
  groups: [{ groupId: 'g1', devices: 2, lastChangeAt: 1_700_000_000_000 }],
}

/** A hub answering like `/lan/api/*` does; records every request. */
function fakeHub(reply: (path: string) => { status: number; body?: unknown }) {
  const requests: { url: string; method: string; auth: string | null; body: unknown }[] = []
  const fakeFetch = ((input: string, init: RequestInit) => {
    const headers = new Headers(init.headers)
    requests.push({
      url: input,
      method: init.method ?? 'GET',
      auth: headers.get('authorization'),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    })
    const { status, body } = reply(new URL(input).pathname)
    return Promise.resolve(
      new Response(body === undefined ? 'x' : JSON.stringify(body), {
        status,
        headers: { 'content-type': body === undefined ? 'text/plain' : 'application/json' },
      }),
    )
  }) as typeof globalThis.fetch
  return { fetch: fakeFetch, requests }
}

describe('the facilitator URL of browser mode’s LAN server', () => {
  it('moves the admin key from the fragment to sessionStorage and leaves #/', () => {
    const storage = memoryStorage()
    const replaced: string[] = []
    const adopted = adoptLanAdminKey(
      { hash: `#/lan-admin/${KEY}`, pathname: '/', search: '' },
      storage,
      { replaceState: (_data, _unused, url) => replaced.push(String(url)) },
    )
    expect(adopted).toBe(true)
    expect(storage.items.get(LAN_ADMIN_KEY_ITEM)).toBe(KEY)
    expect(replaced).toEqual(['/#/'])
  })

  it('leaves other addresses alone', () => {
    const storage = memoryStorage()
    const replaced: string[] = []
    for (const hash of ['#/', '#/lan-admin/', '#/lan-admin/short', `#/lan-admin/${KEY}/x`]) {
      expect(
        adoptLanAdminKey({ hash, pathname: '/', search: '' }, storage, {
          replaceState: () => replaced.push(hash),
        }),
      ).toBe(false)
    }
    expect(storage.items.size).toBe(0)
    expect(replaced).toEqual([])
  })
})

describe('the browser host’s LAN part', () => {
  it('without a key: no hub, and starting says what it needs', async () => {
    const hub = fakeHub(() => ({ status: 200, body: {} }))
    const lan = createBrowserLan({ storage: memoryStorage(), origin: ORIGIN, fetch: hub.fetch })
    expect(await lan.lanState()).toMatchObject({ mode: 'none', sharing: false })
    expect(await lan.lanInterfaces()).toEqual([])
    expect(
      await lan.lanStart({ workshopId: 'w1', groupIds: [], address: '1.2.3.4', port: 1 }),
    ).toEqual({ ok: false, error: { code: 'lanShare.needsHub' } })
    expect(hub.requests).toEqual([])
  })

  it('calls the admin API with the bearer key and reads the state', async () => {
    let sharing = false
    const hub = fakeHub((path) => {
      if (path === '/lan/api/session') sharing = true
      if (path === '/lan/api/stop') sharing = false
      return {
        status: 200,
        body: sharing
          ? { status: STATUS, join: JOIN }
          : { status: { ...STATUS, workshopId: null, groups: [] }, join: null },
      }
    })
    const lan = createBrowserLan({
      storage: memoryStorage({ [LAN_ADMIN_KEY_ITEM]: KEY }),
      origin: ORIGIN,
      fetch: hub.fetch,
    })
    expect(await lan.lanState()).toMatchObject({ mode: 'server', sharing: false, join: null })
    const started = await lan.lanStart({
      workshopId: 'w1',
      groupIds: ['g1'],
      address: '0.0.0.0',
      port: 1,
    })
    expect(started).toEqual({
      ok: true,
      state: {
        mode: 'server',
        sharing: true,
        address: '192.168.137.1',
        port: 8730,
        clientUrl: `${ORIGIN}/`,
        status: STATUS,
        join: JOIN,
      },
    })
    expect(hub.requests[1]).toEqual({
      url: `${ORIGIN}/lan/api/session`,
      method: 'POST',
      auth: `Bearer ${KEY}`,
      body: { workshopId: 'w1', groupIds: ['g1'] },
    })
    await lan.lanDisconnectAll()
    await lan.lanOpenSession({ workshopId: 'w1', groupIds: ['g1', 'g2'] })
    expect((await lan.lanStop()).ok).toBe(true)
    expect(hub.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /lan/api/status',
      'POST /lan/api/session',
      'GET /lan/api/status',
      'POST /lan/api/disconnect',
      'GET /lan/api/status',
      'POST /lan/api/session',
      'GET /lan/api/status',
      'POST /lan/api/stop',
      'GET /lan/api/status',
    ])
    expect(hub.requests.every((r) => r.auth === `Bearer ${KEY}` && !r.url.includes(KEY))).toBe(true)
  })

  it('says when the key is refused, the server has no hub, or cannot be reached', async () => {
    const storage = memoryStorage({ [LAN_ADMIN_KEY_ITEM]: KEY })
    const refused = createBrowserLan({
      storage,
      origin: ORIGIN,
      fetch: fakeHub(() => ({ status: 401 })).fetch,
    })
    expect(await rejectionText(refused.lanState())).toContain('管理キーが正しくありません')
    const plain = createBrowserLan({
      storage,
      origin: ORIGIN,
      fetch: fakeHub(() => ({ status: 404 })).fetch,
    })
    expect(await plain.lanDisconnectAll()).toEqual({
      ok: false,
      error: { code: 'lanShare.needsHub' },
    })
    const gone = createBrowserLan({
      storage,
      origin: ORIGIN,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await gone.lanStop()).toEqual({ ok: false, error: { code: 'lanShare.unreachable' } })
  })
})
