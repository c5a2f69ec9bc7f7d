import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Join tokens and short codes of a LAN session, all derived from the session's secret (32 random
 * bytes, replaced by 「すべて切断」 so every old token and code stops working at once).
 *
 * - A table's token opens its group: `t.<groupId>.<128-bit MAC>`; it travels in the URL fragment
 *   (`#/join?t=...`), which a browser never sends to a server, so it is in no request line or log.
 * - The facilitator's token: `f.<128-bit MAC>`.
 * - A short code for typing: 8 Crockford base-32 characters (40 bits, shown as ABCD-EFGH) per group
 *   and one for the facilitator; with the hub's throttle on failed attempts, guessing is hopeless.
 */
export type JoinScope = { role: 'facilitator' } | { role: 'table'; groupId: string }

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

function crockford(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += CROCKFORD.charAt((value >>> (bits - 5)) & 31)
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

/** A typed code as the hub compares it: upper case, no spaces or dashes, I/L → 1, O → 0. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-－ー]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
}

/** ABCDEFGH → ABCD-EFGH, for reading aloud and typing. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

function same(a: string, b: string): boolean {
  const ba = Buffer.from(a)
  const bb = Buffer.from(b)
  return ba.length === bb.length && timingSafeEqual(ba, bb)
}

export interface JoinKeys {
  facilitatorToken: string
  facilitatorCode: string
  tableToken(groupId: string): string
  tableCode(groupId: string): string
  /** The scope a token or a typed code opens, or null. Only groups in `groupIds` can be joined. */
  verify(tokenOrCode: string, groupIds: Iterable<string>): JoinScope | null
}

export function joinKeys(secret: Uint8Array, workshopId: string): JoinKeys {
  const mac = (label: string): Buffer =>
    createHmac('sha256', secret).update(`taneboard-lan\n${workshopId}\n${label}`).digest()
  const tableToken = (groupId: string): string =>
    `t.${groupId}.${base64url(mac(`table:${groupId}`).subarray(0, 16))}`
  const tableCode = (groupId: string): string => crockford(mac(`code:${groupId}`).subarray(0, 5))
  const facilitatorToken = `f.${base64url(mac('facilitator').subarray(0, 16))}`
  const facilitatorCode = crockford(mac('code:facilitator').subarray(0, 5))
  return {
    facilitatorToken,
    facilitatorCode,
    tableToken,
    tableCode,
    verify(tokenOrCode, groupIds) {
      const input = tokenOrCode.trim()
      if (input.length > 200) return null
      if (input.startsWith('f.')) {
        return same(input, facilitatorToken) ? { role: 'facilitator' } : null
      }
      if (input.startsWith('t.')) {
        const groupId = input.slice(2, input.lastIndexOf('.'))
        for (const known of groupIds) {
          if (known === groupId && same(input, tableToken(groupId))) {
            return { role: 'table', groupId }
          }
        }
        return null
      }
      const code = normalizeCode(input)
      if (code.length !== 8) return null
      if (same(code, facilitatorCode)) return { role: 'facilitator' }
      for (const groupId of groupIds) {
        if (same(code, tableCode(groupId))) return { role: 'table', groupId }
      }
      return null
    },
  }
}
