#!/usr/bin/env node
// `npm run bench:crash`: kill -9 Chromium while a user types and drags on the テーマ1 board, start it
// again on the same profile, and count the acknowledged notes that did not come back.
// See bench/crash/README.md. Progress goes to stderr; the figures to stdout as BENCH lines.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SNAPSHOT_DIR, SNAPSHOT_SUFFIX, DB_NAME, PREFIX } from './constants.mjs'
import {
  RESTORE_NOTICE,
  boardHash,
  boardNotes,
  createWorkshop,
  noticeTexts,
  switchBoard,
  waitForBoard,
  waitSaved,
} from './app.mjs'
import { runActivity } from './activity.mjs'
import { killBrowser, launchBrowser } from './browser.mjs'
import { dropOneNote, installObserver, probeStorage } from './inPage.mjs'
import { createLedger } from './ledger.mjs'
import { mulberry32 } from './rng.mjs'

const env = process.env
const int = (value, fallback) => (value === undefined || value === '' ? fallback : Number(value))
const config = {
  cycles: int(env.CRASH_CYCLES, 200),
  seed: int(env.CRASH_SEED, 1),
  // Not 4190: browsers refuse it (ManageSieve is on the Fetch standard's list of bad ports).
  port: int(env.CRASH_PORT, 4191),
  chromium: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  groups: int(env.CRASH_GROUPS, 5),
  notesPerBoard: int(env.CRASH_NOTES_PER_BOARD, 60),
  verifyAllEvery: int(env.CRASH_VERIFY_ALL_EVERY, 25),
  outDir: resolve(env.CRASH_OUT ?? 'bench-results/crash'),
  /**
   * Every Nth restart (0: never), IndexedDB is cleared after the probe, as Chromium does when it
   * finds the database corrupt: the app must restore from its second copy and lose nothing.
   */
  wipeEvery: int(env.CRASH_WIPE_EVERY, 20),
  /** Self-test of the harness: `drop-note` deletes one note from both stores every N cycles. */
  selftest: env.CRASH_SELFTEST ?? '',
  selftestEvery: int(env.CRASH_SELFTEST_EVERY, 10),
  /** Diagnostic: also kill when 保存済み shows while a snapshot write is in flight. */
  killOnEarly: env.CRASH_KILL_ON_EARLY === '1',
}
const baseUrl = `http://127.0.0.1:${config.port}`
const log = (line) => process.stderr.write(`${line}\n`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Serves out/renderer with scripts/serve-web.mjs; resolves once it answers. */
async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve-web.mjs', '--no-disk'], {
    env: { ...env, PORT: String(config.port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let exited = false
  server.on('exit', () => {
    exited = true
  })
  const deadline = Date.now() + 30_000
  for (;;) {
    if (exited) throw new Error(`scripts/serve-web.mjs exited (is port ${config.port} taken?)`)
    try {
      if ((await fetch(`${baseUrl}/`)).ok) return server
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      server.kill()
      throw new Error('scripts/serve-web.mjs did not answer in 30 s')
    }
    await sleep(100)
  }
}

/** One Chromium start on the profile, with the observer and its binding on the page. */
async function start(profileDir, ledger, record, figures) {
  const t0 = Date.now()
  const handle = await launchBrowser({ executable: config.chromium, profileDir })
  record.launchMs = Date.now() - t0
  record.notices = []
  await handle.page.exposeBinding('__crashEvent', (_source, ev) => {
    if (ev.k === 'notice') record.notices.push(ev.t)
    if (ev.k === 'early') {
      figures.saved_before_snapshot++
      figures.saved_before_snapshot_max_ms = Math.max(figures.saved_before_snapshot_max_ms, ev.ms)
      ;(record.savedBeforeSnapshotMs ??= []).push(ev.ms)
    }
    ledger.event(ev)
  })
  await handle.page.addInitScript(installObserver, PREFIX)
  return handle
}

/**
 * On a blank page of the origin (nothing holds the database): the self-test, the probe of what
 * survived the kill, then (every CRASH_WIPE_EVERY restarts) IndexedDB cleared.
 */
async function probe(page, workshopId, cycle, record) {
  await page.goto(`${baseUrl}/crash-probe`)
  const where = {
    workshopId,
    dbName: DB_NAME,
    snapshotDir: SNAPSHOT_DIR,
    snapshotSuffix: SNAPSHOT_SUFFIX,
  }
  if (config.selftest && cycle % config.selftestEvery === 0) {
    if (config.selftest !== 'drop-note')
      throw new Error(`unknown CRASH_SELFTEST ${config.selftest}`)
    record.selftest = `drop-note: ${await page.evaluate(dropOneNote, { ...where, prefix: PREFIX })}`
  }
  const stored = await page.evaluate(probeStorage, where)
  if (config.wipeEvery > 0 && cycle % config.wipeEvery === 0) {
    // What Chromium does with a corrupt database (as e2e/support/storage.ts does).
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes: 'indexeddb' })
    await cdp.detach()
    record.wiped = true
  }
  return stored
}

