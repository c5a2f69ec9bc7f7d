import 'fake-indexeddb/auto'
import { WebSocketStatus } from '@hocuspocus/provider'
import fc from 'fast-check'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addNote, deleteNotes, moveNotes, updateNote } from '../../shared/board/theme1Ops'
import { recordKey, type RecordKey } from '../../shared/merge/mergeRules'
import { laptop, laptopContext } from '../../shared/testing/mergeTestKit'
import type { AnyRecord, Note } from '../../shared/model/schemas'
import { compareVersions } from '../../shared/model/versionVector'
import {
  applyRecords,
  live,
  stampChange,
  stampOf,
  type WorkshopDoc,
} from '../../shared/model/workshopDoc'
import { groupDocName, type DocRef } from '../../shared/sync/docNames'
import { recordsByDoc } from '../../shared/sync/docOfRecord'
import { versionsToCommit } from '../../shared/sync/replica'
import { put, shown, startTestHub, testDevice, until, type TestHub } from './testing/lanTestKit'

/**
 * Property: random edits (add, edit, move, delete), disconnects, reconnects and restarts from
 * IndexedDB across three devices of one table always converge: every device, the facilitator
 * and the hub show the same records with no conflict left, and every device's last version of a
 * note is either live (as it is or as a marked copy) or was knowingly replaced (another device
 * made a version from it, or a device edited or deleted the marked copy the hub had made of it).
 */
const START = '2025-02-07T04:00:00.000Z'

type Action =
  | { kind: 'add'; device: number; text: string }
  | { kind: 'edit'; device: number; pick: number; text: string }
  | { kind: 'move'; device: number; pick: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'cut'; device: number }
  | { kind: 'join'; device: number }
  | { kind: 'restart'; device: number }

const device = fc.integer({ min: 0, max: 2 })
const text = fc.string({
  minLength: 1,
  maxLength: 6,
  unit: fc.constantFrom('あ', 'い', 'う', 'A', 'B', '1'),
})
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), device, text }),
  fc.record({ kind: fc.constant('edit' as const), device, pick: fc.nat(), text }),
  fc.record({ kind: fc.constant('edit' as const), device, pick: fc.nat(), text }),
  fc.record({ kind: fc.constant('move' as const), device, pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), device }),
  fc.record({ kind: fc.constant('join' as const), device }),
  fc.record({ kind: fc.constant('restart' as const), device }),
)

let t: TestHub
beforeAll(async () => {
  t = await startTestHub()
})
afterAll(async () => {
  await t.close()
})

let run = 0

