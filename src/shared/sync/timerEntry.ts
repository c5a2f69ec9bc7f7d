import { timerStateSchema, type TimerState } from '../timer/timerState'
import type { SyncRole } from './checkVersion'
import type { DocRef } from './docNames'

/**
 * The facilitator's timer in the LAN session: the meta document carries, beside its `versions`,
 * one map `timer` with one key `state`: the console's timer state (src/shared/timer/timerState)
 * as JSON text. Only the facilitator writes it; tables read it (their screens' time banner then
 * follows the facilitator's manual changes: +5分, 一時停止, 次の行へ). It is the console's
 * device state, not the tables' work: no record, no undo, not in the workshop file.
 */
export const TIMER_MAP = 'timer'
export const TIMER_KEY = 'state'

/** Well above a full day's state (a few KB), small enough to refuse a flood. */
export const MAX_TIMER_TEXT = 50_000

export type TimerRefusal = 'key' | 'schema' | 'scope' | 'role'

/** Whether `value` may stand under `key` of the timer map of `doc`, written by `role`. */
export function checkTimerEntry(
  key: string,
  value: unknown,
  scope: { doc: DocRef; role: SyncRole | null },
): { ok: true; state: TimerState } | { ok: false; refusal: TimerRefusal } {
  if (scope.doc.kind !== 'meta') return { ok: false, refusal: 'scope' }
  if (scope.role === 'table') return { ok: false, refusal: 'role' }
  if (key !== TIMER_KEY) return { ok: false, refusal: 'key' }
  const state = parseTimerText(value)
  return state ? { ok: true, state } : { ok: false, refusal: 'schema' }
}

/** The timer state of the map's value, or null (missing, too long, not JSON, not a state). */
export function parseTimerText(value: unknown): TimerState | null {
  if (typeof value !== 'string' || value.length > MAX_TIMER_TEXT) return null
  try {
    const parsed = timerStateSchema.safeParse(JSON.parse(value))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function timerText(state: TimerState): string {
  return JSON.stringify(state)
}
