#!/usr/bin/env node
// npm run bench:lan: the LAN hub as the facilitator runs it from browser mode (its own process,
// `node scripts/serve-web.mjs --lan`, built by `npm run build`), 15 groups x 2 table devices and
// the facilitator as Node devices (Hocuspocus providers with the app's retry settings), each
// through its own link (testing/lan/tcpProxy.mts). Prints `BENCH lan.<name> <value> <unit>`:
//   join_30_ms            30 devices joining at once until each holds its group's records
//   node_propagation_p95_ms  a table's write until the facilitator's document has it (Node)
//   catchup_ms            a device back after a long time offline (its retry delay at its 5 s
//                         ceiling) with 50 notes added, 20 moved, 10 deleted there and 50 added by
//                         its partner, until both sides hold everything
//   hub_rss_mb            the hub process' memory after 30 minutes' worth of typing (accelerated)
//   lost_notes            after >= 100 injected faults (cuts, black holes, hub kills) while every
//                         device writes: notes whose last version never reached the facilitator
//   join_bytes_30         what 30 tables' browsers download to start (gzip, as Chromium asks on
//                         http), and whether hashed assets are immutable
// The facilitator's paint in Chromium (propagation_p95_ms) is measured by paint.mjs.
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { BENCH_HUB_PORTS, startHubProcess } from '../../testing/lan/hubProcess.mts'
import { measureAssets } from './assets.mjs'
import {
  boardVersion,
  editorId,
  groupVersion,
  nextVersion,
  nodeDevice,
  noteVersion,
  until,
  versionKey,
} from './devices.mjs'
import { injectFaults } from './faults.mjs'

