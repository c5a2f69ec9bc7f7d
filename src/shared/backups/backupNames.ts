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

/**
 * Kinds of backups, each with its own retention: the recent ones (after edits, and
 * 「今すぐバックアップ」), one at each timetable transition, and the states just before a restore or
 * an import. A stream of recent backups never pushes out the day's transitions, and vice versa.
 */
export type BackupKind = 'recent' | 'transition' | 'beforeRestore' | 'beforeImport'

export const BACKUP_KIND_OF: Readonly<Record<BackupReason, BackupKind>> = {
  change: 'recent',
  manual: 'recent',
  transition: 'transition',
  beforeRestore: 'beforeRestore',
  beforeImport: 'beforeImport',
}

/**
 * How many backups of each kind stay per workshop (the newest ones; older ones are deleted after
 * each successful write). A whole day: 試行① has 15 timetable rows, so 40 transitions keep every
 * transition of the day, and of the day before, even when the facilitator steps back and forth.
 * At most 56 files per workshop, each at most LIMITS.snapshotBytes; the stores cap all backups
 * together (STORE_LIMITS in main).
 */
export const BACKUP_RETENTION: Readonly<Record<BackupKind, number>> = {
  recent: 10,
  transition: 40,
  beforeRestore: 3,
  beforeImport: 3,
}

/** Recent backups (after edits, 今すぐバックアップ) kept per workshop. */
export const RECENT_BACKUPS_KEPT = BACKUP_RETENTION.recent

export const BACKUP_FILE_EXTENSION = '.taneboard'

/**
 * `<stamp>-<reason>[-<clash>][.<position>]`: a transition's backup names where the timetable went
 * (`row-<rowId>`, `before` the first row, `after` the last), so the list can say 「テーマ1 開始前」.
 */
export const BACKUP_ID_PATTERN =
  /^(\d{8})T(\d{9})Z-(change|transition|manual|beforeRestore|beforeImport)(?:-(\d{1,3}))?(?:\.(row-[A-Za-z0-9_-]{1,64}|before|after))?$/

/** The longest backup id (the position's row id at its longest). */
export const MAX_BACKUP_ID_LENGTH = 120

/** Where a transition went, as a backup id carries it: `row-<rowId>`, `before` or `after`. */
export const BACKUP_POSITION_PATTERN = /^(?:row-[A-Za-z0-9_-]{1,64}|before|after)$/

/**
 * The backup position of a timetable position key (timetablePosition: `row:<id>`, 'before',
 * 'after'); null for anything else.
 */
export function backupPositionOf(timetableKey: string): string | null {
  const tag = timetableKey.startsWith('row:') ? `row-${timetableKey.slice(4)}` : timetableKey
  return BACKUP_POSITION_PATTERN.test(tag) ? tag : null
}

/** `20261124T101500123Z`: the instant in UTC, without separators. */
function stamp(ms: number): string {
  const iso = new Date(ms).toISOString() // 2026-11-24T10:15:00.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}Z`
}

/**
 * A new backup id; `taken` holds the ids already present (a clash gets `-2`, `-3`, …). Only a
 * transition carries a `position` (BACKUP_POSITION_PATTERN); another one is left out.
 */
export function newBackupId(
  savedAtMs: number,
  reason: BackupReason,
  taken: ReadonlySet<string> = new Set(),
  position: string | null = null,
): string {
  const base = `${stamp(savedAtMs)}-${reason}`
  const tail =
    reason === 'transition' && position !== null && BACKUP_POSITION_PATTERN.test(position)
      ? `.${position}`
      : ''
  const clashes = new Set([...taken].map((id) => id.replace(/\.[^.]*$/, '')))
  if (!clashes.has(base)) return `${base}${tail}`
  for (let n = 2; n < 1000; n += 1) {
    const id = `${base}-${n}`
    if (!clashes.has(id)) return `${id}${tail}`
  }
  throw new Error('too many backups in one millisecond')
}

export interface ParsedBackupId {
  savedAt: string
  reason: BackupReason
  /** A transition's: `row-<rowId>`, `before` or `after`; null otherwise. */
  position: string | null
}

/** What a backup id says, or null when the name is not one of ours. */
export function parseBackupId(id: string): ParsedBackupId | null {
  const match = BACKUP_ID_PATTERN.exec(id)
  if (!match) return null
  const [, day = '', time = '', reason, , position] = match
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${time.slice(6, 9)}Z`
  const ms = Date.parse(iso)
  if (Number.isNaN(ms) || new Date(ms).toISOString() !== iso) return null
  return { savedAt: iso, reason: reason as BackupReason, position: position ?? null }
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
 * The ids to delete so that, of each kind (BACKUP_KIND_OF), only the newest
 * `retention[kind]` remain. `justWritten`, the backup just taken, always stays and counts among
 * the newest of its kind, even when a clock set back names it older than the others. Names that
 * are not backup ids are never deleted.
 */
export function backupsToPrune(
  ids: readonly string[],
  justWritten?: string,
  retention: Readonly<Record<BackupKind, number>> = BACKUP_RETENTION,
): string[] {
  const valid = sortBackupIdsNewestFirst(
    ids.filter((id) => id !== justWritten && parseBackupId(id) !== null),
  )
  const ordered = justWritten !== undefined ? [justWritten, ...valid] : valid
  const seen: Record<BackupKind, number> = {
    recent: 0,
    transition: 0,
    beforeRestore: 0,
    beforeImport: 0,
  }
  const doomed: string[] = []
  for (const id of ordered) {
    const parsed = parseBackupId(id)
    if (!parsed) continue
    const kind = BACKUP_KIND_OF[parsed.reason]
    seen[kind] += 1
    if (id !== justWritten && seen[kind] > Math.max(0, retention[kind])) doomed.push(id)
  }
  return doomed
}
