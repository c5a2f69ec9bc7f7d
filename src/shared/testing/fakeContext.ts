import type { EditContext } from '../model/context'

/**
 * A deterministic EditContext for tests: ids are 'id-1', 'id-2', … and every call of `now()`
 * returns the previous instant plus one second (the first call returns `start`).
 * Imported only by tests; it never reads the clock.
 */
export function fakeContext(start = '2025-02-07T04:00:00.000Z'): EditContext & {
  /** How many ids have been handed out so far. */
  readonly idCount: () => number
} {
  const startMs = new Date(start).getTime()
  if (Number.isNaN(startMs)) throw new Error(`fakeContext: not an ISO instant: ${start}`)
  let ticks = 0
  let ids = 0
  return {
    now: () => new Date(startMs + 1000 * ticks++).toISOString(),
    newId: () => `id-${++ids}`,
    idCount: () => ids,
  }
}
