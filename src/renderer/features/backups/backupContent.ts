import { workshopSummary, type WorkshopSummary } from '../../../shared/backups/backupSummary'
import { THEME_IDS } from '../../../shared/model/themes'
import { live, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import type { Messages } from '../../i18n/messages.ja'

/** What one backup holds, read for the list and the restore confirmation. */
export interface BackupContent {
  groups: number
  notes: number
  summary: WorkshopSummary
  /** The backup's own doc (for the transition's label: its timetable as it was then). */
  doc: WorkshopDoc
}

export function backupContentOf(doc: WorkshopDoc): BackupContent {
  return {
    groups: live(doc.groups).length,
    notes: live(doc.notes).length,
    summary: workshopSummary(doc),
    doc,
  }
}

/**
 * Where a transition's backup was taken, in words: 「テーマ1 開始前」 for the row the timetable
 * moved to (found in the backup's own timetable), 「研修の開始前」 / 「研修の終了後」; null when
 * the backup names no position or its row is not in it.
 */
export function transitionLabel(
  t: Pick<Messages, 'backupBeforeRow' | 'backupBeforeDay' | 'backupAfterDay' | 'themeLabel'>,
  position: string | null | undefined,
  doc: WorkshopDoc | null,
): string | null {
  if (position === 'before') return t.backupBeforeDay
  if (position === 'after') return t.backupAfterDay
  if (!position?.startsWith('row-') || !doc) return null
  const row = doc.rows[position.slice(4)]
  if (!row) return null
  const theme = row.themeId === null ? -1 : THEME_IDS.indexOf(row.themeId)
  const name = theme >= 0 ? t.themeLabel(theme + 1) : row.item.trim() || row.content.trim()
  return name ? t.backupBeforeRow(name) : null
}
