import { request } from 'node:http'
import { brotliDecompressSync } from 'node:zlib'
import { WebSocketStatus } from '@hocuspocus/provider'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { laptop } from '../../shared/testing/mergeTestKit'
import type { Note } from '../../shared/model/schemas'
import { groupDocName, metaDocName, type DocRef } from '../../shared/sync/docNames'
import { recordsByDoc } from '../../shared/sync/docOfRecord'
import { versionKey } from '../../shared/sync/versionKeys'
import { parseTimerText, TIMER_KEY, TIMER_MAP, timerText } from '../../shared/sync/timerEntry'
import { initialTimerState } from '../../shared/timer/timerState'
import { put, shown, startTestHub, testDevice, until, type TestHub } from './testing/lanTestKit'

const START = '2025-02-07T04:00:00.000Z'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

let t: TestHub
const devices: ReturnType<typeof testDevice>[] = []
function device(origin?: string) {
  const d = testDevice(t.port, origin)
  devices.push(d)
  return d
}

beforeEach(async () => {
  t = await startTestHub()
})
afterEach(async () => {
  for (const d of devices.splice(0)) d.destroy()
  await t.close()
})

describe('the hub serves the renderer', () => {
  it('with the CSP, compression, caching and nothing outside the build', async () => {
    const index = await get(t.port, '/')
    expect(index.status).toBe(200)
    expect(index.headers['cache-control']).toBe('no-store')
    expect(index.headers['content-security-policy']).toContain(
      `connect-src 'self' ws://127.0.0.1:${t.port}`,
    )
    expect(index.headers['content-security-policy']).not.toContain('unsafe')
    const script = await get(t.port, '/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, br' })
    expect(script.headers['content-encoding']).toBe('br')
    expect(script.headers['cache-control']).toContain('immutable')
    expect(brotliDecompressSync(script.body).toString()).toContain('console.log')
    expect(script.body.length).toBeLessThan(200)
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fx',
      '/nope',
    ]) {
      expect([403, 404]).toContain((await get(t.port, path)).status)
    }
    expect((await get(t.port, '/%2e%2e/x')).status).toBe(403)
    expect((await get(t.port, '/check')).body.toString()).toContain('接続できています')
  })

  it('refuses other Host names (DNS rebinding) and other origins', async () => {
    expect((await get(t.port, '/', { host: 'evil.example:80' })).status).toBe(403)
    expect((await get(t.port, '/', { origin: 'http://evil.example' })).status).toBe(403)
    device('http://evil.example')
    await until(() => t.lines.some((l) => l.includes('another origin')), 3000, 'the refusal')
  })
})

/** A workshop with two groups on the facilitator's laptop, opened on the hub. */
async function workshop() {
  const f = laptop('f', START)
  f.create(2)
  const [g1, g2] = f.groupIds() as [string, string]
  const wid = f.doc().workshop.id
  const join = await t.hub.open({ workshopId: wid, groupIds: [g1, g2] })
  const byDoc = recordsByDoc(f.doc())
  const names = { meta: metaDocName(wid), g1: groupDocName(wid, g1), g2: groupDocName(wid, g2) }
  const refs: Record<'meta' | 'g1' | 'g2', DocRef> = {
    meta: { kind: 'meta', workshopId: wid },
    g1: { kind: 'group', workshopId: wid, groupId: g1 },
    g2: { kind: 'group', workshopId: wid, groupId: g2 },
  }
  const token = (groupId: string) => join.groups.find((g) => g.groupId === groupId)!.token
  // the facilitator pushes everything
  const fac = device()
  const docs = {
    meta: fac.open(names.meta, join.facilitator.token),
    g1: fac.open(names.g1, join.facilitator.token),
    g2: fac.open(names.g2, join.facilitator.token),
  }
  for (const key of ['meta', 'g1', 'g2'] as const)
    put(docs[key].document, f.ctx.editorId, byDoc.get(names[key])!)
  await until(
    () => t.hub.document(names.g2)?.getMap('versions').size === byDoc.get(names.g2)!.length,
  )
  return { f, g1, g2, wid, join, names, refs, token, fac, docs }
}

