import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { cardFor } from '../../../shared/templates/themeCards'
import type { ThemeCard } from '../../../shared/templates/types'
import type { TimerRow } from '../../../shared/timer/timerPlan'
import type { VisualCue } from '../../../shared/timer/timerSignals'

/** Display helpers shared by the console's timer panel and the projector's timer view. */

/** A row's title: its 内容 when it has one (テーマ１）…), else its 項目. */
export function rowTitle(row: Pick<TimerRow, 'item' | 'content'>): string {
  return row.content.trim() || row.item.trim()
}

/** A row's label above its title: 項目 when the title is the 内容. */
export function rowLabel(row: Pick<TimerRow, 'item' | 'content'>): string {
  return row.content.trim() ? row.item.trim() : ''
}

/** The card of a row (テーマ, オリエンテーション, 全体共有) for the workshop's variant. */
export function rowCard(doc: WorkshopDoc, key: ThemeCard['key'] | null): ThemeCard | null {
  if (key === null) return null
  try {
    return cardFor(doc.workshop.variant, key)
  } catch {
    return null
  }
}

/** The day's delta in whole minutes (+ = behind), rounded to the nearest minute. */
export function deltaMinutes(deltaMs: number): number {
  const minutes = Number.isFinite(deltaMs) ? Math.round(deltaMs / 60_000) : 0
  return minutes === 0 ? 0 : minutes
}

/** CSS modifier of a cue: is-warning / is-end, or ''. */
export function cueClass(cue: VisualCue | null): string {
  if (!cue || cue.level === 'normal') return ''
  return cue.level === 'end' ? 'is-end' : 'is-warning'
}

/** Parses 「5, 1」 into warning minutes; null when it is not 1–60, at most five of them. */
export function parseWarnings(text: string): number[] | null {
  const parts = text
    .split(/[,、，\s]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
  if (parts.length > 5) return null
  const minutes = parts.map(Number)
  if (minutes.some((m) => !Number.isInteger(m) || m < 1 || m > 60)) return null
  return [...new Set(minutes)].sort((a, b) => b - a)
}
