/**
 * Dates as printed on the report's flyers: 「2024年11月19日（火）」. Computed arithmetically
 * (no Date, no Intl): the output must not depend on the machine's time zone or locale.
 */

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
 * March-based years put the leap day at the end, so each era of 400 years is regular.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)
  return era * 146097 + dayOfEra + dayOfYear - 719468
}

/** 0 = 日曜日 … 6 = 土曜日. 1970-01-01 was a Thursday (4). */
export function weekdayIndex(year: number, month: number, day: number): number {
  return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7
}

/** A day of the calendar; month and day count from 1. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** The day a YYYY-MM-DD text names, or null for any other text and for impossible dates. */
export function parseCalendarDate(date: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** 「YYYY年M月D日（曜）」: the one Japanese date format, shared by the screens and the export. */
export function japaneseDateText({ year, month, day }: CalendarDate): string {
  const weekday = WEEKDAYS[weekdayIndex(year, month, day)] ?? ''
  return `${year}年${month}月${day}日（${weekday}）`
}

/**
 * 「YYYY年M月D日（曜）」 for a YYYY-MM-DD date; '' for an empty date (not decided yet). Anything
 * else (an impossible date from a hand-edited file) is returned as it is rather than guessed.
 */
export function formatJapaneseDate(date: string): string {
  const day = parseCalendarDate(date)
  return day ? japaneseDateText(day) : date
}
