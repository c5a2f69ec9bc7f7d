/** Minutes since midnight of a HH:MM wall-clock time. */
export function toMinutes(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':')
  return Number(h) * 60 + Number(m)
}

/** HH:MM of minutes since midnight, wrapping past 24:00. */
export function fromMinutes(total: number): string {
  const wrapped = ((Math.round(total) % 1440) + 1440) % 1440
  const h = Math.floor(wrapped / 60)
  const m = wrapped % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** A duration in minutes as the report writes it in timetables: 0:40. */
export function formatDuration(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}
