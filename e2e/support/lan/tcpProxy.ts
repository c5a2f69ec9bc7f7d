import { createServer as createHttpServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http'
import { connect, createServer, type Server, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * A device's network link to the hub, put between one browser context (or one Node device) and
 * the hub so a test can take its Wi-Fi away. Playwright's `setOffline` does not cut WebSockets,
 * so the link is a real TCP relay that can:
 *
 * - `pass()`: relay bytes both ways (after `delay(ms)` per chunk, when set);
 * - `cut()`: destroy every socket at once and refuse new connections (Wi-Fi gone);
 * - `blackHole()`: keep every socket open but drop the bytes both ways, and accept new
 *   connections that never get an answer (a half-open link: the socket looks alive, nothing
 *   arrives);
 * - `delay(ms)`: hold each chunk this long before passing it on (order kept).
 *
 * `startTcpRelay` is the bare TCP relay (a Node device connects to it). `startDeviceProxy` is the
 * same link as an HTTP proxy for a browser context (Playwright's per-context `proxy` option): the
 * page keeps the hub's name and port in its URL, so its origin, its Host and Origin headers and
 * its IndexedDB are the hub's own, while every byte it exchanges with the hub goes through this
 * link. WebSockets go through a CONNECT tunnel (how Chromium sends ws:// through a proxy), plain
 * requests are forwarded one by one.
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
  readonly mode: LinkMode
  readonly stats: LinkStats
  /** Sockets open now between the device and the link. */
  openSockets(): number
  pass(): void
  cut(): void
  blackHole(): void
  /** Per-chunk delay in ms (0: none); applies in 'pass' mode. */
  delay(ms: number): void
  close(): Promise<void>
}

export interface DeviceProxy extends DeviceLink {
  /** For Playwright's `proxy: { server }`. */
  readonly server: string
}

export interface HubAddress {
  host: string
  port: number
}

/** One device-side socket joined to one hub-side socket, under the link's mode. */
interface Pair {
  device: Socket
  hub: Socket
}

class LinkControl {
  mode: LinkMode = 'pass'
  delayMs = 0
  readonly stats: LinkStats = { connections: 0, bytesToHub: 0, bytesFromHub: 0 }
  readonly sockets = new Set<Duplex>()
  readonly pairs = new Set<Pair>()
  /** Requests held while the link is a black hole (answered never; destroyed on cut). */
  readonly held = new Set<ServerResponse>()

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

  /** Relays both ways between the two sockets, chunk by chunk, under the mode. */
  join(device: Socket, hub: Socket, firstToHub?: Buffer): void {
    const pair: Pair = { device, hub }
    this.pairs.add(pair)
    this.track(hub)
    const forward = (to: Socket, count: 'bytesToHub' | 'bytesFromHub') => (chunk: Buffer) => {
      if (this.mode !== 'pass') return // black hole: dropped; cut: the sockets are gone
      const send = (): void => {
        if (this.mode !== 'pass' || to.destroyed) return
        this.stats[count] += chunk.length
        to.write(chunk)
      }
      if (this.delayMs > 0) setTimeout(send, this.delayMs)
      else send()
    }
    device.on('data', forward(hub, 'bytesToHub'))
    hub.on('data', forward(device, 'bytesFromHub'))
    if (firstToHub && firstToHub.length > 0) forward(hub, 'bytesToHub')(firstToHub)
    const end = (): void => {
      this.pairs.delete(pair)
      device.destroy()
      hub.destroy()
    }
    device.once('close', end)
    hub.once('close', end)
  }

  cut(): void {
    this.mode = 'cut'
    for (const response of this.held) response.destroy()
    this.held.clear()
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

function closeServer(server: Server | HttpServer, control: LinkControl): Promise<void> {
  control.cut()
  return new Promise((resolve) => {
    server.close(() => {
      resolve()
    })
  })
}

function linkOf(
  control: LinkControl,
  port: number,
  close: () => Promise<void>,
): DeviceLink & { server: string } {
  return {
    port,
    server: `http://127.0.0.1:${port}`,
    get mode() {
      return control.mode
    },
    stats: control.stats,
    openSockets: () => control.sockets.size,
    pass() {
      control.mode = 'pass'
    },
    cut() {
      control.cut()
    },
    blackHole() {
      control.mode = 'blackhole'
    },
    delay(ms) {
      control.delayMs = ms
    },
    close,
  }
}

/** A bare TCP relay to the hub (for Node devices): every connection is relayed as it is. */
export async function startTcpRelay(hub: () => HubAddress): Promise<DeviceLink> {
  const control = new LinkControl()
  const server = createServer((device) => {
    if (!control.accept(device)) return
    const target = hub()
    const upstream = connect(target.port, target.host)
    control.join(device, upstream)
  })
  const port = await listen(server)
  return linkOf(control, port, () => closeServer(server, control))
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
): Promise<DeviceProxy> {
  const control = new LinkControl()
  const allowed = new Set(targets.map((target) => target.toLowerCase()))
  const server = createHttpServer()
  server.keepAliveTimeout = 1_000
  server.on('connection', (socket: Socket) => {
    control.accept(socket)
  })

  // ws:// (and anything the browser tunnels): CONNECT host:port, then raw bytes both ways.
  server.on('connect', (request: IncomingMessage, device: Socket, head: Buffer) => {
    if (control.mode === 'cut') {
      device.destroy()
      return
    }
    if (!allowed.has((request.url ?? '').toLowerCase())) {
      device.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (control.mode === 'blackhole') return // accepted, never answered
    const target = hub()
    const upstream = connect(target.port, target.host)
    upstream.once('connect', () => {
      if (control.mode === 'cut') return
      device.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    })
    upstream.once('error', () => {
      if (!device.destroyed) device.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    })
    control.join(device, upstream, head)
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
    const send = (): void => {
      if (control.mode === 'cut') {
        response.destroy()
        return
      }
      if (control.mode === 'blackhole') {
        control.held.add(response)
        response.once('close', () => control.held.delete(response))
        return
      }
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
    }
    if (control.delayMs > 0) setTimeout(send, control.delayMs)
    else send()
  })

  const port = await listen(server)
  return linkOf(control, port, () => closeServer(server, control))
}