/** Checks every other board of the workshop, then comes back to `current`. */
async function verifyOtherBoards(page, ws, current, ledger, cycle, record) {
  record.verifiedAll = true
  for (const group of ws.groups) {
    if (group.id === current.id) continue
    const shown = await switchBoard(page, ws.workshopId, group)
    if (shown !== 'ok') throw new Error(`board of ${group.name}: ${shown}`)
    const found = ledger.verifyBoard(group.id, await boardNotes(page, PREFIX), cycle)
    record.lost.push(...found.lost)
    record.lostMoves.push(...found.lostMoves)
  }
  const back = await switchBoard(page, ws.workshopId, current)
  if (back !== 'ok') throw new Error(`board of ${current.name}: ${back}`)
}

/**
 * After a kill: what the stores hold, then the app on the current board (and every board when it
 * restored from the second copy), checked against the books. Returns the board's notes.
 */
async function restartAndVerify(handle, ws, group, ledger, cycle, unacked, record, figures) {
  const { page } = handle
  const stored = await probe(page, ws.workshopId, cycle, record)
  const stores = ledger.checkStores(stored)
  record.stores = {
    idb: stored.idb,
    idbNotes: stored.idbNotes.length,
    snap: stored.snap,
    snapNotes: stored.snapNotes.length,
    rescueCopies: stored.rescueCopies.length,
    ...stores,
  }
  if (stored.idb !== 'ok') figures.empty_idb++
  if (record.wiped) figures.wiped_idb++
  figures.acked_missing_idb += stores.missingIdb.length
  figures.acked_missing_snapshot += stores.missingSnap.length
  figures.acked_stale_idb += stores.staleIdb.length
  figures.acked_stale_snapshot += stores.staleSnap.length

  const t0 = Date.now()
  await page.goto(`${baseUrl}/${boardHash(ws.workshopId, group.id)}`)
  let shown = await waitForBoard(page, group.name)
  if (shown !== 'ok') {
    figures.start_failures++
    record.startFailure = shown
    await page.screenshot({ path: join(config.outDir, `start-failure-c${cycle}.png`) })
    log(`  cycle ${cycle}: the board did not come up (${shown}); reloading once`)
    await page.reload()
    shown = await waitForBoard(page, group.name)
    if (shown !== 'ok') throw new Error(`cycle ${cycle}: the app did not start twice: ${shown}`)
  }
  record.loadMs = Date.now() - t0
  await waitSaved(page)
  const notes = await boardNotes(page, PREFIX)
  const found = ledger.verifyBoard(group.id, notes, cycle, unacked)
  record.lost = found.lost
  record.lostMoves = found.lostMoves
  record.unackedSurvived = found.unackedSurvived
  record.unackedLost = found.unackedLost
  const notices = [...record.notices, ...(await noticeTexts(page))]
  record.restored = notices.some((n) => RESTORE_NOTICE.test(n))
  if (record.restored) figures.restored_from_copy++
  if ((record.wiped || stored.idb !== 'ok') && !record.restored) figures.restore_notice_missing++
  const unexpected = notices.filter((n) => !RESTORE_NOTICE.test(n))
  if (unexpected.length > 0) {
    figures.other_notices++
    record.otherNotices = [...new Set(unexpected)]
  }
  if (
    record.restored ||
    record.wiped ||
    stored.idb !== 'ok' ||
    cycle % config.verifyAllEvery === 0
  ) {
    await verifyOtherBoards(page, ws, group, ledger, cycle, record)
  }
  if (record.restored && !figures.shotRestored) {
    figures.shotRestored = true
    await page.screenshot({ path: join(config.outDir, 'board-restored-from-copy.png') })
  }
  if (cycle === 2) await page.screenshot({ path: join(config.outDir, 'board-after-restart.png') })
  return notes
}

