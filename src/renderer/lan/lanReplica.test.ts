import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { laptop, type Laptop } from '../../shared/testing/mergeTestKit'
import type { AnyRecord, Note } from '../../shared/model/schemas'
import { applyRecords, live, stampChange, stampOf } from '../../shared/model/workshopDoc'
import { groupDocName } from '../../shared/sync/docNames'
import { materialise } from '../../shared/sync/materialise'
import { resolveConflicts } from '../../shared/sync/resolveConflicts'
import { VERSIONS_MAP, versionKey } from '../../shared/sync/versionKeys'
import { createReplica, type Replica, type ReplicaSession } from './lanReplica'

const START = '2025-02-07T04:00:00.000Z'

/** A stand-in for the workshop session: a laptop's doc, remote commits written as they are. */
function fakeSession(device: Laptop) {
  type Listener = Parameters<ReplicaSession['onCommitted']>[0]
  const listeners = new Set<Listener>()
  const remote: AnyRecord[][] = []
  let doc = device.doc()
  const session: ReplicaSession = {
    commit(request) {
      doc = applyRecords(doc, request.records)
      remote.push([...request.records])
      for (const l of listeners) l({ ...request, doc })
      return Promise.resolve()
    },
    onCommitted(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    session,
    remote,
    current: () => doc,
    /** A local edit: stamped like the store does, then told to listeners. */
    edit(records: AnyRecord[]) {
      const stamped = stampChange(doc, records, stampOf(device.ctx)).records
      doc = applyRecords(doc, stamped)
      for (const l of listeners)
        l({ origin: 'local', workshopId: doc.workshop.id, records: stamped, doc })
    },
  }
}

/** An in-memory hub: one Y.Doc per name, relaying to linked replicas, deciding conflicts. */
function fakeHub(hubEditor: Laptop) {
  const docs = new Map<string, Y.Doc>()
  const links: (() => void)[] = []
  const hubDoc = (name: string) => {
    let doc = docs.get(name)
    if (!doc) {
      doc = new Y.Doc()
      docs.set(name, doc)
    }
    return doc
  }
  const HUB = Symbol('hub')
  return {
    docs,
    link(replica: Replica) {
      for (const [name, { doc }] of replica.docs) {
        const hub = hubDoc(name)
        Y.applyUpdate(hub, Y.encodeStateAsUpdate(doc), HUB)
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(hub), HUB)
        const toHub = (u: Uint8Array, origin: unknown) => {
          if (origin !== HUB) Y.applyUpdate(hub, u, HUB)
        }
        const toDevice = (u: Uint8Array, origin: unknown) => {
          if (origin !== doc) Y.applyUpdate(doc, u, HUB)
        }
        doc.on('update', toHub)
        hub.on('update', toDevice)
        links.push(() => {
          doc.off('update', toHub)
          hub.off('update', toDevice)
        })
      }
    },
    unlinkAll() {
      for (const undo of links.splice(0)) undo()
    },
    /** What the hub does after a change: decide conflicts in its own slot. */
    decide(name: string, ref: Parameters<typeof materialise>[0], workshop: AnyRecord) {
      const hub = hubDoc(name)
      const versions = hub.getMap<unknown>(VERSIONS_MAP)
      const decided = resolveConflicts(
        materialise(ref, versions.entries()),
        workshop as never,
        hubEditor.ctx,
      )
      hub.transact(() => {
        for (const r of decided) versions.set(versionKey(r, hubEditor.ctx.editorId), r)
      })
    },
  }
}

const wait = () => new Promise((r) => setTimeout(r, 80))
const replicas: Replica[] = []
afterEach(() => {
  for (const r of replicas.splice(0)) r.destroy()
})

function setup() {
  const f = laptop('f', START)
  f.create(2)
  const [g1, g2] = f.groupIds() as [string, string]
  const wid = f.doc().workshop.id
  const fac = fakeSession(f)
  const facReplica = createReplica({
    workshopId: wid,
    role: 'facilitator',
    groupIds: [g1, g2],
    slot: f.ctx.editorId,
    session: fac.session,
    current: fac.current,
  })
  replicas.push(facReplica)
  const hub = fakeHub(laptop('h', START))
  hub.link(facReplica)
  facReplica.reconcile()
  const table = (prefix: string) => {
    const device = laptop(prefix, START, f.doc())
    const s = fakeSession(device)
    const replica = createReplica({
      workshopId: wid,
      role: 'table',
      groupIds: [g1],
      slot: device.ctx.editorId,
      session: s.session,
      current: s.current,
    })
    replicas.push(replica)
    return { device, s, replica }
  }
  return { f, g1, g2, wid, fac, facReplica, hub, table }
}

