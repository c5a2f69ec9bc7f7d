import {
  japaneseDateText,
  parseCalendarDate,
  weekdayIndex,
  type CalendarDate,
} from '../../shared/export/japaneseDate'
import type { Lang } from './useT'

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

function formatDay(date: CalendarDate, lang: Lang): string {
  if (lang === 'ja') return japaneseDateText(date)
  const { year, month, day } = date
  return `${WEEKDAYS_EN[weekdayIndex(year, month, day)]}, ${day} ${MONTHS_EN[month - 1]} ${year}`
}

/**
 * A calendar date (YYYY-MM-DD) as the report writes it: 2025年2月7日（金）. Empty stays empty; an
 * impossible date (2025-02-30, from a hand-edited file) is shown as written, never as another day.
 */
export function formatDate(date: string, lang: Lang): string {
  const day = parseCalendarDate(date)
  return day ? formatDay(day, lang) : date
}

/** An instant in local time: 2025年2月7日（金） 14:05 (with seconds: 14:05:09). */
export function formatDateTime(iso: string, lang: Lang, withSeconds = false): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return ''
  const date = formatDay(
    { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() },
    lang,
  )
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  return `${date} ${time}${withSeconds ? `:${pad(instant.getSeconds())}` : ''}`
}

/** Minutes as the UI shows them: 40分, 1時間30分 / 40 min, 1 h 30 min. */
export function formatMinutes(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (lang === 'ja') return h === 0 ? `${m}分` : m === 0 ? `${h}時間` : `${h}時間${m}分`
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** A time range with an en dash: 14:00–14:40. */
export function formatRange(start: string, end: string): string {
  return `${start}–${end}`
}

/** A file size: 820 B, 12.3 KB, 4.5 MB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
