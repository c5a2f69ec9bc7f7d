import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Who may use the disk store of browser mode's server: only the facilitator's own page.
 *
 * - The header `x-taneboard-store: 1`: a page of another origin cannot send it without a CORS
 *   preflight, which this server never grants (so no other site, and no other local web app on
 *   127.0.0.1, can read or write the files through the browser).
 * - `Origin` and `Sec-Fetch-Site`, when the browser sends them, must say the request comes from
 *   this very origin.
 * - `Host` must be one of the server's own names (a DNS-rebinding page names its own host).
 * - With an admin key (the LAN hub's, when tables reach the same port), `Authorization: Bearer
 *   <key>`: the key only the facilitator's URL brought (kept in that tab's sessionStorage).
 */
export interface WebStoreGuardOptions {
  /** `host:port` values the Host header may carry; null when another guard checked it already. */
  hosts: readonly string[] | null
  /** The bearer key required on every request; none on a loopback-only server. */
  adminKey?: string
}

export const STORE_HEADER = 'x-taneboard-store'

function sameKey(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Whether the request may reach the disk store. */
export function storeRequestAllowed(
  request: IncomingMessage,
  options: WebStoreGuardOptions,
): boolean {
  const host = request.headers.host
  if (host === undefined) return false
  if (options.hosts !== null && !options.hosts.includes(host.toLowerCase())) return false
  if (request.headers[STORE_HEADER] !== '1') return false
  const origin = request.headers.origin
  if (origin !== undefined && origin !== `http://${host}`) return false
  const site = request.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  if (options.adminKey !== undefined) {
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    if (!sameKey(options.adminKey, given)) return false
  }
  return true
}
