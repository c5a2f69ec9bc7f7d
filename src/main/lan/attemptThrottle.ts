import { createHash } from 'node:crypto'

/**
 * Failed join attempts per address: after `maxFailures` within `windowMs`, every attempt from that
 * address is refused (even a right code) until the window has passed.
 *
 * The throttle is against guessing, so an attempt is counted once per value: a device that keeps
 * presenting the same old token (its socket reconnecting after 「すべて切断」, or while the hub
 * has no session open yet) does not lock its own address out of the new code; ten different
 * wrong codes do. Values are kept as short hashes, never as they were typed.
 */
export interface AttemptThrottle {
  blocked(address: string): boolean
  /** A failed attempt; `attempt` (the code or token tried) counts once per window. */
  failed(address: string, attempt?: string): void
}

interface Failure {
  at: number
  key: string | null
}

export function attemptThrottle(
  options: { maxFailures?: number; windowMs?: number; now?: () => number } = {},
): AttemptThrottle {
  const maxFailures = options.maxFailures ?? 10
  const windowMs = options.windowMs ?? 60_000
  const now = options.now ?? Date.now
  const failures = new Map<string, Failure[]>()
  const recent = (address: string): Failure[] => {
    const since = now() - windowMs
    const list = (failures.get(address) ?? []).filter((f) => f.at > since)
    if (list.length === 0) failures.delete(address)
    else failures.set(address, list)
    return list
  }
  return {
    blocked: (address) => recent(address).length >= maxFailures,
    failed(address, attempt) {
      const list = recent(address)
      const key =
        attempt === undefined
          ? null
          : createHash('sha256').update(attempt).digest('base64url').slice(0, 16)
      if (key !== null && list.some((f) => f.key === key)) return
      list.push({ at: now(), key })
      failures.set(address, list)
      // bound memory when many addresses fail
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string)
    },
  }
}
