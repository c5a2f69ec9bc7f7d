import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The LAN hub as the facilitator runs it from browser mode: `node scripts/serve-web.mjs --lan`
 * in its own process (nothing is built here: `npm run build` made out/), on a free port of this
 * lane's range, with a temporary data folder and the extra name `taneboard.test` (the tables'
 * address; Chromium reaches it through each device's proxy). It can be killed with SIGKILL and
 * started again on the same port and data folder, the admin key kept.
 */
export const HUB_NAME = 'taneboard.test'

/** Ports for e2e hubs (COORDINATION.md: 18730-18759), split between the two workers. */
export const E2E_HUB_PORTS: PortRange = { first: 18730, last: 18759 }
/** Ports for the LAN bench's hub (COORDINATION.md: 18760-18799). */
export const BENCH_HUB_PORTS: PortRange = { first: 18760, last: 18799 }

export interface PortRange {
  first: number
  last: number
}

export interface HubProcess {
  readonly port: number
  /** The URL the hub printed (http://127.0.0.1:PORT/): the facilitator's own address. */
  readonly url: string
  /** http://taneboard.test:PORT/: the tables' address (not a secure context). */
  readonly tableUrl: string
  /** `taneboard.test:PORT`: the Host the tables send. */
  readonly tableHost: string
  readonly adminKey: string
  readonly dataDirectory: string
  /** Everything the hub printed since it (first) started. */
  readonly output: string[]
  /** Whether the process is running now. */
  running(): boolean
  /** The running process' id (for its memory), null while it is down. */
  pid(): number | null
  /** An admin API call (`/lan/api/<path>`) with the bearer key. */
  api<T = unknown>(path: 'status' | 'session' | 'disconnect', body?: unknown): Promise<T>
  /** SIGKILL: the process dies at once (what it had not stored is lost). */
  kill(): Promise<void>
  /**
   * Starts it again on the same port, data folder and admin key; `storeDelayMs` holds its writes
   * to the data folder that long (the hub's own half second when left out).
   */
  restart(options?: { storeDelayMs?: number }): Promise<void>
  /** Stops it (SIGKILL) and removes its data folder. */
  dispose(): Promise<void>
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => {
      resolve(false)
    })
    probe.listen(port, '127.0.0.1', () => {
      probe.close(() => {
        resolve(true)
      })
    })
  })
}

let nextOffset = 0

/** A free port of the range, starting from this worker's half so two workers rarely meet. */
async function freeHubPort(range: PortRange, workerIndex: number): Promise<number> {
  const size = range.last - range.first + 1
  const start = (workerIndex % 2) * Math.floor(size / 2)
  for (let i = 0; i < size; i++) {
    const port = range.first + ((start + nextOffset++ + i) % size)
    if (await portFree(port)) return port
  }
  throw new Error(`no free hub port in ${range.first}-${range.last}`)
}

const PRINTED_URL = /タネボード LAN共有: (\S+)/
const PRINTED_KEY = /管理キー[^:]*: (\S+)/

function startProcess(
  port: number,
  dataDirectory: string,
  adminKey: string,
  output: string[],
  storeDelayMs?: number,
): Promise<{ child: ChildProcess; url: string; key: string }> {
  const child = spawn(
    process.execPath,
    [
      'scripts/serve-web.mjs',
      '--lan',
      '--host=127.0.0.1',
      `--port=${port}`,
      `--data=${dataDirectory}`,
      `--host-name=${HUB_NAME}`,
      // The facilitator page's data stays in its browser profile, like every other test's.
      '--no-disk',
      ...(storeDelayMs === undefined ? [] : [`--store-delay-ms=${storeDelayMs}`]),
    ],
    { env: { ...process.env, LAN_ADMIN_KEY: adminKey }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    let url: string | undefined
    let key: string | undefined
    let partial = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the hub did not start:\n${output.join('\n')}`))
    }, 20_000)
    const onText = (chunk: Buffer): void => {
      partial += chunk.toString('utf8')
      const lines = partial.split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        output.push(line)
        url ??= PRINTED_URL.exec(line)?.[1]
        key ??= PRINTED_KEY.exec(line)?.[1]
      }
      if (url && key) {
        clearTimeout(timer)
        resolve({ child, url, key })
      }
    }
    child.stdout.on('data', onText)
    child.stderr.on('data', onText)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the hub exited (${code ?? signal}):\n${output.join('\n')}`))
    })
  })
}

export async function startHubProcess(
  options: { workerIndex?: number; ports?: PortRange } = {},
): Promise<HubProcess> {
  const port = await freeHubPort(options.ports ?? E2E_HUB_PORTS, options.workerIndex ?? 0)
  const dataDirectory = await mkdtemp(join(tmpdir(), 'taneboard-e2e-lan-'))
  const adminKey = randomBytes(24).toString('base64url')
  const output: string[] = []
  let current = await startProcess(port, dataDirectory, adminKey, output)
  // Whatever ends this process (a worker stopped after a timeout), the hub does not outlive it.
  const orphaned = (): void => {
    current.child.kill('SIGKILL')
  }
  process.once('exit', orphaned)
  if (current.key !== adminKey) throw new Error('the hub printed another admin key')
  let alive = true
  current.child.once('exit', () => (alive = false))

  const kill = async (): Promise<void> => {
    if (!alive) return
    const exited = new Promise((resolve) => current.child.once('exit', resolve))
    current.child.kill('SIGKILL')
    await exited
  }

  return {
    port,
    url: current.url,
    tableUrl: `http://${HUB_NAME}:${port}/`,
    tableHost: `${HUB_NAME}:${port}`,
    adminKey,
    dataDirectory,
    output,
    running: () => alive,
    pid: () => (alive ? (current.child.pid ?? null) : null),
    async api<T>(path: string, body?: unknown): Promise<T> {
      const response = await fetch(`http://127.0.0.1:${port}/lan/api/${path}`, {
        method: body === undefined && path === 'status' ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
        body: body === undefined ? (path === 'status' ? undefined : '{}') : JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`/lan/api/${path}: ${response.status}`)
      return (await response.json()) as T
    },
    kill,
    async restart(options = {}) {
      await kill()
      current = await startProcess(port, dataDirectory, adminKey, output, options.storeDelayMs)
      alive = true
      current.child.once('exit', () => (alive = false))
    },
    async dispose() {
      process.off('exit', orphaned)
      await kill()
      await rm(dataDirectory, { recursive: true, force: true })
    },
  }
}
