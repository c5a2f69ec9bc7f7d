import { timerStateSchema, type TimerState } from '../../shared/timer/timerState'

/**
 * Where the facilitator console keeps its state in this browser profile (one localStorage key per
 * workshop, written by features/console/consoleStore) and how a theme screen reads the timer
 * part of it: the banner of a window on the facilitator's own laptop follows the console's timer
 * (manual changes included) without a network. Validated on read; anything else reads as null.
 */
export const CONSOLE_STORAGE_PREFIX = 'taneboard.console.'

export function consoleStorageKey(workshopId: string): string {
  return `${CONSOLE_STORAGE_PREFIX}${workshopId}`
}

/** The console's timer state from stored console data, or null. Never throws. */
export function timerOfConsoleText(text: string | null): TimerState | null {
  if (text === null || text.length > 200_000) return null
  try {
    const data: unknown = JSON.parse(text)
    if (typeof data !== 'object' || data === null || !('timer' in data)) return null
    const parsed = timerStateSchema.safeParse(data.timer)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