const GROUPS = 15
const now = () => performance.now()
const bench = (name, value, unit) => console.log(`BENCH lan.${name} ${Math.round(value)} ${unit}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const hub = await startHubProcess({ ports: BENCH_HUB_PORTS })
const workshopId = 'bench-ws'
const groups = Array.from({ length: GROUPS }, (_, i) => `g${i}`)
const openSession = () => hub.api('session', { workshopId, groupIds: groups })
const joinInfo = await openSession()
const tokenOf = (g) => joinInfo.groups.find((x) => x.groupId === g).token
const docName = (g) => `ws/${workshopId}/g/${g}`

async function hubRssMb() {
  const status = await readFile(`/proc/${hub.pid()}/status`, 'utf8')
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

try {
  // The facilitator (the laptop itself, never faulted) publishes each group and its board.
  const facilitatorEditor = editorId(1)
  const fac = await nodeDevice(hub.port)
  const facDocs = new Map()
  for (const g of groups) {
    const versions = fac.open(docName(g), joinInfo.facilitator.token)
    facDocs.set(g, versions)
    versions.doc.transact(() => {
      versions.set(
        versionKey('group', g, facilitatorEditor),
        groupVersion(workshopId, g, facilitatorEditor),
      )
      versions.set(
        versionKey('board', `${g}-b1`, facilitatorEditor),
        boardVersion(workshopId, g, facilitatorEditor),
      )
    })
  }
  await until(() => fac.synced(), 30_000, 'the facilitator')
  const rssIdle = await hubRssMb()

  // 30 devices join at once.
  let started = now()
  const tables = await Promise.all(
    groups.flatMap((g, i) =>
      [0, 1].map(async (k) => ({
        g,
        device: await nodeDevice(hub.port),
        editor: editorId(100 + i * 2 + k),
      })),
    ),
  )
  started = now()
  for (const t of tables) t.versions = t.device.open(docName(t.g), tokenOf(t.g))
  await until(() => tables.every((t) => t.versions.size >= 2), 30_000, '30 joins')
  bench('join_30_ms', now() - started, 'ms')

  /** What each table device wrote last, by key (for the checks). */
  const written = new Map(tables.map((t) => [t, new Map()]))
  let order = 0
  const write = (t, key, value) => {
    t.versions.set(key, value)
    written.get(t).set(key, value)
  }
  const addNote = (t, text) => {
    const id = randomUUID()
    const key = versionKey('note', id, t.editor)
    write(t, key, noteVersion(workshopId, `${t.g}-b1`, t.editor, id, text, order++))
    return key
  }
  const change = (t, key, what) =>
    write(t, key, nextVersion(written.get(t).get(key), t.editor, what))

  // Propagation (Node to Node): 200 notes written at tables, until the facilitator has them.
  const delays = []
  for (let i = 0; i < 200; i++) {
    const t = tables[i % tables.length]
    started = now()
    const key = addNote(t, `付箋 ${i}`)
    await until(() => facDocs.get(t.g).has(key), 10_000, 'a note at the facilitator')
    delays.push(now() - started)
  }
  delays.sort((a, b) => a - b)
  bench('node_propagation_p95_ms', delays[Math.floor(delays.length * 0.95)], 'ms')

  // Catch-up: one device offline long enough for its retry delay to reach its ceiling (5 s, where
  // it stays however long the device is away); meanwhile it adds 50 notes, moves 20, deletes 10,
  // and its partner adds 50.
  const [a, b] = tables
  a.device.link.cut()
  const offlineStarted = Date.now()
  const aKeys = []
  for (let i = 0; i < 50; i++) aKeys.push(addNote(a, `オフラインで ${i}`))
  for (let i = 0; i < 20; i++) change(a, aKeys[i], { order: 10_000 + i })
  for (let i = 20; i < 30; i++) change(a, aKeys[i], { deletedAt: '2026-12-07T05:10:00.000Z' })
  const bKeys = []
  for (let i = 0; i < 50; i++) bKeys.push(addNote(b, `つながっている側 ${i}`))
  await until(() => bKeys.every((k) => facDocs.get(b.g).has(k)), 10_000, "the partner's notes")
  await sleep(Math.max(0, 16_000 - (Date.now() - offlineStarted)))
  started = now()
  let reconnectedAfter = null
  const onStatus = ({ status }) => {
    if (status === 'connected' && reconnectedAfter === null) reconnectedAfter = now() - started
  }
  a.device.socket.on('status', onStatus)
  a.device.link.pass()
  const sameAsWritten = (versions, t, key) => versions.get(key)?.rev === written.get(t).get(key).rev
  await until(
    () =>
      aKeys.every((k) => sameAsWritten(facDocs.get(a.g), a, k)) &&
      bKeys.every((k) => a.versions.has(k)),
    30_000,
    'the catch-up',
  )
  const caughtUp = now() - started
  a.device.socket.off('status', onStatus)
  console.log(
    `# catch-up: the socket back after ${Math.round(reconnectedAfter)} ms (the retry's wait), ` +
      `everything in sync ${Math.round(caughtUp - reconnectedAfter)} ms later`,
  )
  bench('catchup_ms', caughtUp, 'ms')

  // 30 minutes of typing, accelerated: each of the 30 devices makes 360 edits (one every 5 s for
  // 30 minutes): a new note every third edit, otherwise a change to one of its notes' text.
  const EDITS_PER_DEVICE = 360
  const mine = new Map(tables.map((t) => [t, []]))
  for (let round = 0; round < EDITS_PER_DEVICE; round++) {
    for (const t of tables) {
      const own = mine.get(t)
      if (round % 3 === 0 || own.length === 0) own.push(addNote(t, `入力 ${round}`))
      else {
        const key = own[round % own.length]
        change(t, key, { text: `${written.get(t).get(key).text}、追記${round}` })
      }
    }
    await sleep(15)
  }
  await until(() => tables.every((t) => t.device.synced()), 120_000, 'the typing to be sent')
  await until(
    () =>
      tables.every((t) =>
        [...written.get(t).keys()].every((k) => sameAsWritten(facDocs.get(t.g), t, k)),
      ),
    120_000,
    'the facilitator to hold the typing',
  )
  await sleep(3_000) // stored (at most 2 s after a change)
  const rssTyped = await hubRssMb()
  console.log(
    `# typing: ${tables.length} devices x ${EDITS_PER_DEVICE} edits = ${tables.length * EDITS_PER_DEVICE} edits ` +
      `(${tables.length * (EDITS_PER_DEVICE / 3)} notes); hub RSS idle ${Math.round(rssIdle.rss)} MB, ` +
      `peak ${Math.round(rssTyped.peak)} MB`,
  )
  bench('hub_rss_mb', rssTyped.rss, 'MB')

  // Faults while every device writes: cuts, black holes and hub kills.
  const faults = await injectFaults({
    hub,
    tables,
    reopen: openSession,
    write: (t, i) => addNote(t, `障害中 ${i}`),
  })
  console.log(
    `# faults: ${faults.cuts} cuts, ${faults.blackHoles} black holes (${faults.longBlackHoles} longer than the 12 s silence limit), ` +
      `${faults.hubKills} hub kills; ${faults.notes} notes written meanwhile`,
  )
  const missing = () =>
    tables.reduce(
      (sum, t) =>
        sum +
        [...written.get(t).keys()].filter((k) => !sameAsWritten(facDocs.get(t.g), t, k)).length,
      0,
    )
  await until(() => missing() === 0, 120_000, 'convergence after the faults').catch(() => undefined)
  bench('lost_notes', missing(), 'notes')

  // What the hub keeps on disk: every device leaves, the hub is killed and started again, and a
  // fresh facilitator reads every group.
  await sleep(3_000)
  for (const t of tables) await t.device.destroy()
  await fac.destroy()
  await hub.kill()
  await hub.restart()
  await openSession()
  const reader = await nodeDevice(hub.port)
  const read = new Map(groups.map((g) => [g, reader.open(docName(g), joinInfo.facilitator.token)]))
  await until(() => reader.synced(), 30_000, 'the reader')
  const lostOnDisk = tables.reduce(
    (sum, t) =>
      sum + [...written.get(t).keys()].filter((k) => !sameAsWritten(read.get(t.g), t, k)).length,
    0,
  )
  bench('lost_notes_after_restart', lostOnDisk, 'notes')
  await reader.destroy()

  await measureAssets(hub, bench)
} finally {
  await hub.dispose()
}
process.exit(0)
