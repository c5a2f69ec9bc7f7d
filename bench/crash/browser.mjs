// Chromium as a child process in its own process group, on a profile kept across kills, driven
// over CDP. kill() is kill -9 of the whole group (browser, renderers, GPU and utility processes).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-crash-restore-bubble',
  '--lang=ja',
  '--window-size=1366,768',
  '--remote-debugging-port=0',
]

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * True while a process of the group is still running. Zombies do not count: they are dead, only
 * not reaped yet (the container's init can take a second to reap the orphaned children).
 */
function groupAlive(pgid) {
  let entries
  try {
    entries = readdirSync('/proc')
  } catch {
    entries = null
  }
  if (entries === null) {
    try {
      process.kill(-pgid, 0)
      return true
    } catch (error) {
      return error.code === 'EPERM'
    }
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    let stat
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true
  }
  return false
}

/**
 * Starts Chromium on `profileDir`, connects, and returns one page (any other tab is closed).
 * Rejects (after killing what it started) when Chromium does not come up within `timeoutMs`.
 */
export async function launchBrowser({ executable, profileDir, timeoutMs = 30_000 }) {
  const portFile = join(profileDir, 'DevToolsActivePort')
  rmSync(portFile, { force: true })
  const child = spawn(executable, [...ARGS, `--user-data-dir=${profileDir}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000)
  })
  let exited = false
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  })
  const handle = { child, exit, stderr: () => stderr, browser: null, page: null }
  try {
    const deadline = Date.now() + timeoutMs
    let port = null
    while (port === null) {
      if (exited) throw new Error(`chromium exited at start-up:\n${stderr}`)
      if (Date.now() > deadline) throw new Error(`no DevToolsActivePort after ${timeoutMs} ms`)
      if (existsSync(portFile)) {
        const [first, second] = readFileSync(portFile, 'utf8').split('\n')
        if (first && second !== undefined) port = Number(first)
      }
      if (port === null) await sleep(20)
    }
    handle.browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, {
      timeout: timeoutMs,
    })
    const context = handle.browser.contexts()[0] ?? (await handle.browser.newContext())
    const pages = context.pages()
    handle.page = pages[0] ?? (await context.newPage())
    for (const extra of pages.slice(1)) await extra.close()
    await handle.page.setViewportSize({ width: 1366, height: 768 })
    return handle
  } catch (error) {
    await killBrowser(handle)
    throw error
  }
}

/** kill -9 of the whole process group; resolves when every process of it is gone. */
export async function killBrowser(handle, signal = 'SIGKILL') {
  const pgid = handle.child.pid
  try {
    process.kill(-pgid, signal)
  } catch {
    // Already gone.
  }
  await handle.exit
  const deadline = Date.now() + 10_000
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) throw new Error(`process group ${pgid} still alive after kill`)
    await sleep(10)
  }
  // The connection is dead; Playwright notices on its own (close() would wait for nothing).
  if (handle.browser) void handle.browser.close().catch(() => undefined)
}
