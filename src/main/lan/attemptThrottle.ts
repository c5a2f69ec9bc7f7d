/**
 * Failed join attempts per address: after `maxFailures` within `windowMs`, every attempt from that
 * address is refused (even a right code) until the window has passed.
 */
export interface AttemptThrottle {
  blocked(address: string): boolean
  failed(address: string): void
}

export function attemptThrottle(
  options: { maxFailures?: number; windowMs?: number; now?: () => number } = {},
): AttemptThrottle {
  const maxFailures = options.maxFailures ?? 10
  const windowMs = options.windowMs ?? 60_000
  const now = options.now ?? Date.now
  const failures = new Map<string, number[]>()
  const recent = (address: string): number[] => {
    const since = now() - windowMs
    const list = (failures.get(address) ?? []).filter((t) => t > since)
    if (list.length === 0) failures.delete(address)
    else failures.set(address, list)
    return list
  }
  return {
    blocked: (address) => recent(address).length >= maxFailures,
    failed(address) {
      const list = recent(address)
      list.push(now())
      failures.set(address, list)
      // bound memory when many addresses fail
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string)
    },
  }
}
