/**
 * Japanese wording of the timer's numbers. Pure: they take ms and return display strings.
 *
 * Rounding: a countdown shows whole seconds rounded up, so it reads 5:00 for the whole first
 * second and 0:00 only at the end; overtime counts up the same way (超過 0:01 from the first
 * instant). ±minutes of the day's delta are rounded to the nearest minute (it is an estimate;
 * under 30 s reads 予定どおり); overtime minutes count every started minute.
 */

const SECOND_MS = 1000
const MINUTE_MS = 60_000

/** m:ss (h:mm:ss from one hour) of |ms|, seconds rounded up. */
export function formatMmSs(ms: number): string {
  const total = Number.isFinite(ms) ? Math.ceil(Math.abs(ms) / SECOND_MS) : 0
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** 「残り 4:59」, or 「超過 1:05」 once the time is up. */
export function formatRemainingJa(remainingMs: number): string {
  return remainingMs >= 0 ? `残り ${formatMmSs(remainingMs)}` : `超過 ${formatMmSs(remainingMs)}`
}

/** 「3分超過」 (every started minute counts), or '' while time remains. */
export function formatOvertimeJa(remainingMs: number): string {
  if (!(remainingMs < 0)) return ''
  return `${Math.ceil(-remainingMs / MINUTE_MS)}分超過`
}

/** 「予定より5分遅れ」「予定より2分早く進行」「予定どおり」 for the day's delta (+ = behind). */
export function formatDeltaJa(deltaMs: number): string {
  const minutes = Number.isFinite(deltaMs) ? Math.round(deltaMs / MINUTE_MS) : 0
  if (minutes === 0) return '予定どおり'
  return minutes > 0 ? `予定より${minutes}分遅れ` : `予定より${-minutes}分早く進行`
}

/** 「+5分」「−1分」 for the extra-minute buttons and a row's added time. */
export function formatExtraMinutesJa(minutes: number): string {
  if (minutes === 0) return '±0分'
  return minutes > 0 ? `+${minutes}分` : `−${-minutes}分`
}
