/**
 * Names and rotation of the automatic backups (pure, shared by both hosts).
 *
 * A backup is a workshop file (the same format as the exported `.taneboard` file) stored as
 * `<backups folder>/<workshopId>/<backupId>.taneboard`. The id says when and why it was taken:
 * `20261124T101500123Z-change`, with `-2`, `-3`, … added when two land in the same millisecond.
 * Ids sort by time as plain strings, so the newest is the greatest.
 */

export const BACKUP_REASONS = [
  /** Edits since the last backup, after a quiet moment (debounced). */
  'change',
  /** The timetable moved on to its next row (テーマ1 → テーマ2, …). */
  'transition',
  /** The user pressed 「今すぐバックアップ」. */
  'manual',
  /** Taken just before a backup was restored (restoring that one undoes the restore). */
  'beforeRestore',
  /** Taken just before a workshop file was merged in. */
  'beforeImport',
] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** Backups kept per workshop; older ones are deleted after each successful write. */
export const MAX_BACKUPS_PER_WORKSHOP = 10

export const BACKUP_FILE_EXTENSION = '.taneboard'

export const BACKUP_ID_PATTERN =
  /^(\d{8})T(\d{9})Z-(change|transition|manual|beforeRestore|beforeImport)(?:-(\d{1,3}))?$/

/** `20261124T101500123Z`: the instant in UTC, without separators. */
function stamp(ms: number): string {
  const iso = new Date(ms).toISOString() // 2026-11-24T10:15:00.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}Z`
}

/** A new backup id; `taken` holds the ids already present (a clash gets `-2`, `-3`, …). */
export function newBackupId(
  savedAtMs: number,
  reason: BackupReason,
  taken: ReadonlySet<string> = new Set(),
): string {
  const base = `${stamp(savedAtMs)}-${reason}`
  if (!taken.has(base)) return base
  for (let n = 2; n < 1000; n += 1) {
    const id = `${base}-${n}`
    if (!taken.has(id)) return id
  }
  throw new Error('too many backups in one millisecond')
}

export interface ParsedBackupId {
  savedAt: string
  reason: BackupReason
}

/** What a backup id says, or null when the name is not one of ours. */
export function parseBackupId(id: string): ParsedBackupId | null {
  const match = BACKUP_ID_PATTERN.exec(id)
  if (!match) return null
  const [, day = '', time = '', reason] = match
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${time.slice(6, 9)}Z`
  const ms = Date.parse(iso)
  if (Number.isNaN(ms) || new Date(ms).toISOString() !== iso) return null
  return { savedAt: iso, reason: reason as BackupReason }
}

/** The backup id of a file name, or null when the file is not a backup. */
export function backupIdOfFileName(fileName: string): string | null {
  if (!fileName.endsWith(BACKUP_FILE_EXTENSION)) return null
  const id = fileName.slice(0, -BACKUP_FILE_EXTENSION.length)
  return parseBackupId(id) ? id : null
}

/** Newest first: by instant, then by clash suffix (`-10` after `-9`), then by id. */
export function sortBackupIdsNewestFirst(ids: readonly string[]): string[] {
  const key = (id: string): [string, number] => {
    const match = BACKUP_ID_PATTERN.exec(id)
    return [match ? `${match[1] ?? ''}${match[2] ?? ''}` : '', Number(match?.[4] ?? 1)]
  }
  return [...ids].sort((a, b) => {
    const [ta, na] = key(a)
    const [tb, nb] = key(b)
    if (ta !== tb) return ta < tb ? 1 : -1
    if (na !== nb) return nb - na
    return a < b ? 1 : a > b ? -1 : 0
  })
}

/**
 * Reasons whose newest backup stays out of the rotation: the state just before a restore or an
 * import is what the user comes back for when that went wrong, and a stream of later backups
 * (or a compromised page writing some) must not push it out.
 */
export const PROTECTED_REASONS: readonly BackupReason[] = ['beforeRestore', 'beforeImport']

/**
 * The ids to delete so that only the newest `keep` remain, plus the newest backup of each
 * PROTECTED_REASONS (so at most `keep` + 2 stay). `justWritten`, the backup just taken, always
 * stays and counts among the newest, even when a clock set back names it older than the others.
 */
export function backupsToPrune(
  ids: readonly string[],
  keep: number = MAX_BACKUPS_PER_WORKSHOP,
  justWritten?: string,
): string[] {
  const valid = ids.filter((id) => id !== justWritten && parseBackupId(id) !== null)
  const sorted = sortBackupIdsNewestFirst(valid)
  const ordered = justWritten !== undefined ? [justWritten, ...sorted] : sorted
  const kept = new Set(ordered.slice(0, Math.max(0, keep)))
  for (const reason of PROTECTED_REASONS) {
    const newest = sortBackupIdsNewestFirst(ordered).find(
      (id) => parseBackupId(id)?.reason === reason,
    )
    if (newest !== undefined) kept.add(newest)
  }
  return ordered.filter((id) => !kept.has(id) && id !== justWritten)
}