function report(name, value, unit) {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1)
  process.stdout.write(`BENCH crash.${name} ${shown} ${unit}\n`)
}

async function main() {
  const started = Date.now()
  mkdirSync(config.outDir, { recursive: true })
  const cyclesFile = join(config.outDir, 'cycles.jsonl')
  writeFileSync(cyclesFile, '')
  const server = await startServer()
  const profileDir = mkdtempSync(join(tmpdir(), 'taneboard-crash-'))
  log(`crash bench: ${config.cycles} cycles, seed ${config.seed}, profile ${profileDir}`)
  const rng = mulberry32(config.seed)
  const ledger = createLedger()
  const figures = {
    empty_idb: 0,
    wiped_idb: 0,
    restore_notice_missing: 0,
    restored_from_copy: 0,
    start_failures: 0,
    other_notices: 0,
    acked_missing_idb: 0,
    acked_missing_snapshot: 0,
    acked_stale_idb: 0,
    acked_stale_snapshot: 0,
    kills_typing: 0,
    kills_dragging: 0,
    kills_idle: 0,
    activity_errors: 0,
    saved_before_snapshot: 0,
    saved_before_snapshot_max_ms: 0,
    shotRestored: false,
  }
  let ws = null
  let groupIndex = 0
  let unacked = new Map()
  let handle = null
  try {
    for (let cycle = 1; cycle <= config.cycles + 1; cycle++) {
      const final = cycle > config.cycles
      const record = { cycle, final }
      const t0 = Date.now()
      handle = await start(profileDir, ledger, record, figures)
      let group
      let shown
      if (ws === null) {
        ws = await createWorkshop(handle.page, baseUrl, config.groups)
        group = ws.groups[0]
        if ((await switchBoard(handle.page, ws.workshopId, group)) !== 'ok') {
          throw new Error('the new board did not open')
        }
        await waitSaved(handle.page)
        shown = await boardNotes(handle.page, PREFIX)
      } else {
        group = ws.groups[groupIndex]
        shown = await restartAndVerify(handle, ws, group, ledger, cycle, unacked, record, figures)
      }
      if (final) {
        await verifyOtherBoards(handle.page, ws, group, ledger, cycle, record)
        await handle.page.screenshot({ path: join(config.outDir, 'board-final.png') })
        await killBrowser(handle, 'SIGTERM')
        handle = null
        appendFileSync(cyclesFile, `${JSON.stringify(record)}\n`)
        break
      }
      if (ledger.countOn(group.id) >= config.notesPerBoard) {
        groupIndex = (groupIndex + 1) % ws.groups.length
        group = ws.groups[groupIndex]
        if ((await switchBoard(handle.page, ws.workshopId, group)) !== 'ok') {
          throw new Error(`cycle ${cycle}: could not open ${group.name}`)
        }
        await waitSaved(handle.page)
        shown = await boardNotes(handle.page, PREFIX)
        record.rotatedTo = group.name
      }
      const plan = { cycle, seed: Math.floor(rng() * 2 ** 32), u: rng(), delay: rng() }
      plan.killOnEarly = config.killOnEarly
      const result = await runActivity(handle, ledger, group, shown, plan)
      handle = null
      unacked = result.unacked
      Object.assign(record, result.record)
      const phase = result.record.kill.phase
      const bucket = phase === 'dragging' || phase === 'dropping' ? 'dragging' : phase
      figures[`kills_${bucket === 'enter' ? 'typing' : bucket}`]++
      figures.activity_errors += result.record.errors.length
      record.cycleMs = Date.now() - t0
      appendFileSync(cyclesFile, `${JSON.stringify({ ...record, unacked: [...unacked.keys()] })}\n`)
      log(
        `cycle ${cycle}/${config.cycles} ${record.mode.padEnd(9)} kill ${String(record.kill.atMs).padStart(4)} ms ` +
          `${record.kill.phase.padEnd(8)} acks ${record.acks}+${record.ackedMoves ?? 0}m ` +
          (record.savedBeforeSnapshotMs
            ? `early ${record.savedBeforeSnapshotMs.join(',')}ms `
            : '') +
          `| idb ${record.stores?.idb ?? '-'}${record.wiped ? ' (wiped)' : ''} ` +
          `restored ${record.restored ? 'YES' : 'no'} ` +
          `lost ${record.lost?.length ?? 0} moves ${record.lostMoves?.length ?? 0} (${record.cycleMs} ms)`,
      )
    }
  } finally {
    if (handle) await killBrowser(handle).catch(() => undefined)
    server.kill()
    if (env.CRASH_KEEP_PROFILE !== '1') rmSync(profileDir, { recursive: true, force: true })
  }

  const f = ledger.figures
  report('cycles', config.cycles, 'count')
  report('lost_notes', f.lost_notes, 'count')
  report('lost_moves', f.lost_moves, 'count')
  report('acknowledged_notes', f.acknowledged_notes, 'count')
  report('acknowledged_moves', f.acknowledged_moves, 'count')
  report('restored_from_copy', figures.restored_from_copy, 'count')
  report('empty_idb', figures.empty_idb, 'count')
  report('wiped_idb', figures.wiped_idb, 'count')
  report('restore_notice_missing', figures.restore_notice_missing, 'count')
  report('start_failures', figures.start_failures, 'count')
  report('unacked_notes', f.unacked_notes, 'count')
  report('unacked_survived', f.unacked_survived, 'count')
  report('unseen_survived', f.unseen_survived, 'count')
  report('acked_missing_idb', figures.acked_missing_idb, 'count')
  report('acked_missing_snapshot', figures.acked_missing_snapshot, 'count')
  report('acked_stale_snapshot', figures.acked_stale_snapshot, 'count')
  report('saved_before_snapshot', figures.saved_before_snapshot, 'count')
  report('saved_before_snapshot_max', figures.saved_before_snapshot_max_ms, 'ms')
  report('activity_errors', figures.activity_errors, 'count')
  report('kills_typing', figures.kills_typing, 'count')
  report('kills_dragging', figures.kills_dragging, 'count')
  report('kills_idle', figures.kills_idle, 'count')
  report('notes_on_boards', ledger.tracked.size, 'count')
  report('seconds', (Date.now() - started) / 1000, 's')
  for (const item of ledger.lost) log(`LOST note: ${JSON.stringify(item)}`)
  for (const item of ledger.lostMoves) log(`LOST move: ${JSON.stringify(item)}`)
  return f.lost_notes + f.lost_moves > 0 ? 2 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    log(`crash bench: the harness broke: ${error?.stack ?? String(error)}`)
    process.exitCode = 1
  },
)
