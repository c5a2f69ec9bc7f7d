import { describe, expect, it } from 'vitest'
import { errorRefOf } from '../../shared/errors/appError'
import { openServerStores } from './serverStores'

interface Sent {
  url: string
  init: RequestInit
}

/** A fetch answering each path with `reply`, recording what the page sent. */
function fakeFetch(reply: (url: string, init: RequestInit) => Response | Error) {
  const sent: Sent[] = []
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url
    sent.push({ url, init })
    const answer = reply(url, init)
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  }
  return { fetch, sent }
}

const INFO = { directory: '/home/f/TaneBoard-data', snapshots: '/s', backups: '/b' }
const origin = 'http://127.0.0.1:4173'

describe('the page’s side of the disk store', () => {
  it('finds the server’s store and sends its header (and the LAN key when it holds one)', async () => {
    const { fetch, sent } = fakeFetch(() => Response.json(INFO))
    const stores = await openServerStores({ origin, fetch, adminKey: () => 'k'.repeat(32) })
    expect(stores?.info).toEqual(INFO)
    expect(stores?.snapshots.dataLocation).toBe('/s')
    expect(sent[0]?.url).toBe('http://127.0.0.1:4173/api/store/info')
    expect(sent[0]?.init.headers).toMatchObject({
      'x-taneboard-store': '1',
      authorization: `Bearer ${'k'.repeat(32)}`,
    })
    expect(sent[0]?.init.credentials).toBe('omit')
  })

  it.each([
    ['a static host (404)', () => new Response('Not found', { status: 404 })],
    ['a refusal (403, a table on the LAN hub)', () => new Response('Forbidden', { status: 403 })],
    ['an answer that is not the store’s', () => Response.json({ hello: 1 })],
    ['no server at all', () => new TypeError('Failed to fetch')],
  ])('is null for %s: the page keeps its data in the browser', async (_name, reply) => {
    const { fetch } = fakeFetch(reply)
    expect(await openServerStores({ origin, fetch })).toBeNull()
  })

  it('writes with keepalive when small enough to outlive a closing page', async () => {
    const { fetch, sent } = fakeFetch((url) =>
      url.endsWith('/info') ? Response.json(INFO) : new Response(null, { status: 204 }),
    )
    const stores = await openServerStores({ origin, fetch })
    await stores?.snapshots.write('ws-1', 'x'.repeat(1000))
    await stores?.snapshots.write('ws-1', 'x'.repeat(200_000))
    expect(sent.slice(1).map((s) => [s.init.method, s.init.keepalive])).toEqual([
      ['PUT', true],
      ['PUT', false],
    ])
    expect(sent[1]?.url).toBe('http://127.0.0.1:4173/api/store/snapshots/ws-1')
  })

  it('says what went wrong as codes: a full disk, a refusal, a server gone', async () => {
    let next: () => Response | Error = () => Response.json(INFO)
    const { fetch } = fakeFetch(() => next())
    const stores = await openServerStores({ origin, fetch })
    if (!stores) throw new Error('no stores')
    const codeOf = async (work: () => Promise<unknown>) =>
      work().then(
        () => 'ok',
        (error: unknown) => errorRefOf(error)?.code,
      )
    next = () => new Response('{"error":"ENOSPC"}', { status: 507 })
    expect(await codeOf(() => stores.backups.write('ws-1', 'change', '{}'))).toBe(
      'host.storageFull',
    )
    next = () => new Response('Forbidden', { status: 403 })
    expect(await codeOf(() => stores.snapshots.write('ws-1', '{}'))).toBe('host.storageDenied')
    next = () => new TypeError('Failed to fetch')
    expect(await codeOf(() => stores.snapshots.list())).toBe('host.serverUnreachable')
    next = () => new Response('Not found', { status: 404 })
    expect(await stores.snapshots.read('ws-1')).toBeNull()
    expect(await codeOf(() => stores.snapshots.read('../x'))).toBe('host.invalidWorkshopId')
  })
})