describe('joining and scope', () => {
  it('a table code opens its own group only, reads meta, and writes nothing elsewhere', async () => {
    const w = await workshop()
    const table = device()
    const mine = table.open(w.names.g1, w.token(w.g1))
    const meta = table.open(w.names.meta, w.join.groups[0]!.code)
    const other = table.open(w.names.g2, w.token(w.g1))
    await until(
      () => mine.versions.size > 0 && meta.versions.size > 0 && other.outcome.failed !== null,
    )
    expect(other.document.getMap('versions').size).toBe(0)
    expect(shown(w.refs.g1, mine.document).records.size).toBe(
      recordsByDoc(w.f.doc()).get(w.names.g1)!.length,
    )

    // a note typed at the table reaches the facilitator
    const t1 = laptop('t', START, w.f.doc())
    const noteId = t1.addNote('退院前の情報共有が遅い')
    put(mine.document, t1.ctx.editorId, [t1.note(noteId)!])
    await until(() =>
      w.docs.g1.versions.has(versionKey({ type: 'note', id: noteId }, t1.ctx.editorId)),
    )

    // its write to meta changes nothing at the hub
    const ws = w.f.doc().workshop
    const metaSize = t.hub.document(w.names.meta)!.getMap('versions').size
    put(meta.document, t1.ctx.editorId, [{ ...ws, title: '書き換え', rev: ws.rev + 1 }])
    await new Promise((r) => setTimeout(r, 200))
    expect(t.hub.document(w.names.meta)!.getMap('versions').size).toBe(metaSize)
  })

  it('a wrong code gets nothing, and too many wrong codes lock the address out', async () => {
    const w = await workshop()
    const attempts = Array.from({ length: 10 }, (_, i) =>
      device().open(w.names.g1, `ZZZZ-ZZZ${i % 10}`),
    )
    await until(() => attempts.every((a) => a.outcome.failed !== null))
    expect(attempts.every((a) => a.document.getMap('versions').size === 0)).toBe(true)
    const late = device().open(w.names.g1, w.token(w.g1))
    await new Promise((r) => setTimeout(r, 300))
    expect(late.outcome.authenticated).toBe(false)
    expect(late.versions.size).toBe(0)
  })

  it('「すべて切断」 ends every connection and replaces every code', async () => {
    const w = await workshop()
    const table = device()
    const mine = table.open(w.names.g1, w.token(w.g1))
    await until(() => mine.outcome.authenticated)
    const before = w.join
    const after = await t.hub.disconnectAll()
    expect(after!.groups[0]!.code).not.toBe(before.groups[0]!.code)
    expect(after!.facilitator.token).not.toBe(before.facilitator.token)
    // the device reconnects by itself with its old token, and is refused
    mine.outcome.authenticated = false
    await until(() => mine.outcome.failed !== null, 5000, 'refusal of the old token')
    const fresh = device().open(w.names.g1, after!.groups.find((g) => g.groupId === w.g1)!.token)
    await until(() => fresh.versions.size > 0)
  })
})

