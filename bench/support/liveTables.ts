import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import NodeWebSocket from 'crossws/websocket'
import * as Y from 'yjs'
import { addNote, updateNote } from '../../src/shared/board/theme1Ops'
import type { EditContext } from '../../src/shared/model/context'
import type { AnyRecord } from '../../src/shared/model/schemas'
import { SCENE_KEYS } from '../../src/shared/model/scenes'
import { applyRecords, stampChange, type WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { live } from '../../src/shared/model/workshopDoc'
import { VERSIONS_MAP, versionKey } from '../../src/shared/sync/versionKeys'

/**
 * Tables of a LAN live session as Node devices (one Hocuspocus socket per table, the app's own
 * document names and `versions` keys, the table's token): each keeps its group's workshop as it
 * wrote it and makes the edits a table makes (a note typed, a note's text changed), stamped with
 * its own editor id and put under its own slot, so the facilitator's replica takes them in
 * through the real path (hub → Y document → replica → session → stores).
 */

export interface LiveTable {
  groupId: string
  groupName: string
  /** Makes one edit (deterministic for a given `pick`) and puts it in the group's document. */
  write(pick: number, label: string): void
  /** Live notes on the group's テーマ1 board as this table has it. */
  noteCount(): number
  synced(): boolean
  destroy(): void
}

/** Mulberry32: the same tables write the same edits in the same order on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function liveTable(options: {
  hubPort: number
  token: string
  workshopId: string
  groupId: string
  groupName: string
  boardId: string
  /** The workshop as the facilitator shared it. */
  doc: WorkshopDoc
  /** The table's editor id (its slot): 16 hex digits. */
  editor: string
}): LiveTable {
  const { hubPort, editor, boardId } = options
  const origin = `http://127.0.0.1:${hubPort}`
  // crossws' Node WebSocket is the `ws` client when given options (the hub wants an Origin).
  const WithOptions = NodeWebSocket as unknown as new (
    url: string,
    protocols: string | string[],
    options: { origin: string },
  ) => WebSocket
  function OriginWebSocket(url: string, protocols?: string | string[]) {
    return new WithOptions(url, protocols ?? [], { origin })
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${hubPort}/sync`,
    WebSocketPolyfill: OriginWebSocket,
    delay: 500,
    minDelay: 500,
    maxDelay: 5_000,
  })
  const document = new Y.Doc()
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `ws/${options.workshopId}/g/${options.groupId}`,
    document,
    token: options.token,
  })
  provider.attach()
  const versions = document.getMap<unknown>(VERSIONS_MAP)

  let doc = options.doc
  let ids = 0
  let ms = Date.parse('2025-02-07T05:00:00.000Z')
  const ctx: EditContext = {
    now: () => new Date((ms += 1000)).toISOString(),
    newId: () => `${editor.slice(-6)}n${(++ids).toString(36).padStart(5, '0')}`,
    editorId: editor,
  }
  const notes = () => live(doc.notes).filter((n) => n.boardId === boardId)

  const commit = (records: AnyRecord[]): void => {
    const stamped = stampChange(doc, records, { now: ctx.now(), editor }).records
    doc = applyRecords(doc, stamped)
    document.transact(() => {
      for (const record of stamped) versions.set(versionKey(record, editor), record)
    })
  }

  return {
    groupId: options.groupId,
    groupName: options.groupName,
    write(pick, label) {
      const existing = notes().sort((a, b) => a.id.localeCompare(b.id))
      // Two edits in three change a note's text, one adds a note (as tables do while they write).
      if (pick < 2 / 3 && existing.length > 0) {
        const note = existing[Math.floor((pick * 3 * existing.length) / 2) % existing.length]
        if (note) commit(updateNote(doc, note.id, { text: `${note.text.slice(0, 20)}・${label}` }))
        return
      }
      const scene = SCENE_KEYS[Math.floor(pick * 997) % SCENE_KEYS.length]
      commit(addNote(doc, boardId, { text: label, scenes: scene ? [scene] : [] }, ctx))
    },
    noteCount: () => notes().length,
    synced: () => provider.isSynced && provider.unsyncedChanges === 0,
    destroy() {
      provider.destroy()
      socket.destroy()
    },
  }
}
