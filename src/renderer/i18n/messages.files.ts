import type { BackupReason } from '../../shared/backups/backupNames'

const BACKUP_REASON_JA: Record<BackupReason, string> = {
  change: '変更の自動保存',
  transition: 'タイムテーブルの切り替わり',
  manual: '手動',
  beforeRestore: '復元の直前',
  beforeImport: '取り込みの直前',
}

const BACKUP_REASON_EN: Record<BackupReason, string> = {
  change: 'After changes',
  transition: 'Timetable moved on',
  manual: 'Manual',
  beforeRestore: 'Before a restore',
  beforeImport: 'Before an import',
}

/** UI strings of workshop files (書き出し・取り込み) and the automatic backups (Japanese). */
export const filesJa = {
  // The workshop file (.taneboard)
  workshopFile: '研修会ファイル（.taneboard）',
  workshopFileHint:
    '選んだグループの内容（テーマ1〜3すべて）を研修会ファイルに保存します。別のパソコンのタネボードで取り込めます',
  workshopFileName: '研修会ファイル',
  workshopFileFilter: 'タネボード研修会ファイル',

  // Import
  importOpen: 'ファイルから取り込む',
  importOpenHint:
    '別のパソコンで書き出した研修会ファイル（.taneboard）を読み込み、内容を確かめてから取り込みます',
  importHeading: '研修会ファイルの取り込み',
  importReading: 'ファイルを読み込んでいます…',
  importFile: (name: string) => `ファイル：${name}`,
  importWorkshop: (title: string) => `研修会：${title}`,
  importGroups: (names: string) => `グループ：${names}`,
  importIntoExisting:
    'この研修会はこのパソコンにもあります。内容を付箋ごとに照らし合わせて統合します。',
  importAsNew: 'このパソコンにはない研修会です。新しい研修会として追加します。',
  importSummaryHeading: '取り込むと変わること',
  importConflictsHeading: (n: number) => `両方で書き換えられた項目（${n}件）`,
  importConflictsIntro:
    'このパソコンとファイルの両方で書き換えられています。どちらを残すか選んでください。「両方残す」では、ファイルの方を「（取り込み）」を付けた別の付箋として残します。',
  importLocal: 'このパソコン',
  importIncoming: 'ファイル',
  importDeleted: '（削除済み）',
  importChoiceBoth: '両方残す',
  importChoiceLocal: 'このパソコンの方を残す',
  importChoiceIncoming: 'ファイルの方を使う',
  importApply: '取り込む',
  importApplying: '取り込んでいます…',
  importNothing: '取り込む変更はありません（すでに同じ内容です）。',
  importCancel: 'やめる',
  importClose: '閉じる',
  importFailed: '取り込めませんでした。研修会の内容は変わっていません。',

  // Backups
  backupsOpen: 'バックアップ',
  backupsOpenHint: '自動バックアップの一覧。以前の時点に戻せます',
  backupsHeading: 'バックアップ',
  backupsBack: '戻る',
  backupsIntro:
    '入力のたびに保存される内容とは別に、一定の時間ごと（変更があったとき、最短5分おき）と、タイムテーブルが次の項目に進んだときに、研修会全体のバックアップを自動で残します。新しいものから10件を残します。',
  backupsLocation: '保存場所',
  backupsNow: '今すぐバックアップ',
  backupsNowDone: 'バックアップを保存しました。',
  backupsLoading: 'バックアップを確認しています…',
  backupsEmpty:
    'まだバックアップはありません。内容を変更すると、少したってから自動で保存されます。',
  backupsListFailed: 'バックアップの一覧を読み込めませんでした。',
  backupsColTime: '日時',
  backupsColReason: 'きっかけ',
  backupsColContent: '内容',
  backupsColSize: '大きさ',
  backupsContent: (groups: number, notes: number) => `${groups}グループ・付箋${notes}枚`,
  backupsUnreadable: '読み込めません',
  backupsRestore: 'この時点に戻す',
  backupsSaveAs: 'ファイルに保存',
  backupsConfirmTitle: 'この時点に戻しますか？',
  backupsConfirmBody: (when: string) =>
    `研修会の内容を ${when} の時点に戻します。今の内容は「復元の直前」のバックアップとして残り、戻したあとでも「元に戻す」で今の状態に戻せます。`,
  backupsConfirm: '戻す',
  backupsRestored: (when: string) => `${when} の時点に戻しました。`,
  backupsRestoreUndone: '戻す前の状態に戻しました。',
  backupsRestoreUndoneKept: (kept: number) =>
    `戻す前の状態に戻しました（戻した後に書き換えられた${kept}件はそのまま残しました）。`,
  backupsMissing: 'このバックアップは見つかりませんでした（すでに削除された可能性があります）。',
  backupsRestoreFailed: '戻せませんでした。研修会の内容は変わっていません。',
  backupReason: (reason: BackupReason): string => BACKUP_REASON_JA[reason],
}

/** English. */
export const filesEn: { [K in keyof typeof filesJa]: Widen<(typeof filesJa)[K]> } = {
  workshopFile: 'Workshop file (.taneboard)',
  workshopFileHint:
    'Saves everything of the chosen groups (themes 1–3) to a workshop file that TaneBoard on another laptop can import',
  workshopFileName: '研修会ファイル',
  workshopFileFilter: 'TaneBoard workshop file',

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
    'These were changed both on this laptop and in the file. Choose what to keep. “Keep both” keeps the file’s version as a separate note marked 「（取り込み）」.',
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
    'Besides saving every edit, TaneBoard keeps backups of the whole workshop: after changes (at most every 5 minutes) and whenever the timetable moves on to its next item. The newest 10 are kept.',
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
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