describe('a hub that died', () => {
  it('opens its session again when it starts: the codes work at once and the documents are back', async () => {
    const w = await workshop()
    await t.hub.flush()
    // The same data folder started again while the first hub never stopped (killed, crashed).
    const again = await startTestHub({ dataDirectory: t.dataDirectory })
    try {
      expect(again.hub.joinInfo()?.groups.map((g) => g.code)).toEqual(
        w.join.groups.map((g) => g.code),
      )
      const table = testDevice(again.port)
      try {
        const mine = table.open(w.names.g1, w.token(w.g1))
        await until(() => mine.versions.size === w.docs.g1.versions.size, 5000, 'the group')
        expect(mine.outcome.failed).toBe(null)
      } finally {
        table.destroy()
      }
    } finally {
      await again.hub.stop()
    }
    // Stopped on purpose: the next start opens nothing.
    const third = await startTestHub({ dataDirectory: t.dataDirectory })
    try {
      expect(third.hub.joinInfo()).toBe(null)
    } finally {
      await third.hub.stop()
    }
    // Sharing off (the session closed, the hub still running): nothing either.
    await t.hub.open({ workshopId: w.wid, groupIds: [w.g1, w.g2] })
    await t.hub.close()
    const fourth = await startTestHub({ dataDirectory: t.dataDirectory })
    try {
      expect(fourth.hub.joinInfo()).toBe(null)
    } finally {
      await fourth.hub.stop()
    }
  })

  it('refusals while no session is open are not counted as guesses', async () => {
    const w = await workshop()
    await t.hub.stop()
    const again = await startTestHub({ dataDirectory: t.dataDirectory })
    try {
      // every device of the room retries before the facilitator has opened the session again
      const early = Array.from({ length: 12 }, () =>
        testDevice(again.port).open(w.names.g1, w.token(w.g1)),
      )
      await until(() => early.every((a) => a.outcome.failed !== null), 5000, 'the refusals')
      for (const a of early) a.provider.configuration.websocketProvider.destroy()
      await again.hub.open({ workshopId: w.wid, groupIds: [w.g1, w.g2] })
      const table = testDevice(again.port)
      try {
        const mine = table.open(w.names.g1, w.token(w.g1))
        await until(() => mine.outcome.authenticated, 5000, 'the right code, not throttled')
      } finally {
        table.destroy()
      }
    } finally {
      await again.hub.stop()
    }
  })
})

