import { createServer as createHttpServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http'
import { connect, createServer, type Server, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * A device's network link to the hub, put between one browser context (or one Node device) and
 * the hub so a test can take its Wi-Fi away. Playwright's `setOffline` does not cut WebSockets,
 * so the link is a real TCP relay that can:
 *
 * - `pass()`: relay bytes both ways (each chunk `delay(ms)` late, when set; order kept);
 * - `cut()`: destroy every socket at once and refuse new connections (the Wi-Fi is gone and
 *   both ends know it);
 * - `blackHole()`: a half-open link. Every socket stays open and nothing gets through either way,
 *   not even a close; new connections are accepted and never answered. As with TCP, what was sent
 *   meanwhile is not lost but held: when the link passes again it arrives late, in order (and a
 *   side that closed its socket meanwhile closes the other side then). An end that wants to know
 *   must notice the silence itself.
 *
 * `startTcpRelay` is the bare TCP relay (a Node device connects through it). `startDeviceProxy`
 * is the same link as an HTTP proxy for a browser context (Playwright's per-context `proxy`
 * option): the page keeps the hub's name and port in its URL, so its origin, its Host and Origin
 * headers and its IndexedDB are the hub's own, while every byte it exchanges with the hub goes
 * through the link. WebSockets go through a CONNECT tunnel (how Chromium sends ws:// through a
 * proxy); plain requests are forwarded one by one.
 *
 * An .mts module so that the LAN bench (plain Node, type stripping) and the e2e specs share it.
 */
export type LinkMode = 'pass' | 'cut' | 'blackhole'

export interface LinkStats {
  /** Connections accepted from the device (tunnels and plain requests' sockets). */
  connections: number
  bytesToHub: number
  bytesFromHub: number
}

export interface DeviceLink {
  /** The port the device connects to (127.0.0.1). */
  readonly port: number
  /** `http://127.0.0.1:<port>`, for Playwright's `proxy: { server }` (startDeviceProxy). */
  readonly server: string
  readonly mode: LinkMode
  readonly stats: LinkStats
  /** Sockets open now between the device and the link. */
  openSockets(): number
  pass(): void
  cut(): void
  blackHole(): void
  /** Each chunk this many ms late (0: none). */
  delay(ms: number): void
  close(): Promise<void>
}

export interface HubAddress {
  host: string
  port: number
}

/** What one direction of a relayed connection has to deliver: chunks, then maybe its end. */
interface Lane {
  to: Socket
  count: 'bytesToHub' | 'bytesFromHub'
  queue: { chunk: Buffer | null; dueAt: number }[]
  timer: ReturnType<typeof setTimeout> | null
}

class LinkControl {
  mode: LinkMode = 'pass'
  delayMs = 0
  readonly stats: LinkStats = { connections: 0, bytesToHub: 0, bytesFromHub: 0 }
  readonly sockets = new Set<Duplex>()
  readonly lanes = new Set<Lane>()
  /** What waits for the link to pass (connections to open, requests to forward). */
  readonly waiting = new Set<() => void>()

  track(socket: Duplex): void {
    this.sockets.add(socket)
    socket.once('close', () => this.sockets.delete(socket))
    socket.on('error', () => undefined)
  }

  /** Accepts a device connection: false when the link is cut (the socket is destroyed). */
  accept(socket: Duplex): boolean {
    if (this.mode === 'cut') {
      socket.destroy()
      return false
    }
    this.stats.connections++
    this.track(socket)
    return true
  }

  /** Runs `start` now, or when the link passes again (black hole); never when it is cut. */
  whenPassing(start: () => void): void {
    if (this.mode === 'pass') start()
    else if (this.mode === 'blackhole') this.waiting.add(start)
  }

  private pump(lane: Lane): void {
    if (lane.timer) clearTimeout(lane.timer)
    lane.timer = null
    while (this.mode === 'pass' && lane.queue.length > 0) {
      const head = lane.queue[0]
      if (!head) break
      const wait = head.dueAt - Date.now()
      if (wait > 0) {
        lane.timer = setTimeout(() => {
          this.pump(lane)
        }, wait)
        return
      }
      lane.queue.shift()
      if (head.chunk === null) {
        lane.to.destroy()
        this.lanes.delete(lane)
        return
      }
      if (lane.to.destroyed) continue
      this.stats[lane.count] += head.chunk.length
      lane.to.write(head.chunk)
    }
  }

  private lane(from: Socket, to: Socket, count: Lane['count']): Lane {
    const lane: Lane = { to, count, queue: [], timer: null }
    this.lanes.add(lane)
    const push = (chunk: Buffer | null): void => {
      lane.queue.push({ chunk, dueAt: Date.now() + this.delayMs })
      this.pump(lane)
    }
    from.on('data', push)
    from.once('close', () => {
      push(null)
    })
    return lane
  }

  /** Relays both ways between the two sockets, under the link's mode. */
  join(device: Socket, hub: Socket, firstToHub?: Buffer): void {
    this.track(hub)
    const toHub = this.lane(device, hub, 'bytesToHub')
    this.lane(hub, device, 'bytesFromHub')
    if (firstToHub && firstToHub.length > 0) {
      toHub.queue.push({ chunk: firstToHub, dueAt: Date.now() + this.delayMs })
      this.pump(toHub)
    }
  }

  pass(): void {
    this.mode = 'pass'
    const waiting = [...this.waiting]
    this.waiting.clear()
    for (const start of waiting) start()
    for (const lane of [...this.lanes]) this.pump(lane)
  }

  cut(): void {
    this.mode = 'cut'
    this.waiting.clear()
    for (const lane of this.lanes) if (lane.timer) clearTimeout(lane.timer)
    this.lanes.clear()
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
  }
}

function listen(server: Server | HttpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      const address = server.address()
      if (address === null || typeof address === 'string') reject(new Error('no port'))
      else resolve(address.port)
    })
  })
}

