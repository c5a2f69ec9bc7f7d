#!/usr/bin/env node
/* global window, document, MutationObserver, requestAnimationFrame */
// npm run bench:lan (after run.mjs): the facilitator's paint. The hub runs as the facilitator runs
// it from browser mode (its own process); the real facilitator page (Chromium, the hub's
// facilitator URL `#/lan-admin/<key>`) holds a 15-group workshop shared from the console's
// 「LAN共有」 and shows グループ一覧; 15 x 2 Node table devices (./devices.mjs) join with their
// groups' tokens. Notes are written one after another from random table devices; each is timed
// from its commit at the table (Node) to the moment the facilitator page has painted the group's
// new count (in the page: a MutationObserver sees the count change, then one requestAnimationFrame),
// both on this machine's clock (performance.timeOrigin + performance.now()).
// Prints `BENCH lan.propagation_p95_ms <value> ms` and `BENCH lan.propagation_p50_ms <value> ms`.
import { randomUUID } from 'node:crypto'
import { rm, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'rolldown'
import { BENCH_HUB_PORTS, startHubProcess } from '../../testing/lan/hubProcess.mts'
import { editorId, nodeDevice, noteVersion, until, versionKey } from './devices.mjs'

const GROUPS = 15
const WRITES = Number(process.env.LAN_PAINT_WRITES ?? 60)
// Kept in step by hand with src/renderer/host/snapshotStores.ts (plain JavaScript here).
const SNAPSHOT_DIRECTORY = 'workshops'
const SNAPSHOT_SUFFIX = '.taneboard.json'
const clock = () => performance.timeOrigin + performance.now()
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const log = (line) => process.stderr.write(`${line}\n`)
const bench = (name, value, unit) => console.log(`BENCH lan.${name} ${Math.round(value)} ${unit}`)

/** testing/lan/lanWorkshop.ts (TypeScript importing the app's sources), bundled for Node. */
async function importLanWorkshop() {
  const folder = await mkdtemp(join(tmpdir(), 'taneboard-bench-lan-'))
  try {
    const { output } = await build({
      input: 'testing/lan/lanWorkshop.ts',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      output: { format: 'esm' },
    })
    const file = join(folder, 'lanWorkshop.mjs')
    await writeFile(file, output[0].code)
    return await import(pathToFileURL(file).href)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Mulberry32: the same devices write in the same order on every run. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The facilitator: the workshop restored from its second copy, shared from 「LAN共有」. */
async function shareFromConsole(page, hub, doc, file) {
  await page.goto(hub.url)
  await page.getByRole('heading', { name: 'タネボード', level: 1 }).waitFor()
  await page.evaluate(
    async ({ directory, name, content }) => {
      const root = await navigator.storage.getDirectory()
      const dir = await root.getDirectoryHandle(directory, { create: true })
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable()
      await writable.write(content)
      await writable.close()
    },
    {
      directory: SNAPSHOT_DIRECTORY,
      name: `${doc.workshop.id}${SNAPSHOT_SUFFIX}`,
      content: file,
    },
  )
  await page.reload()
  await page.getByText(/バックアップから復元しました/).waitFor()
  await page.goto('about:blank')
  await page.goto(`${hub.url}#/lan-admin/${hub.adminKey}`)
  await page.waitForURL(/#\/$/)
  await page.goto(`${hub.url}#/w/${doc.workshop.id}/console`)
  await page.getByRole('tab', { name: 'LAN共有', exact: true }).click()
  await page.getByRole('button', { name: 'LAN共有を開始' }).click()
  await page.getByRole('img', { name: '参加用QRコード' }).waitFor()
  await page.getByRole('tab', { name: 'グループ一覧', exact: true }).click()
  await page.getByRole('radio', { name: 'テーマ1' }).click()
}

const { lanWorkshop, lanGroups, lanWorkshopFile } = await importLanWorkshop()
const doc = lanWorkshop(
  'LAN ベンチ',
  Array.from({ length: GROUPS }, () => []),
)
const workshopId = doc.workshop.id
const groups = lanGroups(doc)
const hub = await startHubProcess({ ports: BENCH_HUB_PORTS })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const tables = []
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  await shareFromConsole(page, hub, doc, lanWorkshopFile(doc))
  await page
    .locator('.groups-overview .groups-card')
    .nth(GROUPS - 1)
    .waitFor()
  log('# the facilitator page shares the workshop and shows グループ一覧')

  // Each change of a group's count, reported once the frame after it has begun.
  const painted = []
  await page.exposeFunction('benchPainted', (name, count, at) => {
    painted.push({ name, count, at })
  })
  await page.evaluate(() => {
    const read = () =>
      new Map(
        [...document.querySelectorAll('.groups-overview .groups-card')].map((card) => [
          card.querySelector('h3')?.textContent ?? '',
          card.querySelector('.groups-count')?.textContent ?? '',
        ]),
      )
    let last = read()
    new MutationObserver(() => {
      const now = read()
      for (const [name, count] of now) {
        if (last.get(name) === count) continue
        requestAnimationFrame(() => {
          void window.benchPainted(name, count, performance.timeOrigin + performance.now())
        })
      }
      last = now
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })

  // 15 x 2 table devices join with their groups' tokens.
  const { join: session } = await hub.api('status')
  const tokenOf = (groupId) => session.groups.find((g) => g.groupId === groupId).token
  for (const [i, group] of groups.entries()) {
    for (const k of [0, 1]) {
      const device = await nodeDevice(hub.port)
      const versions = device.open(`ws/${workshopId}/g/${group.groupId}`, tokenOf(group.groupId))
      tables.push({ group, device, versions, editor: editorId(100 + i * 2 + k) })
    }
  }
  await until(
    () => tables.every((t) => t.device.synced() && t.versions.size > 0),
    30_000,
    '30 table devices',
  )
  log(`# ${tables.length} table devices joined`)

  const notes = new Map(groups.map((g) => [g.name, 0]))
  const next = random(7)
  const delays = []
  let order = 0
  for (let i = 0; i < WRITES; i++) {
    const t = tables[Math.floor(next() * tables.length)]
    const id = randomUUID()
    const count = `付箋 ${notes.get(t.group.name) + 1}枚`
    const record = noteVersion(
      workshopId,
      t.group.theme1BoardId,
      t.editor,
      id,
      `描画 ${i}`,
      order++,
    )
    const committed = clock()
    t.versions.set(versionKey('note', id, t.editor), record)
    await until(
      () => painted.some((p) => p.name === t.group.name && p.count === count),
      10_000,
      `${count} painted for ${t.group.name}`,
    )
    const paint = painted.find((p) => p.name === t.group.name && p.count === count)
    notes.set(t.group.name, notes.get(t.group.name) + 1)
    delays.push(paint.at - committed)
    await sleep(100 + next() * 200)
  }
  delays.sort((a, b) => a - b)
  const at = (q) => delays[Math.min(delays.length - 1, Math.floor(delays.length * q))]
  log(
    `# ${delays.length} notes from random table devices: min ${Math.round(delays[0])} ms, ` +
      `max ${Math.round(delays[delays.length - 1])} ms`,
  )
  bench('propagation_p50_ms', at(0.5), 'ms')
  bench('propagation_p95_ms', at(0.95), 'ms')
} finally {
  for (const t of tables) await t.device.destroy()
  await browser.close()
  await hub.dispose()
}
process.exit(0)
