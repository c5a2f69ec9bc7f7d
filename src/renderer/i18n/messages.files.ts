import type { BackupReason } from '../../shared/backups/backupNames'

const BACKUP_REASON_JA: Record<BackupReason, string> = {
  change: '変更の自動保存',
  transition: 'タイムテーブルの切り替わり',
  manual: '手動',
  beforeRestore: '復元の直前',
  beforeImport: '取り込みの直前',
}

/** UI strings of workshop files (書き出し・取り込み) and the automatic backups (Japanese). */
export const filesJa = {
  // The workshop file (.taneboard)
  workshopFile: '研修会ファイル（.taneboard）',
  workshopFileHint:
    '選んだグループの内容（テーマ1〜3すべて）を研修会ファイルに保存します。別のパソコンのタネボードで取り込めます',
  workshopFileName: '研修会ファイル',
  workshopFileFilter: 'タネボード研修会ファイル',
  exportRosterInGroupFile: '研修会ファイルに名簿（連絡先などの個人情報）も入れる',

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
    'このパソコンとファイルの両方で書き換えられています。どちらを残すか選んでください。「両方残す」では、ファイルの方を「取り込み」の印を付けた別の付箋として残します。',
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
    '入力のたびに保存される内容とは別に、研修会全体のバックアップを自動で残します。タイムテーブルが次の項目に進んだときのもの（「テーマ1 開始前」など）は40件まで残すので、その日の区切りはすべて残ります。変更があったとき（最短5分おき）と「今すぐバックアップ」のものは新しい10件、「復元の直前」「取り込みの直前」はそれぞれ3件を残します。変更の直後にアプリを閉じたときも、閉じる前にバックアップします。',
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
  backupBeforeRow: (row: string) => `${row} 開始前`,
  backupBeforeDay: '研修の開始前',
  backupAfterDay: '研修の終了後',
  backupsSummaryHeading: 'このバックアップの内容',
  backupsSummaryNote: '数が今と違うところは、かっこ内に今の数を示しています。',
  backupsSummaryReading: 'バックアップの内容を確認しています…',
  backupsSummaryUnreadable: 'このバックアップの内容を読み込めませんでした。',
  backupsSumGroup: 'グループ',
  backupsSumTheme1: 'テーマ1',
  backupsSumTheme2: 'テーマ2',
  backupsSumTheme3: 'テーマ3',
  backupsSumNotes: '付箋',
  backupsSumTane: 'タネ',
  backupsSumTopics: '地域課題',
  backupsSumCauses: '原因',
  backupsSumMeasures: '対策',
  backupsSumOutcomes: '期待値・指標',
  backupsSumCanvases: 'キャンバス',
  backupsSumCanvasNotes: '付箋',
  backupsSumQuestions: '質問と答え',
  backupsSumBrief: '伝達シート（編集）',
  backupsSumNow: (n: number) => `（今 ${n}）`,
  backupsSumOnlyNow: '今だけにあるグループ（戻すとなくなります）',
  backupsSumOnlyBackup: '今はないグループ（戻すと元に戻ります）',
  backupsSumNoGroups: 'グループはありません。',
  dataLocationLabel: '研修会の控えとバックアップの保存先',
  dataBrowserOnlyTitle: '研修会のデータはこのブラウザの中だけにあります',
  dataBrowserOnlyBody: (origin: string) =>
    `このページはタネボードのサーバー（npm run web）を通さずに開かれています。研修会・控え・バックアップは、このブラウザの「${origin}」専用の保存領域にだけあります。別のブラウザや別のアドレス・ポートからは見えず、「閲覧データを削除」で消えます。こまめに「書き出し」の「研修会ファイル」で保存してください。`,
}
