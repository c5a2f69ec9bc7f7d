import type { EditContext } from '../model/context'

/** The editor id of fakeContext (one installation). */
export const FAKE_EDITOR = '00000000000000aa'

/**
 * A deterministic EditContext for tests: ids are 'id-1', 'id-2', … and every call of `now()`
 * returns the previous instant plus one second (the first call returns `start`); the editor is
 * `editorId` (FAKE_EDITOR unless given). Imported only by tests; it never reads the clock.
 */
export function fakeContext(
  start = '2025-02-07T04:00:00.000Z',
  editorId = FAKE_EDITOR,
): EditContext & {
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
    editorId,
    idCount: () => ids,
  }
}