async function scenario(actions: Action[]): Promise<void> {
  run += 1
  const f = laptop(`f${run}`, START)
  f.create(1)
  const groupId = f.groupIds()[0]!
  const wid = f.doc().workshop.id
  const join = await t.hub.open({ workshopId: wid, groupIds: [groupId] })
  const name = groupDocName(wid, groupId)
  const ref: DocRef = { kind: 'group', workshopId: wid, groupId }
  const board = f.board(0)
  const fac = testDevice(t.port)
  const facDoc = fac.open(name, join.facilitator.token)
  put(facDoc.document, f.ctx.editorId, recordsByDoc(f.doc()).get(name)!)
  const base = f.doc()

  /** Every version a device wrote, by device and record. */
  const lastWritten = new Map<string, AnyRecord>()
  const deviceEditors = new Set<string>()
  const devices = [0, 1, 2].map((i) => {
    const ctx = laptopContext(`r${run}d${i}`, START)
    deviceEditors.add(ctx.editorId)
    const dbName = `dev-${run}-${i}`
    const dev = {
      ctx,
      socket: testDevice(t.port),
      doc: new Y.Doc(),
      idb: null as IndexeddbPersistence | null,
      online: true,
      async load() {
        dev.doc = new Y.Doc()
        dev.idb = new IndexeddbPersistence(dbName, dev.doc)
        await dev.idb.whenSynced
        dev.socket = testDevice(t.port)
        if (!dev.online) dev.socket.socket.disconnect()
        dev.socket.open(name, join.groups[0]!.token, dev.doc)
      },
      /**
       * The device's session (Dexie in the product; it survives a restart): its own versions and
       * what it committed from the document, by the replica's rule (versionsToCommit). A version
       * concurrent with the session's is not taken, so the device edits from its own version, never
       * from another device's interim pick (which would reuse its own version counter).
       */
      session: new Map<RecordKey, AnyRecord>(),
      view(): WorkshopDoc {
        const taken = versionsToCommit(shown(ref, dev.doc), (key) => dev.session.get(key))
        for (const record of taken) dev.session.set(recordKey(record), record)
        return applyRecords(base, [...dev.session.values()])
      },
      write(records: AnyRecord[]): void {
        if (records.length === 0) return
        const stamped = stampChange(dev.view(), records, stampOf(ctx)).records
        for (const record of stamped) dev.session.set(recordKey(record), record)
        put(dev.doc, ctx.editorId, stamped)
        for (const r of stamped) lastWritten.set(`${ctx.editorId}|${r.type}:${r.id}`, r)
      },
    }
    return dev
  })
  for (const dev of devices) await dev.load()
  await until(() => devices.every((d) => d.doc.getMap('versions').size > 0), 15_000, 'first sync')

  const notesOf = (doc: WorkshopDoc): Note[] =>
    live(doc.notes).sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const a of actions) {
    const dev = devices[a.device]!
    const notes = notesOf(dev.view())
    const picked = 'pick' in a ? notes[a.pick % Math.max(notes.length, 1)] : undefined
    switch (a.kind) {
      case 'add':
        dev.write(addNote(dev.view(), board, { text: a.text, scenes: [] }, dev.ctx))
        break
      case 'edit':
        if (picked) dev.write(updateNote(dev.view(), picked.id, { text: a.text }))
        break
      case 'move':
        if (picked)
          dev.write(
            moveNotes(dev.view(), [picked.id], {
              scene: picked.scenes.length === 0 ? 'daily' : null,
            }),
          )
        break
      case 'delete':
        if (picked) dev.write(deleteNotes(dev.view(), [picked.id], dev.ctx))
        break
      case 'cut':
        dev.online = false
        dev.socket.socket.disconnect()
        break
      case 'join':
        if (!dev.online) {
          dev.online = true
          await until(() => dev.socket.socket.status === WebSocketStatus.Disconnected, 5000, 'cut')
          void dev.socket.socket.connect()
        }
        break
      case 'restart':
        await dev.idb?.destroy()
        dev.socket.destroy()
        dev.doc.destroy()
        await dev.load()
        break
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  // everyone back online
  for (const dev of devices) {
    if (dev.online) continue
    dev.online = true
    await until(() => dev.socket.socket.status === WebSocketStatus.Disconnected, 5000, 'cut')
    void dev.socket.socket.connect()
  }
  const snapshot = (doc: Y.Doc): string => {
    const view = shown(ref, doc)
    return `${JSON.stringify([...view.records.entries()].sort())}|${view.conflicts.length}`
  }
  const hubDoc = () => t.hub.document(name)!
  await until(
    () => {
      const hub = snapshot(hubDoc())
      return (
        shown(ref, hubDoc()).conflicts.length === 0 &&
        devices.every((d) => snapshot(d.doc) === hub) &&
        snapshot(facDoc.document) === hub
      )
    },
    20_000,
    'convergence',
  )
  // nothing lost: each device's last version of a note is live, kept as a copy, or was replaced
  // by a version another device made from it (or made from the hub's copy of it)
  const finalNotes = Object.values(
    applyRecords(base, [...shown(ref, hubDoc()).records.values()]).notes,
  )
  const liveTexts = new Set(finalNotes.filter((n) => n.deletedAt === null).map((n) => n.text))
  const versions = [...hubDoc().getMap<AnyRecord>('versions').entries()]
  const slotOf = (key: string): string => key.split('@')[1]!
  /** A version a device made from `version` (it saw it, then edited, moved or deleted it). */
  const madeFromByDevice = (version: AnyRecord, except?: string): boolean =>
    versions.some(
      ([k, v]) =>
        deviceEditors.has(slotOf(k)) &&
        slotOf(k) !== except &&
        v.type === version.type &&
        v.id === version.id &&
        compareVersions(version, v) === 'before',
    )
  for (const [key, last] of lastWritten) {
    if (last.type !== 'note' || last.deletedAt !== null) continue
    const writer = key.split('|')[0]!
    const replaced = madeFromByDevice(last, writer)
    const kept = liveTexts.has(last.text)
    // The hub kept the text as a marked copy (a new note in its own slot) and a device then
    // edited or deleted that copy, having seen it: the text was knowingly replaced there.
    const copyReplaced = versions.some(
      ([k, v]) =>
        !deviceEditors.has(slotOf(k)) &&
        v.type === 'note' &&
        v.id !== last.id &&
        v.importedCopy === true &&
        v.text === last.text &&
        madeFromByDevice(v),
    )
    if (!replaced && !kept && !copyReplaced) {
      throw new Error(`lost the text of ${last.id} written by ${writer} (${last.text})`)
    }
  }
  // no duplicate ids, and the hub's disk copy follows
  expect(new Set(finalNotes.map((n) => n.id)).size).toBe(finalNotes.length)
  for (const dev of devices) {
    dev.socket.destroy()
    await dev.idb?.destroy()
    dev.doc.destroy()
  }
  fac.destroy()
}

describe('LAN sync (property)', () => {
  it('three devices with random edits, cuts, reconnects and restarts converge, losing no text', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), scenario), {
      seed: 20261207,
      numRuns: 25,
      endOnFailure: true,
    })
  }, 240_000)
})
