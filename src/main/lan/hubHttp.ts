import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { idSchema } from '../../shared/model/schemas'
import type { AttemptThrottle } from './attemptThrottle'
import { handleJoin, type JoinApiOptions } from './joinApi'
import type { RequestGuard } from './requestGuard'
import { hubContentSecurityPolicy, type StaticFiles } from './staticFiles'

/**
 * The hub's HTTP side: the Host and Origin checks on every request, the built renderer
 * (staticFiles), the /check page a table opens to see that it reaches the hub, a table's join
 * (`POST /lan/join`: its code or token in the body, joinApi.ts), and the admin API the
 * facilitator's page uses in browser mode (`/lan/api/status|session|disconnect|stop`, with the
 * bearer key the server printed when it started; Electron's console calls the hub directly instead).
 */
export interface HubAdmin {
  status(): unknown
  open(session: { workshopId: string; groupIds: string[] }): Promise<unknown>
  disconnectAll(): Promise<unknown>
  close(): Promise<unknown>
}

export interface HubHttpOptions {
  guard: RequestGuard
  throttle: AttemptThrottle
  adminKey: string | undefined
  files: () => StaticFiles | null
  admin: HubAdmin
  /** What a join code or token opens (`POST /lan/join`, joinApi.ts). */
  join: JoinApiOptions['resolve']
  /**
   * More routes after the Host and Origin checks (browser mode's disk store under /api/store/,
   * which asks for the admin key itself); true when the request was answered.
   */
  routes?: (request: IncomingMessage, response: ServerResponse, path: string) => boolean
  log: (line: string) => void
}

const sessionRequestSchema = z.strictObject({
  workshopId: idSchema,
  groupIds: z.array(idSchema).max(200),
})

function send(response: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}

/** The connection check page: static text, no script. */
export function checkPage(host: string): string {
  return (
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>接続の確認</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>' +
    '<h1>タネボードに接続できています</h1>' +
    `<p>このパソコンからファシリテーターのパソコン（${host}）に届いています。</p>` +
    '<p>研修当日は、配られたQRコードかURLを開いて、参加コードを入力してください。</p>' +
    '</body></html>'
  )
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 64 * 1024) throw new Error('too large')
    chunks.push(chunk)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
}

/** The path a request names, or an HTTP status when it is refused (traversal, bad encoding). */
export function requestPath(url: string | undefined): string | 400 | 403 {
  const raw = (url ?? '/').split('?')[0] ?? '/'
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return 400
  }
  const segments = path.split('/').slice(1)
  if (!path.startsWith('/') || segments.some((s) => s === '..' || s === '.' || /[\\\0:]/.test(s))) {
    return 403
  }
  return path
}

export function hubRequestHandler(
  options: HubHttpOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { guard, throttle } = options

  const adminAllowed = (request: IncomingMessage): boolean => {
    const key = options.adminKey
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    if (!key || !given) return false
    const a = Buffer.from(key)
    const b = Buffer.from(given)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  async function adminApi(request: IncomingMessage, response: ServerResponse, path: string) {
    const address = request.socket.remoteAddress ?? 'unknown'
    if (throttle.blocked(address)) {
      send(response, 429, 'Too Many Requests')
      return
    }
    if (!adminAllowed(request)) {
      throttle.failed(address)
      send(response, 401, 'Unauthorized')
      return
    }
    const json = (value: unknown): void => {
      send(response, 200, JSON.stringify(value), 'application/json')
    }
    try {
      if (path === '/lan/api/status' && request.method === 'GET') {
        json(options.admin.status())
      } else if (path === '/lan/api/session' && request.method === 'POST') {
        const parsed = sessionRequestSchema.safeParse(await readJson(request))
        if (parsed.success) json(await options.admin.open(parsed.data))
        else send(response, 400, 'Bad Request')
      } else if (path === '/lan/api/disconnect' && request.method === 'POST') {
        json(await options.admin.disconnectAll())
      } else if (path === '/lan/api/stop' && request.method === 'POST') {
        await options.admin.close()
        json(options.admin.status())
      } else {
        send(response, 404, 'Not Found')
      }
    } catch {
      send(response, 400, 'Bad Request')
    }
  }

  return (request, response) => {
    const host = request.headers.host
    if (host === undefined || !guard.hostAllowed(host)) {
      send(response, 403, 'Forbidden')
      return
    }
    if (!guard.originAllowed(request.headers.origin, false)) {
      send(response, 403, 'Forbidden')
      return
    }
    const path = requestPath(request.url)
    if (typeof path === 'number') {
      send(response, path, path === 400 ? 'Bad Request' : 'Forbidden')
      return
    }
    if (path.startsWith('/lan/api/')) {
      void adminApi(request, response, path)
      return
    }
    if (path === '/lan/join') {
      void handleJoin(request, response, { throttle, resolve: options.join, log: options.log })
      return
    }
    if (options.routes?.(request, response, path)) return
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method Not Allowed')
      return
    }
    if (path === '/check') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': hubContentSecurityPolicy(host),
        'x-content-type-options': 'nosniff',
      })
      response.end(request.method === 'HEAD' ? undefined : checkPage(host))
      return
    }
    if (!options.files()?.serve(request, response, path, host)) send(response, 404, 'Not Found')
  }
}
