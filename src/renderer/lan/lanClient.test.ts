// @vitest-environment node
// The socket runs in Node here (jsdom's Event does not fit Node's WebSocket); the page's own
// environment is exercised by the e2e tests.
import { Server } from '@hocuspocus/server'
import { afterEach, describe, expect, it } from 'vitest'
import { addNote } from '../../shared/board/theme1Ops'
import { laptop } from '../../shared/testing/mergeTestKit'
import type { AnyRecord } from '../../shared/model/schemas'
import {
  applyRecords,
  live,
  stampChange,
  stampOf,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import type { ReplicaSession } from './lanReplica'
import { linkLabel, startLanClient, syncUrl, type LanClient, type LanStatus } from './lanClient'

const START = '2025-02-07T04:00:00.000Z'
const PORT = 18760 + Math.floor(Math.random() * 30)

/** A plain Hocuspocus server standing in for the hub (the hub's own tests are in src/main/lan). */
async function server(port: number) {
  const s = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    onAuthenticate: ({ token }) => {
      if (token !== 'right') throw new Error('refused')
      return Promise.resolve()
    },
  })
  await s.listen()
  return s
}

function session(initial: WorkshopDoc) {
  type Listener = Parameters<ReplicaSession['onCommitted']>[0]
  const listeners = new Set<Listener>()
  let doc = initial
  return {
    current: () => doc,
    session: {
      commit(request) {
        doc = applyRecords(doc, request.records)
        for (const l of listeners) l({ ...request, doc })
        return Promise.resolve()
      },
      onCommitted(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    } satisfies ReplicaSession,
    edit(records: AnyRecord[], ctx: Parameters<typeof stampOf>[0]) {
      const stamped = stampChange(doc, records, stampOf(ctx)).records
      doc = applyRecords(doc, stamped)
      for (const l of listeners)
        l({ origin: 'local', workshopId: doc.workshop.id, records: stamped, doc })
    },
  }
}

async function until(condition: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

// the renderer project's setup clears localStorage after each test; Node has none
;(globalThis as { localStorage?: Pick<Storage, 'clear'> }).localStorage ??= {
  clear: () => undefined,
}

const stops: (() => unknown)[] = []
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop()
})

describe('the LAN client', () => {
  it('maps the hub address to its sync socket', () => {
    expect(syncUrl('http://192.168.137.1:8730/#/join/x')).toBe('ws://192.168.137.1:8730/sync')
  })

  it('shows its link from the socket, counts unsent versions offline, sends them when back', async () => {
    let hub = await server(PORT)
    stops.push(() => hub.destroy())
    const f = laptop('f', START)
    f.create(1)
    const groupId = f.groupIds()[0]!
    const wid = f.doc().workshop.id
    const start = (
      device: ReturnType<typeof laptop>,
      token: string,
    ): [LanClient, ReturnType<typeof session>, LanStatus[]] => {
      const s = session(device.doc())
      const client = startLanClient({
        hubUrl: `http://127.0.0.1:${PORT}/`,
        token,
        workshopId: wid,
        role: device === f ? 'facilitator' : 'table',
        groupIds: [groupId],
        slot: device.ctx.editorId,
        session: s.session,
        current: s.current,
        offlineAfterMs: 300,
        retryDelayMs: [100, 300],
      })
      const seen: LanStatus[] = []
      client.onStatus((status) => seen.push(status))
      stops.push(() => {
        client.stop()
      })
      return [client, s, seen]
    }
    const [facClient, fac] = start(f, 'right')
    const a = laptop('a', START, f.doc())
    const [client, table, seen] = start(a, 'right')
    await client.ready
    await until(
      () => client.status().link === 'connected' && facClient.status().link === 'connected',
    )
    expect(linkLabel(client.status())).toBe('接続中')

    // the hub goes away: reconnecting, then offline with the note typed meanwhile counted
    // (Hocuspocus' own server takes about 13 s to close its sockets gracefully)
    await hub.destroy()
    // up to those 13 s (more on a busy machine) before the socket closes and offline follows
    await until(() => client.status().link === 'offline', 30_000)
    expect(seen.some((s) => s.link === 'reconnecting')).toBe(true)
    table.edit(
      addNote(table.current(), a.board(0), { text: '会えない間の付箋', scenes: [] }, a.ctx),
      a.ctx,
    )
    await until(() => client.status().unsent > 0)
    expect(linkLabel(client.status())).toMatch(/^オフライン・未送信\d+件$/)

    // back: everything sent, the facilitator has the note
    hub = await server(PORT)
    await until(() => client.status().link === 'connected' && client.status().unsent === 0, 15_000)
    await until(() => live(fac.current().notes).some((n) => n.text === '会えない間の付箋'), 15_000)
    expect(linkLabel(client.status())).toBe('接続中')
  }, 75_000)

  it('says so when the hub refuses its code', async () => {
    const hub = await server(PORT + 1)
    stops.push(() => hub.destroy())
    const f = laptop('f', START)
    f.create(1)
    const s = session(f.doc())
    const client = startLanClient({
      hubUrl: `http://127.0.0.1:${PORT + 1}/`,
      token: 'wrong',
      workshopId: f.doc().workshop.id,
      role: 'table',
      groupIds: f.groupIds(),
      slot: f.ctx.editorId,
      session: s.session,
      current: s.current,
      persist: false,
    })
    stops.push(() => {
      client.stop()
    })
    await until(() => client.status().refused)
    expect(linkLabel(client.status())).toContain('参加できません')
  })
})
