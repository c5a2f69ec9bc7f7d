import { afterEach, describe, expect, it, vi } from 'vitest'
import { addNote } from '../../shared/board/theme1Ops'
import { docRecords } from '../../shared/model/workshopDoc'
import { boardOf, renameGroup, workshopGroups } from '../../shared/ops/groupOps'
import { fakeContext } from '../../shared/testing/fakeContext'
import { createAppServices, type AppServices } from '../session/appServices'
import { TaneDb } from '../db/TaneDb'
import { createWorkshopRepository } from '../db/workshopRepository'
import { createFakeHost } from '../testing/fakeHost'
import { uniqueDbName } from '../testing/testDb'
import { makeTestDoc } from '../testing/testDocs'
import {
  changedRecordsOf,
  createCrossWindowSync,
  isWorkshopChanged,
  type ChannelLike,
} from './crossWindowSync'

type Listener = (event: { data: unknown }) => void

/** BroadcastChannel semantics: a message reaches every other open channel of the hub, later. */
function fakeHub() {
  const channels = new Set<FakeChannel>()
  const posted: unknown[] = []
  class FakeChannel implements ChannelLike {
    readonly listeners = new Set<Listener>()
    closed = false
    constructor() {
      channels.add(this)
    }
    postMessage(message: unknown) {
      posted.push(message)
      const data: unknown = structuredClone(message)
      for (const other of channels) {
        if (other === this || other.closed) continue
        setTimeout(() => {
          for (const listener of other.listeners) listener({ data })
        }, 0)
      }
    }
    addEventListener(_type: 'message', listener: Listener) {
      this.listeners.add(listener)
    }
    removeEventListener(_type: 'message', listener: Listener) {
      this.listeners.delete(listener)
    }
    close() {
      this.closed = true
      channels.delete(this)
    }
  }
  return {
    posted,
    open: () => new FakeChannel(),
    /** Delivers a message as if another window had posted it. */
    inject(data: unknown) {
      for (const channel of channels) for (const listener of channel.listeners) listener({ data })
    },
  }
}

const opened: AppServices[] = []

/** One window of the app: its own services over the shared database and channel hub. */
function openWindow(dbName: string, hub: ReturnType<typeof fakeHub>): AppServices {
  const services = createAppServices({
    repo: createWorkshopRepository(new TaneDb(dbName)),
    host: createFakeHost(),
    ctx: fakeContext(),
    appVersion: '0.0.0-test',
    snapshotDelayMs: 5,
    openChannel: hub.open,
  })
  opened.push(services)
  return services
}

afterEach(async () => {
  for (const services of opened.splice(0)) {
    services.sync.dispose()
    await services.persistence.flush()
    services.persistence.dispose()
  }
})

async function twoWindows() {
  const hub = fakeHub()
  const dbName = uniqueDbName('sync')
  const editor = openWindow(dbName, hub)
  const seeded = makeTestDoc(editor.ctx, { groups: 1 })
  await editor.persistence.saveNow(seeded, docRecords(seeded))
  const workshopId = seeded.workshop.id
  await editor.workshop.getState().open(workshopId)
  const projector = openWindow(dbName, hub)
  await projector.workshop.getState().open(workshopId)
  const stop = projector.sync.follow(workshopId, projector.workshop)
  return { hub, editor, projector, workshopId, stop }
}

function boardIdOf(services: AppServices): string {
  const doc = services.workshop.getState().doc!
  const group = workshopGroups(doc)[0]!
  return boardOf(doc, group.id, 'theme1')!.id
}