describe('validation and conflicts', () => {
  it('carries the facilitator’s timer in meta to the tables, read-only for them', async () => {
    const w = await workshop()
    const hubTimer = () => t.hub.document(w.names.meta)!.getMap(TIMER_MAP).get(TIMER_KEY)
    const manual = { ...initialTimerState('manual'), status: 'paused' as const }
    w.docs.meta.document.getMap(TIMER_MAP).set(TIMER_KEY, timerText(manual))
    await until(() => hubTimer() !== undefined)

    // a table reads it
    const table = device()
    const meta = table.open(w.names.meta, w.token(w.g1))
    await until(() => meta.document.getMap(TIMER_MAP).has(TIMER_KEY))
    expect(parseTimerText(meta.document.getMap(TIMER_MAP).get(TIMER_KEY))).toEqual(manual)

    // but its own write, a timer in a group document or a broken one never reach the hub (each
    // from a device of its own: a refused writer's connection is closed)
    const group = table.open(w.names.g1, w.token(w.g1))
    await until(() => group.versions.size > 0)
    meta.document.getMap(TIMER_MAP).set(TIMER_KEY, timerText(initialTimerState('clock')))
    const attempts = [
      { name: w.names.g1, text: timerText(manual) },
      { name: w.names.meta, text: '{"type":"timerState"}' },
    ]
    for (const attempt of attempts) {
      const fac = device()
      const doc = fac.open(attempt.name, w.join.facilitator.token)
      await until(() => doc.versions.size > 0)
      doc.document.getMap(TIMER_MAP).set(TIMER_KEY, attempt.text)
      await new Promise((r) => setTimeout(r, 150))
      fac.destroy()
    }
    expect(t.hub.document(w.names.g1)!.getMap(TIMER_MAP).size).toBe(0)
    expect(parseTimerText(hubTimer())).toEqual(manual)
    expect(t.lines.some((l) => l.includes('refused an update'))).toBe(true)
  })

  it('refuses an invalid version, a board and another group’s record: nothing reaches the hub', async () => {
    const w = await workshop()
    const hubVersions = () => t.hub.document(w.names.g1)!.getMap('versions')
    const size = hubVersions().size
    const t1 = laptop('t', START, w.f.doc())
    const noteId = t1.addNote('ok')
    const note = t1.note(noteId)!
    const attempts = [
      { ...note, text: 'x'.repeat(5000) },
      { ...note, boardId: Object.values(w.f.doc().boards).find((b) => b.groupId === w.g2)!.id },
      { ...Object.values(w.f.doc().boards).find((b) => b.groupId === w.g1)!, rev: 9 },
    ]
    for (const bad of attempts) {
      const table = device()
      const mine = table.open(w.names.g1, w.token(w.g1))
      await until(() => mine.versions.size > 0)
      put(mine.document, t1.ctx.editorId, [bad])
      await new Promise((r) => setTimeout(r, 150))
      expect(hubVersions().size).toBe(size)
      expect(t.lines.some((l) => l.includes('refused an update'))).toBe(true)
      table.destroy()
    }
    expect(t.lines.join('\n')).not.toContain('xxxx')
  })

  it('two devices editing the same note keep both texts, decided once by the hub', async () => {
    const w = await workshop()
    const noteId = w.f.addNote('元の文')
    put(w.docs.g1.document, w.f.ctx.editorId, [w.f.note(noteId)!])
    const a = device()
    const b = device()
    const da = a.open(w.names.g1, w.token(w.g1))
    const db = b.open(w.names.g1, w.join.groups.find((g) => g.groupId === w.g1)!.code)
    const key = versionKey({ type: 'note', id: noteId }, w.f.ctx.editorId)
    await until(() => da.versions.has(key) && db.versions.has(key))
    // both offline, both edit
    a.socket.disconnect()
    b.socket.disconnect()
    await until(
      () =>
        a.socket.status === WebSocketStatus.Disconnected &&
        b.socket.status === WebSocketStatus.Disconnected,
    )
    const la = laptop('a', START, w.f.doc())
    const lb = laptop('b', START, w.f.doc())
    la.editNote(noteId, 'Ａの文')
    lb.editNote(noteId, 'Ｂの文')
    put(da.document, la.ctx.editorId, [la.note(noteId)!])
    put(db.document, lb.ctx.editorId, [lb.note(noteId)!])
    await a.socket.connect()
    await b.socket.connect()
    const texts = (doc: typeof da) =>
      [...shown(w.refs.g1, doc.document).records.values()]
        .filter((r): r is Note => r.type === 'note' && r.deletedAt === null)
        .map((n) => (n.importedCopy === true ? `取り込み:${n.text}` : n.text))
        .sort()
    const expected = ['Ａの文', '取り込み:Ｂの文'].sort()
    await until(() => JSON.stringify(texts(da)) === JSON.stringify(expected), 5000, 'device a')
    await until(() => JSON.stringify(texts(db)) === JSON.stringify(expected), 5000, 'device b')
    await until(
      () => JSON.stringify(texts(w.docs.g1)) === JSON.stringify(expected),
      5000,
      'facilitator',
    )
    expect(shown(w.refs.g1, da.document).conflicts).toEqual([])
  })

  it('keeps the documents on disk: a restarted hub has everything', async () => {
    const w = await workshop()
    const noteId = w.f.addNote('保存される文')
    put(w.docs.g1.document, w.f.ctx.editorId, [w.f.note(noteId)!])
    const key = versionKey({ type: 'note', id: noteId }, w.f.ctx.editorId)
    await until(() => t.hub.document(w.names.g1)?.getMap('versions').has(key) === true)
    for (const d of devices.splice(0)) d.destroy()
    await t.restart()
    const join = await t.hub.open({ workshopId: w.wid, groupIds: [w.g1, w.g2] })
    expect(join.groups[0]!.code).toBe(w.join.groups[0]!.code)
    const again = device().open(w.names.g1, w.token(w.g1))
    await until(() => again.versions.has(key), 5000, 'the stored note')
  })
})