function linkOf(control: LinkControl, server: Server | HttpServer, port: number): DeviceLink {
  return {
    port,
    server: `http://127.0.0.1:${port}`,
    get mode() {
      return control.mode
    },
    stats: control.stats,
    openSockets: () => control.sockets.size,
    pass() {
      control.pass()
    },
    cut() {
      control.cut()
    },
    blackHole() {
      if (control.mode === 'pass') control.mode = 'blackhole'
    },
    delay(ms) {
      control.delayMs = ms
    },
    close() {
      control.cut()
      return new Promise((resolve) => {
        server.close(() => {
          resolve()
        })
      })
    },
  }
}

/** A bare TCP relay to the hub (for Node devices): every connection is relayed as it is. */
export async function startTcpRelay(hub: () => HubAddress): Promise<DeviceLink> {
  const control = new LinkControl()
  const server = createServer((device) => {
    if (!control.accept(device)) return
    device.pause()
    control.whenPassing(() => {
      if (device.destroyed) return
      const target = hub()
      control.join(device, connect(target.port, target.host))
      device.resume()
    })
  })
  return linkOf(control, server, await listen(server))
}

/** Headers a forward proxy does not pass on. */
const HOP_BY_HOP = new Set(['proxy-connection', 'proxy-authorization', 'keep-alive', 'connection'])

/**
 * The link as an HTTP proxy for one browser context. `targets` are the only `host:port` values it
 * opens (the hub's name and port as the page sees them, and any other name a test points at the
 * hub); anything else gets 403, so a page reaches nothing but the hub through it. The bytes go to
 * `hub()`, the hub's real address.
 */
export async function startDeviceProxy(
  targets: readonly string[],
  hub: () => HubAddress,
): Promise<DeviceLink> {
  const control = new LinkControl()
  const allowed = new Set(targets.map((target) => target.toLowerCase()))
  const server = createHttpServer()
  server.keepAliveTimeout = 1_000
  server.on('connection', (socket: Socket) => {
    control.accept(socket)
  })

  // ws:// (and anything the browser tunnels): CONNECT host:port, then raw bytes both ways.
  server.on('connect', (request: IncomingMessage, device: Socket, head: Buffer) => {
    if (!allowed.has((request.url ?? '').toLowerCase())) {
      device.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      return
    }
    device.pause()
    control.whenPassing(() => {
      if (device.destroyed) return
      const target = hub()
      const upstream = connect(target.port, target.host)
      upstream.once('connect', () => {
        if (!device.destroyed) device.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        device.resume()
      })
      upstream.once('error', () => {
        if (!device.destroyed) device.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
      })
      control.join(device, upstream, head)
    })
  })

  // Plain requests (the page, its assets, /check, the admin API): absolute-form URLs.
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    let url: URL
    try {
      url = new URL(request.url ?? '')
    } catch {
      response.writeHead(400).end()
      return
    }
    if (!allowed.has(url.host.toLowerCase()) || url.protocol !== 'http:') {
      response.writeHead(403).end()
      return
    }
    request.pause()
    const forward = (): void => {
      if (response.destroyed) return
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
      )
      const target = hub()
      const upstream = httpRequest(
        {
          host: target.host,
          port: target.port,
          method: request.method,
          path: url.pathname + url.search,
          headers,
          agent: false,
        },
        (answer) => {
          answer.on('data', (chunk: Buffer) => {
            control.stats.bytesFromHub += chunk.length
          })
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response)
        },
      )
      upstream.on('socket', (socket) => {
        control.track(socket)
      })
      upstream.on('error', () => {
        if (!response.headersSent) response.writeHead(502)
        response.end()
      })
      request.on('data', (chunk: Buffer) => {
        control.stats.bytesToHub += chunk.length
      })
      request.pipe(upstream)
      request.resume()
    }
    const start = (): void => {
      if (control.delayMs > 0) setTimeout(forward, control.delayMs)
      else forward()
    }
    control.whenPassing(start)
  })

  return linkOf(control, server, await listen(server))
}
