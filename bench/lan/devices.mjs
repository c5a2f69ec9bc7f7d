// Node devices for the LAN bench: a Hocuspocus provider socket per device, with the retry and
// silence settings of the app's client (src/renderer/lan/lanClient.ts), whose every connection
// goes through the device's own link (testing/lan/tcpProxy.mts: cut, black-hole, delay). The
// socket still names the hub's own address (Host and Origin are the hub's), only the TCP
// connection is made to the link.
import { connect } from 'node:net'
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider'
import NodeWebSocket from 'crossws/websocket'
import * as Y from 'yjs'
import { startTcpRelay } from '../../testing/lan/tcpProxy.mts'

export { WebSocketStatus }

export const until = async (condition, ms = 30_000, what = 'a condition') => {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** A device: `open(name, token)` gives the document's `versions` map; `link` is its network. */
export async function nodeDevice(hubPort) {
  const link = await startTcpRelay(() => ({ host: '127.0.0.1', port: hubPort }))
  const origin = `http://127.0.0.1:${hubPort}`
  // crossws' Node WebSocket is the `ws` client when given options: it takes a connection of
  // ours and an Origin. (Hocuspocus calls it with `new`; a constructor may return an object.)
  function LinkedWebSocket(url, protocols) {
    return new NodeWebSocket(url, protocols ?? [], {
      origin,
      createConnection: () => connect(link.port, '127.0.0.1'),
    })
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${hubPort}/sync`,
    WebSocketPolyfill: LinkedWebSocket,
    delay: 500,
    minDelay: 500,
    maxDelay: 5_000,
    factor: 1.5,
    messageReconnectTimeout: 12_000,
  })
  const providers = []
  return {
    link,
    socket,
    providers,
    open(name, token) {
      const document = new Y.Doc()
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document, token })
      provider.attach()
      providers.push(provider)
      return document.getMap('versions')
    },
    /** Every document synced with the hub and nothing of ours unsent. */
    synced() {
      return (
        socket.status === WebSocketStatus.Connected &&
        providers.every((p) => p.isSynced && p.unsyncedChanges === 0)
      )
    },
    async destroy() {
      for (const provider of providers) provider.destroy()
      socket.destroy()
      await link.close()
    },
  }
}

const STAMP = '2026-12-07T05:00:00.000Z'
export const editorId = (i) => i.toString(16).padStart(16, '0')

function base(type, id, editor, extra) {
  return {
    type,
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    rev: 1,
    edits: { [editor]: 1 },
    deletedAt: null,
    ...extra,
  }
}

export function groupVersion(workshopId, groupId, editor) {
  return base('group', groupId, editor, {
    workshopId,
    name: groupId,
    order: 0,
    members: [],
    moderatorId: null,
    scribeId: null,
  })
}

export function boardVersion(workshopId, groupId, editor) {
  return base('board', `${groupId}-b1`, editor, { workshopId, groupId, themeId: 'theme1' })
}

export function noteVersion(workshopId, boardId, editor, id, text, order) {
  return base('note', id, editor, {
    workshopId,
    boardId,
    text,
    kind: 'hand',
    color: 'yellow',
    scenes: [],
    who: [],
    tane: false,
    order,
    parentId: null,
    area: null,
  })
}

/** The next version of a record written by the same editor: text, order or deletion changed. */
export function nextVersion(previous, editor, change) {
  const rev = previous.rev + 1
  return {
    ...previous,
    ...change,
    rev,
    edits: { ...previous.edits, [editor]: (previous.edits[editor] ?? 0) + 1 },
    updatedAt: new Date(Date.parse(STAMP) + rev * 1000).toISOString(),
  }
}

export const versionKey = (type, id, editor) => `${type}:${id}@${editor}`
