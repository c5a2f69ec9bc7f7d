import type { TimerPlan, TimerRow } from './timerPlan'
import { initialTimerState, type TimerState } from './timerState'
import { timerView } from './timerView'

/**
 * The one-line banner of the time on a table's テーマ1-3 screen: the current row, the minutes
 * left and what comes next. Without a facilitator's state (no LAN, another laptop) it follows the
 * timetable 時刻どおり with the device's clock; with the facilitator's timer state (the LAN meta
 * document, or this window's own console) it shows exactly what the console shows, manual changes
 * included.
 *
 * Minutes, not seconds: a table glances at it, and a ticking second would pull the eye. The
 * minutes left are rounded up (「残り 5分」 from 5:00 down to 4:01; 「残り 1分」 in the last minute).
 */

const MINUTE_MS = 60_000

export interface BannerRow {
  /** 「テーマ1」 for a theme row, else the row's 項目 (「休憩」「全体共有」 …). */
  name: string
  /** The row's 内容 when it has one (「テーマ１）住民・患者・家族が…」), else ''. */
  detail: string
}

export interface TableBanner {
  phase: 'before' | 'during' | 'after'
  /** Facilitator's manual mode, paused. */
  paused: boolean
  current: (BannerRow & { minutesLeft: number; overtimeMin: number }) | null
  /** `start` HH:MM, `startMs` the instant (planned, or projected in manual mode). */
  next: (BannerRow & { start: string; startMs: number }) | null
}

const THEME_NAMES = { theme1: 'テーマ1', theme2: 'テーマ2', theme3: 'テーマ3' } as const

export function bannerRow(row: Pick<TimerRow, 'kind' | 'item' | 'content' | 'themeId'>): BannerRow {
  const item = row.item.trim()
  const content = row.content.trim()
  if (row.kind === 'theme' && row.themeId !== null) {
    return { name: THEME_NAMES[row.themeId], detail: content }
  }
  return item ? { name: item, detail: content } : { name: content, detail: '' }
}

/** The banner at `nowMs`; `state` null = follow the timetable 時刻どおり. */
export function tableBanner(state: TimerState | null, plan: TimerPlan, nowMs: number): TableBanner {
  const view = timerView(state ?? initialTimerState('clock'), plan, nowMs)
  const current = view.current
  return {
    phase: view.phase,
    paused: view.paused,
    current: current
      ? {
          ...bannerRow(current.row),
          minutesLeft: Math.max(0, Math.ceil(current.remainingMs / MINUTE_MS)),
          overtimeMin: current.remainingMs < 0 ? Math.ceil(-current.remainingMs / MINUTE_MS) : 0,
        }
      : null,
    next: view.next
      ? { ...bannerRow(view.next.row), start: view.next.start, startMs: view.next.startMs }
      : null,
  }
}
