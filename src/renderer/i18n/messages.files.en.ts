import type { BackupReason } from '../../shared/backups/backupNames'
import type { filesJa } from './messages.files'

const BACKUP_REASON_EN: Record<BackupReason, string> = {
  change: 'After changes',
  transition: 'Timetable moved on',
  manual: 'Manual',
  beforeRestore: 'Before a restore',
  beforeImport: 'Before an import',
}

/** English. */
export const filesEn: { [K in keyof typeof filesJa]: Widen<(typeof filesJa)[K]> } = {
  workshopFile: 'Workshop file (.taneboard)',
  workshopFileHint:
    'Saves everything of the chosen groups (themes 1–3) to a workshop file that TaneBoard on another laptop can import',
  workshopFileName: '研修会ファイル',
  workshopFileFilter: 'TaneBoard workshop file',
  exportRosterInGroupFile:
    'Put the roster (contact details: personal data) in the workshop file too',

  importOpen: 'Import a file',
  importOpenHint:
    'Reads a workshop file (.taneboard) exported on another laptop and shows what it changes before importing',
  importHeading: 'Import a workshop file',
  importReading: 'Reading the file…',
  importFile: (name: string) => `File: ${name}`,
  importWorkshop: (title: string) => `Workshop: ${title}`,
  importGroups: (names: string) => `Groups: ${names}`,
  importIntoExisting:
    'This laptop has this workshop too. The file is merged into it, note by note.',
  importAsNew: 'This laptop does not have this workshop. It is added as a new workshop.',
  importSummaryHeading: 'What importing changes',
  importConflictsHeading: (n: number) => `Changed on both sides (${String(n)})`,
  importConflictsIntro:
    'These were changed both on this laptop and in the file. Choose what to keep. “Keep both” keeps the file’s version as a separate note marked 「取り込み」 (Imported).',
  importLocal: 'This laptop',
  importIncoming: 'File',
  importDeleted: '(deleted)',
  importChoiceBoth: 'Keep both',
  importChoiceLocal: 'Keep this laptop’s',
  importChoiceIncoming: 'Use the file’s',
  importApply: 'Import',
  importApplying: 'Importing…',
  importNothing: 'Nothing to import (the content is already the same).',
  importCancel: 'Cancel',
  importClose: 'Close',
  importFailed: 'The file could not be imported. The workshop has not changed.',

  backupsOpen: 'Backups',
  backupsOpenHint: 'The automatic backups; bring the workshop back to an earlier point',
  backupsHeading: 'Backups',
  backupsBack: 'Back',
  backupsIntro:
    'Besides saving every edit, TaneBoard keeps backups of the whole workshop. Those taken whenever the timetable moves on (“Before テーマ1”, …) are kept up to 40, so every step of the day stays. Of those after changes (at most every 5 minutes) and “Back up now” the newest 10 are kept, and 3 each of “Before a restore” and “Before an import”. Closing the app right after a change also takes one.',
  backupsLocation: 'Location',
  backupsNow: 'Back up now',
  backupsNowDone: 'Backup saved.',
  backupsLoading: 'Checking the backups…',
  backupsEmpty: 'No backups yet. One is saved automatically shortly after a change.',
  backupsListFailed: 'The list of backups could not be read.',
  backupsColTime: 'Time',
  backupsColReason: 'Reason',
  backupsColContent: 'Content',
  backupsColSize: 'Size',
  backupsContent: (groups: number, notes: number) =>
    `${String(groups)} groups, ${String(notes)} notes`,
  backupsUnreadable: 'Unreadable',
  backupsRestore: 'Restore this point',
  backupsSaveAs: 'Save to file',
  backupsConfirmTitle: 'Restore this point?',
  backupsConfirmBody: (when: string) =>
    `The workshop goes back to ${when}. The current content is kept as a “before restore” backup, and Undo brings it back.`,
  backupsConfirm: 'Restore',
  backupsRestored: (when: string) => `Restored the workshop as of ${when}.`,
  backupsRestoreUndone: 'Back to the state before the restore.',
  backupsRestoreUndoneKept: (kept: number) =>
    `Back to the state before the restore (${String(kept)} items changed since were kept).`,
  backupsMissing: 'This backup is gone (it may have been rotated out).',
  backupsRestoreFailed: 'Could not restore. The workshop has not changed.',
  backupReason: (reason: BackupReason): string => BACKUP_REASON_EN[reason],
  backupBeforeRow: (row: string) => `Before ${row}`,
  backupBeforeDay: 'Before the day',
  backupAfterDay: 'After the day',
  backupsSummaryHeading: 'What this backup holds',
  backupsSummaryNote: 'Where a number differs from now, the current one is in brackets.',
  backupsSummaryReading: 'Reading the backup…',
  backupsSummaryUnreadable: 'The content of this backup could not be read.',
  backupsSumGroup: 'Group',
  backupsSumTheme1: 'Theme 1',
  backupsSumTheme2: 'Theme 2',
  backupsSumTheme3: 'Theme 3',
  backupsSumNotes: 'Notes',
  backupsSumTane: 'タネ',
  backupsSumTopics: 'Issues',
  backupsSumCauses: 'Causes',
  backupsSumMeasures: 'Measures',
  backupsSumOutcomes: 'Outcomes',
  backupsSumCanvases: 'Canvases',
  backupsSumCanvasNotes: 'Notes',
  backupsSumQuestions: 'Q&A',
  backupsSumBrief: 'Brief (edited)',
  backupsSumNow: (n: number) => ` (now ${String(n)})`,
  backupsSumOnlyNow: 'Only now (restoring removes it)',
  backupsSumOnlyBackup: 'Not there now (restoring brings it back)',
  backupsSumNoGroups: 'No groups.',
  dataLocationLabel: 'Workshop copies and backups are kept in',
  dataBrowserOnlyTitle: 'The workshop data lives only in this browser',
  dataBrowserOnlyBody: (origin: string) =>
    `This page was opened without the TaneBoard server (npm run web). Workshops, their copies and backups are only in this browser's storage for “${origin}”: another browser, address or port does not see them, and clearing the browsing data deletes them. Save workshop files often (Export → Workshop file).`,
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