describe('a device’s replica of the LAN session', () => {
  it('sends a note typed at a table to the facilitator, as a remote change', async () => {
    const w = setup()
    const a = w.table('a')
    w.hub.link(a.replica)
    a.replica.reconcile()
    const board = a.device.board(0)
    const { addNote } = await import('../../shared/board/theme1Ops')
    a.s.edit(
      addNote(a.s.current(), board, { text: '退院調整の連絡が遅い', scenes: [] }, a.device.ctx),
    )
    await wait()
    expect(live(w.fac.current().notes).map((n) => n.text)).toEqual(['退院調整の連絡が遅い'])
    expect(w.fac.remote.flat().some((r) => r.type === 'note')).toBe(true)
    // the table's document never holds another group's records
    expect(a.replica.docs.has(groupDocName(w.wid, w.g2))).toBe(false)
  })

  it('two devices editing the same note offline keep both texts once the hub decides', async () => {
    const w = setup()
    const { addNote, updateNote } = await import('../../shared/board/theme1Ops')
    w.fac.edit(addNote(w.fac.current(), w.f.board(0), { text: '元の文', scenes: [] }, w.f.ctx))
    const a = w.table('a')
    const b = w.table('b')
    w.hub.link(a.replica)
    w.hub.link(b.replica)
    await wait()
    a.replica.reconcile()
    b.replica.reconcile()
    const noteId = live(a.s.current().notes)[0]!.id
    w.hub.unlinkAll()
    a.s.edit(updateNote(a.s.current(), noteId, { text: 'Ａの文' }))
    b.s.edit(updateNote(b.s.current(), noteId, { text: 'Ｂの文' }))
    for (const r of [w.facReplica, a.replica, b.replica]) w.hub.link(r)
    await wait()
    // each keeps its own text until the decision
    expect(a.s.current().notes[noteId]!.text).toBe('Ａの文')
    expect(b.s.current().notes[noteId]!.text).toBe('Ｂの文')
    const name = groupDocName(w.wid, w.g1)
    w.hub.decide(name, { kind: 'group', workshopId: w.wid, groupId: w.g1 }, w.f.doc().workshop)
    await wait()
    const texts = (doc: ReturnType<typeof a.s.current>) =>
      live(doc.notes)
        .map((n: Note) => (n.importedCopy === true ? `取り込み:${n.text}` : n.text))
        .sort()
    const expected = ['Ａの文', '取り込み:Ｂの文'].sort()
    expect(texts(a.s.current())).toEqual(expected)
    expect(texts(b.s.current())).toEqual(expected)
    expect(texts(w.fac.current())).toEqual(expected)
  })

  it('publishes, when it reconnects, what it wrote while its document was not open', async () => {
    const w = setup()
    const { addNote } = await import('../../shared/board/theme1Ops')
    const a = w.table('a')
    // typed before the replica existed (e.g. the tab was reloaded offline, IndexedDB lost nothing)
    a.replica.destroy()
    a.s.edit(
      addNote(
        a.s.current(),
        a.device.board(0),
        { text: 'オフラインの付箋', scenes: [] },
        a.device.ctx,
      ),
    )
    const again = createReplica({
      workshopId: w.wid,
      role: 'table',
      groupIds: [w.g1],
      slot: a.device.ctx.editorId,
      session: a.s.session,
      current: a.s.current,
    })
    replicas.push(again)
    w.hub.link(again)
    again.reconcile()
    await wait()
    expect(live(w.fac.current().notes).map((n) => n.text)).toEqual(['オフラインの付箋'])
    expect(again.unsentKeys().size).toBeGreaterThan(0)
  })

  it('never puts what a table may not write (a board)', () => {
    const w = setup()
    const a = w.table('a')
    const board = Object.values(a.s.current().boards).find((b) => b.groupId === w.g1)!
    a.s.edit([{ ...board }])
    const versions = a.replica.docs.get(groupDocName(w.wid, w.g1))!.doc.getMap(VERSIONS_MAP)
    expect([...versions.keys()].filter((k) => k.startsWith('board:'))).toEqual([])
  })
})
