#!/usr/bin/env node
// npm run bench:lan (first part): the LAN hub (out/main/lanHub.js, from `npm run build`) with Node
// devices (Hocuspocus providers): 15 groups x 2 table devices plus the facilitator. Prints
//   BENCH lan.join_30_ms       30 devices joining at once until each holds its group's records
//   BENCH lan.node_propagation_p95_ms  a table's write until the facilitator's document has it
//                              (Node to Node; the facilitator's paint is not measured here yet)
//   BENCH lan.catchup_ms       a device 50 notes behind (cut, others wrote) until it has them all
//   BENCH lan.bench_process_rss_mb  memory of this process (the hub and the 31 Node devices)
// Not yet measured (issue 16): the facilitator's paint in a browser, faults through TCP proxies and
// hub kills (lan.lost_notes), 30 minutes of typing (lan.hub_rss_mb).
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider'
import * as Y from 'yjs'

const require = createRequire(import.meta.url)
const { createLanHub } = require(resolve('out/main/lanHub.js'))
const PORT = Number(process.env.LAN_BENCH_PORT ?? 4191)
const ORIGIN = `http://127.0.0.1:${PORT}`
const GROUPS = 15
const now = () => performance.now()
const bench = (name, value, unit) => console.log(`BENCH lan.${name} ${Math.round(value)} ${unit}`)
const until = async (condition, ms = 30_000) => {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 2))
  }
}

class OriginWebSocket extends WebSocket {
  constructor(url, protocols) {
    super(url, { protocols, headers: { origin: ORIGIN } })
  }
}
function device() {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${PORT}/sync`,
    WebSocketPolyfill: OriginWebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  })
  return {
    socket,
    open(name, token) {
      const document = new Y.Doc()
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document, token })
      provider.attach()
      return document.getMap('versions')
    },
  }
}

const stamp = '2026-12-07T05:00:00.000Z'
const editor = (i) => i.toString(16).padStart(16, '0')
const base = (type, id, extra) => ({
  type,
  id,
  createdAt: stamp,
  updatedAt: stamp,
  rev: 1,
  edits: { [editor(1)]: 1 },
  deletedAt: null,
  ...extra,
})

const root = await mkdtemp(join(tmpdir(), 'taneboard-bench-lan-'))
const hub = createLanHub({
  rootDirectory: resolve('out/renderer'),
  dataDirectory: root,
  addresses: ['127.0.0.1'],
  port: PORT,
})
await hub.start()
const wid = 'bench-ws'
const groups = Array.from({ length: GROUPS }, (_, i) => `g${i}`)
const joinInfo = await hub.open({ workshopId: wid, groupIds: groups })
const token = (g) => joinInfo.groups.find((x) => x.groupId === g).token
const fac = device()
const facDocs = new Map()
for (const g of groups) {
  const versions = fac.open(`ws/${wid}/g/${g}`, joinInfo.facilitator.token)
  facDocs.set(g, versions)
  versions.doc.transact(() => {
    versions.set(
      `group:${g}@${editor(1)}`,
      base('group', g, {
        workshopId: wid,
        name: g,
        order: 0,
        members: [],
        moderatorId: null,
        scribeId: null,
      }),
    )
    versions.set(
      `board:${g}-b1@${editor(1)}`,
      base('board', `${g}-b1`, { workshopId: wid, groupId: g, themeId: 'theme1' }),
    )
  })
}
await until(() =>
  groups.every((g) => hub.document(`ws/${wid}/g/${g}`)?.getMap('versions').size === 2),
)

// 30 devices join at once
let started = now()
const tables = groups.flatMap((g, i) =>
  [0, 1].map((k) => ({ g, d: device(), editor: editor(100 + i * 2 + k) })),
)
for (const t of tables) t.versions = t.d.open(`ws/${wid}/g/${t.g}`, token(t.g))
await until(() => tables.every((t) => t.versions.size >= 2))
bench('join_30_ms', now() - started, 'ms')

// propagation: 200 notes written at tables, timed until the facilitator's document has them
const delays = []
for (let i = 0; i < 200; i++) {
  const t = tables[i % tables.length]
  const id = randomUUID()
  const key = `note:${id}@${t.editor}`
  const note = base('note', id, {
    edits: { [t.editor]: 1 },
    workshopId: wid,
    boardId: `${t.g}-b1`,
    text: `付箋 ${i}`,
    kind: 'hand',
    color: 'yellow',
    scenes: [],
    who: [],
    tane: false,
    order: i,
    parentId: null,
    area: null,
  })
  started = now()
  t.versions.set(key, note)
  await until(() => facDocs.get(t.g).has(key), 10_000)
  delays.push(now() - started)
}
delays.sort((a, b) => a - b)
bench('node_propagation_p95_ms', delays[Math.floor(delays.length * 0.95)], 'ms')

// catch-up: one device cut while its table partner writes 50 notes
const [a, b] = tables
a.d.socket.disconnect()
await until(() => a.d.socket.status === WebSocketStatus.Disconnected)
const keys = []
for (let i = 0; i < 50; i++) {
  const id = randomUUID()
  keys.push(`note:${id}@${b.editor}`)
  b.versions.set(
    keys.at(-1),
    base('note', id, {
      edits: { [b.editor]: 1 },
      workshopId: wid,
      boardId: `${b.g}-b1`,
      text: `オフライン中 ${i}`,
      kind: 'hand',
      color: 'yellow',
      scenes: [],
      who: [],
      tane: false,
      order: 1000 + i,
      parentId: null,
      area: null,
    }),
  )
}
await until(() => keys.every((k) => hub.document(`ws/${wid}/g/${b.g}`).getMap('versions').has(k)))
started = now()
void a.d.socket.connect()
await until(() => keys.every((k) => a.versions.has(k)))
bench('catchup_ms', now() - started, 'ms')

bench('bench_process_rss_mb', process.memoryUsage().rss / 1024 / 1024, 'MB')
for (const t of tables) t.d.socket.destroy()
fac.socket.destroy()
await hub.stop()
await rm(root, { recursive: true, force: true })
process.exit(0)