describe('crossWindowSync', () => {
  it('shows an edit of the editing window in the following window, after it is stored', async () => {
    const { hub, editor, projector, workshopId } = await twoWindows()
    const boardId = boardIdOf(editor)
    editor.workshop
      .getState()
      .apply((doc, ctx) =>
        addNote(doc, boardId, { text: '入院した事を知らなかった', scenes: [] }, ctx),
      )

    const groupBefore = Object.values(projector.workshop.getState().doc!.groups)[0]
    await vi.waitFor(() => {
      const notes = Object.values(projector.workshop.getState().doc?.notes ?? {})
      expect(notes.map((n) => n.text)).toEqual(['入院した事を知らなかった'])
    })
    const note = Object.values(projector.workshop.getState().doc!.notes)[0]!
    expect(hub.posted).toEqual([
      {
        type: 'workshop-changed',
        workshopId,
        records: expect.arrayContaining([{ type: 'note', id: note.id }]) as unknown,
      },
    ])
    expect(projector.workshop.getState().status).toBe('ready')
    // Only the changed records were read back: the others keep their objects.
    expect(Object.values(projector.workshop.getState().doc!.groups)[0]).toBe(groupBefore)
  })

  it('reads the whole doc for a message that names no records, or names them wrongly', async () => {
    const { hub, projector, workshopId } = await twoWindows()
    const loadDoc = vi.spyOn(projector.repo, 'loadDoc')
    const loadRecords = vi.spyOn(projector.repo, 'loadRecords')
    hub.inject({ type: 'workshop-changed', workshopId, records: [{ type: 'nope', id: 'x1' }] })
    await vi.waitFor(() => {
      expect(loadDoc).toHaveBeenCalledTimes(1)
    })
    expect(loadRecords).not.toHaveBeenCalled()
    const message = { type: 'workshop-changed' as const, workshopId }
    expect(changedRecordsOf(message)).toBeNull()
    expect(changedRecordsOf({ ...message, records: [{ type: 'note', id: '../x' }] })).toBeNull()
    expect(changedRecordsOf({ ...message, records: [{ type: 'note', id: 'n1' }] })).toEqual([
      { type: 'note', id: 'n1' },
    ])
  })

  it('coalesces a burst of edits into few reads, ending on the last version', async () => {
    const { editor, projector } = await twoWindows()
    const groupId = workshopGroups(editor.workshop.getState().doc!)[0]!.id
    // Hold the projector's first read until every edit is stored and announced, so the test
    // does not depend on how the machine spreads the writes over time.
    const read = projector.repo.loadRecords.bind(projector.repo)
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const loadDoc = vi.spyOn(projector.repo, 'loadDoc')
    const loadRecords = vi
      .spyOn(projector.repo, 'loadRecords')
      .mockImplementation(async (id, keys) => {
        if (loadRecords.mock.calls.length === 1) await gate
        return read(id, keys)
      })
    for (let i = 1; i <= 10; i++) {
      editor.workshop.getState().apply((doc) => renameGroup(doc, groupId, `グループ${i}`))
    }
    await vi.waitFor(() => {
      expect(loadRecords).toHaveBeenCalledTimes(1)
    })
    await editor.workshop.getState().flush()
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    await vi.waitFor(() => {
      expect(projector.workshop.getState().doc?.groups[groupId]?.name).toBe('グループ10')
    })
    // The read in flight, then one more for everything announced meanwhile; never the whole doc.
    expect(loadRecords.mock.calls.length).toBe(2)
    expect(loadRecords.mock.calls[1]?.[1]).toEqual([{ type: 'group', id: groupId }])
    expect(loadDoc).not.toHaveBeenCalled()
  })

  it('never reloads a window that does not follow, nor after it stopped following', async () => {
    const { editor, projector, stop } = await twoWindows()
    const groupId = workshopGroups(editor.workshop.getState().doc!)[0]!.id
    const projectorLoads = vi.spyOn(projector.repo, 'loadDoc')
    const editorLoads = vi.spyOn(editor.repo, 'loadDoc')
    const projectorReads = vi.spyOn(projector.repo, 'loadRecords')
    const editorReads = vi.spyOn(editor.repo, 'loadRecords')
    stop()
    editor.workshop.getState().apply((doc) => renameGroup(doc, groupId, '変更後'))
    await editor.persistence.flushRecords()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(projectorLoads).not.toHaveBeenCalled()
    expect(editorLoads).not.toHaveBeenCalled()
    expect(projectorReads).not.toHaveBeenCalled()
    expect(editorReads).not.toHaveBeenCalled()
    expect(projector.workshop.getState().doc?.groups[groupId]?.name).toBe('Ａグループ')
  })

  it('ignores other workshops and malformed messages', async () => {
    const { hub, projector, workshopId } = await twoWindows()
    const loadDoc = vi.spyOn(projector.repo, 'loadDoc')
    const loadRecords = vi.spyOn(projector.repo, 'loadRecords')
    hub.inject({ type: 'workshop-changed', workshopId: 'another' })
    hub.inject({ type: 'workshop-changed', workshopId: 'another', records: [] })
    hub.inject({ type: 'workshop-changed', workshopId: '../x' })
    hub.inject({ type: 'something-else', workshopId })
    hub.inject('workshop-changed')
    hub.inject(null)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(loadDoc).not.toHaveBeenCalled()
    expect(loadRecords).not.toHaveBeenCalled()
    expect(isWorkshopChanged({ type: 'workshop-changed', workshopId })).toBe(true)
  })

  it('shows the workshop as missing when another window deleted it', async () => {
    const { hub, editor, projector, workshopId } = await twoWindows()
    const doc = editor.workshop.getState().doc!
    const deleted = { ...doc.workshop, deletedAt: editor.ctx.now(), rev: doc.workshop.rev + 1 }
    await editor.persistence.saveNow({ ...doc, workshop: deleted }, [deleted])
    hub.inject({ type: 'workshop-changed', workshopId })
    await vi.waitFor(() => {
      expect(projector.workshop.getState()).toMatchObject({ status: 'missing', doc: null })
    })
  })

  it('opens no channel until it is used, and posts nothing without one', () => {
    const openChannel = vi.fn(() => null)
    const sync = createCrossWindowSync({
      openChannel,
      repo: { loadDoc: vi.fn(), loadRecords: vi.fn() },
    })
    expect(openChannel).not.toHaveBeenCalled()
    sync.notifyChanged('ws-1')
    sync.notifyChanged('ws-1')
    expect(openChannel).toHaveBeenCalledTimes(1)
    sync.dispose()
  })
})
