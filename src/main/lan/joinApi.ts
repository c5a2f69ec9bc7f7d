import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import type { SyncRole } from '../../shared/sync/checkVersion'
import type { AttemptThrottle } from './attemptThrottle'

/**
 * `POST /lan/join`: what a table's code (typed, ABCD-EFGH) or token (from `#/join/<token>`) opens.
 * The code travels in the JSON body `{"code": "…"}`, never in the request line, and is never
 * logged. Answers:
 *
 * | status | body                                              | when                                |
 * | ------ | ------------------------------------------------- | ----------------------------------- |
 * | 200    | `{ role, workshopId, groupId?, token }`           | a valid code or token               |
 * | 400    | `{ error: 'badRequest' }`                         | not `{"code": string}` JSON          |
 * | 403    | `{ error: 'wrongCode' }`                          | no such code (counted as a failure) |
 * | 405    | `{ error: 'method' }`                             | not POST                            |
 * | 413    | `{ error: 'tooLarge' }`                           | a body over 1 KB                    |
 * | 415    | `{ error: 'contentType' }`                        | not application/json                |
 * | 429    | `{ error: 'throttled' }`                          | 10 failures a minute from there     |
 * | 503    | `{ error: 'noSession' }`                          | the hub has no workshop open        |
 *
 * The token answered is what the device then presents on the sync socket (a typed code works
 * there too, but the token is what the device keeps: `#/join/<token>` needs no typing).
 */
export interface JoinAnswer {
  role: SyncRole
  workshopId: string
  groupId?: string
  token: string
}

export type JoinError =
  'badRequest' | 'wrongCode' | 'method' | 'tooLarge' | 'contentType' | 'throttled' | 'noSession'

/** The most bytes a join request's body may have. */
export const MAX_JOIN_BODY_BYTES = 1024

const joinRequestSchema = z.strictObject({ code: z.string().min(1).max(200) })

export interface JoinApiOptions {
  throttle: AttemptThrottle
  /** The scope a code or token opens now; 'noSession' when no workshop is open; null: none. */
  resolve(code: string): JoinAnswer | 'noSession' | null
  log: (line: string) => void
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(JSON.stringify(body))
}

const refuse = (response: ServerResponse, status: number, error: JoinError): void => {
  answer(response, status, { error })
}

/** Reads at most `limit` bytes; null when the body is larger (the rest is not read). */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? '0')
  if (Number.isFinite(declared) && declared > limit) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function handleJoin(
  request: IncomingMessage,
  response: ServerResponse,
  options: JoinApiOptions,
): Promise<void> {
  const address = request.socket.remoteAddress ?? 'unknown'
  if (request.method !== 'POST') {
    refuse(response, 405, 'method')
    return
  }
  if (options.throttle.blocked(address)) {
    refuse(response, 429, 'throttled')
    return
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    refuse(response, 415, 'contentType')
    return
  }
  const body = await readBody(request, MAX_JOIN_BODY_BYTES).catch(() => null)
  if (!body) {
    response.setHeader('connection', 'close')
    refuse(response, 413, 'tooLarge')
    return
  }
  let parsed: z.ZodSafeParseResult<{ code: string }>
  try {
    parsed = joinRequestSchema.safeParse(JSON.parse(body.toString('utf8')))
  } catch {
    refuse(response, 400, 'badRequest')
    return
  }
  if (!parsed.success) {
    refuse(response, 400, 'badRequest')
    return
  }
  const scope = options.resolve(parsed.data.code)
  if (scope === 'noSession') {
    refuse(response, 503, 'noSession')
    return
  }
  if (!scope) {
    options.throttle.failed(address, parsed.data.code)
    options.log(`[lan] refused a join code from ${address}`)
    refuse(response, 403, 'wrongCode')
    return
  }
  options.log(
    `[lan] joined as ${scope.role}${scope.groupId ? ` of ${scope.groupId}` : ''} from ${address}`,
  )
  answer(response, 200, scope)
}
