import { afterEach, describe, expect, it } from 'vitest'
import {
  forgetTableJoin,
  keepTableJoin,
  loadTableJoin,
  requestTableJoin,
  TABLE_JOIN_ITEM,
  tableJoinStore,
  type TableJoin,
} from './tableJoin'

const ORIGIN = 'http://192.168.137.1:8730'

/** A fetch answering with `status` and `body`, recording what it was asked. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch: typeof globalThis.fetch = (url, init = {}) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init })
    return Promise.resolve(new Response(JSON.stringify(body), { status }))
  }
  return { fetch, calls }
}

const JOIN: TableJoin = {
  hubUrl: `${ORIGIN}/`,
  token: 't.g-a.AAAAAAAAAAAAAAAAAAAAAA',
  workshopId: 'ws-1',
  groupId: 'g-a',
}

afterEach(() => {
  forgetTableJoin()
})

describe('asking the hub what a code opens', () => {
  it('posts the code in the body to the page’s own hub and keeps the token it answers', async () => {
    const { fetch, calls } = fakeFetch(200, {
      role: 'table',
      workshopId: 'ws-1',
      groupId: 'g-a',
      token: JOIN.token,
    })
    expect(await requestTableJoin(' abcd-efgh ', { origin: ORIGIN, fetch })).toEqual({
      ok: true,
      join: JOIN,
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe(`${ORIGIN}/lan/join`)
    expect(calls[0]!.init.method).toBe('POST')
    expect(calls[0]!.init.body).toBe(JSON.stringify({ code: 'abcd-efgh' }))
  })

  it('turns each refusal into its error code', async () => {
    const cases: [number, unknown, string][] = [
      [403, { error: 'wrongCode' }, 'lanJoin.wrongCode'],
      [429, { error: 'throttled' }, 'lanJoin.throttled'],
      [503, { error: 'noSession' }, 'lanJoin.noSession'],
      [500, {}, 'lanJoin.failed'],
      [200, { role: 'facilitator', workshopId: 'ws-1', token: 'f.x' }, 'lanJoin.facilitatorCode'],
      [200, { role: 'table', workshopId: '../x', groupId: 'g', token: 't' }, 'lanJoin.failed'],
    ]
    for (const [status, body, code] of cases) {
      const { fetch } = fakeFetch(status, body)
      expect(await requestTableJoin('ABCD-EFGH', { origin: ORIGIN, fetch })).toEqual({
        ok: false,
        error: { code },
      })
    }
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch
    expect(await requestTableJoin('ABCD-EFGH', { origin: ORIGIN, fetch: down })).toEqual({
      ok: false,
      error: { code: 'lanJoin.unreachable' },
    })
  })
})

describe('the kept join', () => {
  it('survives a reload, and is forgotten on leaving', () => {
    keepTableJoin(JOIN)
    expect(tableJoinStore.getState().join).toEqual(JOIN)
    expect(loadTableJoin(localStorage)).toEqual(JOIN)
    forgetTableJoin()
    expect(tableJoinStore.getState().join).toBeNull()
    expect(loadTableJoin(localStorage)).toBeNull()
  })

  it('reads nothing from a damaged or foreign entry', () => {
    for (const raw of ['{', '[]', JSON.stringify({ ...JOIN, hubUrl: 'javascript:alert(1)' })]) {
      localStorage.setItem(TABLE_JOIN_ITEM, raw)
      expect(loadTableJoin(localStorage)).toBeNull()
    }
  })
})
