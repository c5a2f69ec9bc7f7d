import { summaryLineJa } from '../merge/mergeLabels'
import type { EditFieldNames, ErrorCatalogue } from './errorCatalogue'

/** Said by every failed save: the user's data is still safe. */
const KEPT = '元のデータは失われていません。'
const NOTHING_CHANGED = '内容は何も変わっていません。'
const RETRY_LATER = '入力内容はこの画面に残っています。次の変更のときに自動でもう一度保存します。'

const count = (n: number) => n.toLocaleString('ja-JP')

const FIELDS: EditFieldNames = {
  note: '付箋',
  title: '研修会名',
  venue: '会場',
  name: '名前',
  item: '項目',
  content: '内容',
  affiliation: '所属',
  goal: '目指す姿',
  concern: '困りごとの中身',
  statement: '地域課題',
  label: 'ラベル',
  target: '対象',
  expectation: '期待値',
  indicator: '指標',
  theme: 'テーマ',
  axis: '軸の名前',
  cause: '原因',
  measure: '対策',
  canvasTitle: '地域課題',
  tane: '地域課題のタネ',
  facts: '事実・情報',
  thoughts: 'そこから考えられること',
  materials: '補足する情報・資料',
  share: '共有の方法',
  qa: '市町村担当者からの質問と答え',
  question: '質問',
  answer: '答え',
  comment: 'コメント',
  input: '入力',
}

/** Error messages in Japanese, the primary language (polite, as the report writes). */
export const errorMessagesJa: ErrorCatalogue = {
  'file.tooLarge': 'ファイルが大きすぎます（上限 20MB）。',
  'file.notJson':
    'ファイルを読み込めませんでした。形式が正しくありません（壊れているか、途中で切れている可能性があります）。',
  'file.notTaneboard': 'タネボードのファイルではないようです。',
  'file.tooNew':
    'このファイルは新しいバージョンのタネボードで作られています。アプリを更新してから開いてください。',
  'file.invalid': 'ファイルの内容に誤りがあるため読み込めませんでした。',
  'file.overLimit':
    'ファイルの内容が多すぎるため読み込めませんでした（グループや付箋などの数が、タネボードで扱える上限を超えています）。',

  'host.noSpace': 'ディスクの空き容量が足りません。',
  'host.noPermission': '保存先に書き込む権限がありません。',
  'host.tooLarge': 'データが大きすぎます。',
  'host.noStorage': 'このブラウザにはバックアップを保存できる場所がありません。',
  'host.storageFull':
    'ブラウザの保存領域の空きが足りません。不要なデータを削除してから、もう一度お試しください。',
  'host.storageDenied': 'ブラウザが保存領域の利用を許可しませんでした。',
  'host.backupWriteFailed': 'バックアップファイルを書き込めませんでした。',
  'host.backupReadFailed': 'バックアップファイルを読み込めませんでした。',
  'host.invalidWorkshopId': '研修会のIDが正しくありません。',
  'host.invalidBackupId': 'バックアップのIDが正しくありません。',
  'host.invalidBackupReason': 'バックアップの種類が正しくありません。',
  'host.unnamedBackup':
    'バックアップの名前を決められませんでした。パソコンの日付と時刻を確認してください。',
  'host.fileTooLarge': ({ maxBytes }) => {
    const mb = maxBytes / (1024 * 1024)
    return `ファイルが大きすぎます（上限 ${Number.isInteger(mb) ? mb : mb.toFixed(1)}MB）。`
  },
  'host.fileReadFailed': 'ファイルを読み込めませんでした。',
  'host.serverUnreachable':
    'タネボードのサーバー（npm run web）に届きません。サーバーを起動し直してください。入力内容はこのブラウザに残っています。',
  'host.projectorBlocked':
    '投影用のウィンドウを開けませんでした。ブラウザーがポップアップを止めていないか確認してください。',

  'lanShare.needsHub':
    'LAN共有には、デスクトップアプリか、「npm run web -- --lan」で起動したサーバーが必要です。サーバーが表示したファシリテーター用のURLから開いてください。',
  'lanShare.adminRefused':
    '管理キーが正しくありません。サーバーを起動したときに表示されたファシリテーター用のURLを開き直してください。',
  'lanShare.unreachable':
    'LAN共有のサーバーに接続できませんでした。サーバーが動いているか確認してください。',
  'lanShare.portInUse': ({ port }) =>
    `ポート${port}はほかのアプリが使っています。別のポートを選ぶか、そのアプリを終了してください。`,
  'lanShare.addressUnavailable':
    '選んだネットワークが見つかりません。Wi-Fiの接続を確認して、ネットワークを選び直してください。',
  'lanShare.notSharing': 'LAN共有は開始されていません。',
  'lanShare.failed': 'LAN共有を開始できませんでした。もう一度お試しください。',

  'lanJoin.wrongCode': '参加コードが違います。ファシリテーターに確認してください。',
  'lanJoin.throttled':
    '間違いが続いたため、しばらく参加できません。1分ほど待ってから、もう一度入力してください。',
  'lanJoin.noSession':
    'ファシリテーターがまだ参加の受付を始めていません。少し待ってから、もう一度お試しください。',
  'lanJoin.facilitatorCode':
    'これはファシリテーター用のコードです。テーブルのパソコンでは、グループの参加コードを入力してください。',
  'lanJoin.unreachable':
    'ファシリテーターのパソコンに接続できません。Wi-Fiとアドレスを確認して、もう一度お試しください。',
  'lanJoin.failed': '参加できませんでした。もう一度お試しください。',

  'save.cancelled': '保存はキャンセルされました。',
  'save.noSpace': `保存できませんでした。ディスクの空き容量が不足しています。${KEPT}`,
  'save.noPermission': `保存できませんでした。この場所には書き込めません。別の保存先を選んでください。${KEPT}`,
  'save.failed': `保存できませんでした。もう一度お試しください。${KEPT}`,
  'save.pdfFailed': `PDFを作成できませんでした。もう一度お試しください。${KEPT}`,
  'save.downloadFailed': 'ファイルを保存できませんでした。',

  'persist.database': ({ detail }, text) =>
    `保存できませんでした（この端末のデータベースに書き込めません）。${RETRY_LATER}${inParens(text(detail))}`,
  'persist.snapshot': ({ detail }, text) =>
    `バックアップファイルを保存できませんでした。${RETRY_LATER}${inParens(text(detail))}`,

  'workshop.notFound': '研修会が見つかりませんでした。',
  'workshop.loadFailed': '研修会を読み込めませんでした。アプリを再起動してもう一度お試しください。',
  'workshop.corruptRows':
    '壊れたデータが見つかったため、その部分を読み飛ばしました。バックアップから復元できる場合は次回の起動時に復元します。',
  'backup.failed': ({ detail }, text) =>
    `バックアップを保存できませんでした。${text(detail)}これまでのバックアップと入力内容はそのまま残っています。`,
  'backup.missing': 'このバックアップは見つかりませんでした（すでに削除された可能性があります）。',
  'backup.otherWorkshop': 'このバックアップは別の研修会のものです。',
  'backup.foreign':
    'このファイルには、このパソコンにある別の研修会と同じ番号（ID）の記録が含まれているため、読み込めません。研修会の内容は何も変わっていません。',
  'backup.tooLarge':
    'この内容にすると研修会が大きくなりすぎて保存できないため、中止しました。研修会の内容は何も変わっていません。',
  'backup.beforeRestoreFailed': ({ detail }, text) =>
    `復元の前に今の内容をバックアップできなかったため、復元を中止しました。${text(detail)}${NOTHING_CHANGED}`,
  'import.backupFailed': ({ detail }, text) =>
    `取り込む前に今の内容をバックアップできなかったため、取り込みを中止しました。${text(detail)}${NOTHING_CHANGED}`,
  'import.undoFailed': ({ detail }, text) => `取り込む前の状態に戻せませんでした。${text(detail)}`,
  'collect.otherWorkshop': ({ title }) =>
    `別の研修会（${titleOf(title)}）のファイルのため、取り込みませんでした。`,
  'collect.noFiles': '研修会ファイル（.taneboard）が見つかりませんでした。',
  'startup.tooNew':
    'このアプリより新しいバージョンのタネボードで保存されたデータがあります。アプリを更新してください。',
  'startup.listFailed':
    'バックアップファイルを確認できませんでした。入力はできますが、アプリを再起動してもう一度お試しください。',
  'startup.unreadable': ({ count: n }) =>
    `読み込めないバックアップファイルがありました（${n}件）。ファイルは削除せずに残しています。`,

  'edit.invalid': '入力内容に誤りがあるため反映できませんでした。',
  'edit.textTooLong': ({ field, max }) =>
    `${FIELDS[field]}の文字数が上限（${count(max)}字）を超えています。`,
  'edit.tooManyItems': ({ field, max }) =>
    `${FIELDS[field]}の数が上限（${count(max)}）を超えています。`,
  'edit.notesFull': ({ max }) => `付箋の数が上限（${count(max)}枚）に達しました。`,
  'edit.groupsFull': ({ max }) => `グループの数が上限（${max}）に達しました。`,
  'edit.commentatorsFull': ({ max }) => `講評者の数が上限（${max}人）に達しました。`,
  'edit.rowsFull': ({ max }) => `タイムテーブルの行が上限（${max}行）に達しました。`,
  'edit.topicsFull': ({ max }) => `テーマの数が上限（${max}）に達しました。`,
  'edit.causesFull': ({ max }) => `原因の数が上限（${max}）に達しました。`,
  'edit.measuresFull': ({ max }) => `対策の数が上限（${max}）に達しました。`,
  'edit.outcomesFull': ({ max }) => `期待値と指標の数が上限（${max}）に達しました。`,
  'edit.canvasesFull': ({ max }) => `地域課題のキャンバスが上限（${max}）に達しました。`,
  'edit.canvasNotesFull': ({ max }) => `このキャンバスの付箋が上限（${max}枚）に達しました。`,
  'edit.qasFull': ({ max }) => `市町村担当者からの質問が上限（${max}）に達しました。`,
  'edit.theme2Full': 'テーマ2にはこれ以上追加できません（保存できる件数の上限に達しました）。',
  'edit.theme3Full': 'テーマ3にはこれ以上追加できません（保存できる件数の上限に達しました）。',
  'edit.workshopFull': 'この研修会にはこれ以上追加できません（保存できる件数の上限に達しました）。',
  'edit.cafeReactionsFull': ({ max }) =>
    `このボードへのコメントと「いいね」が上限（${max}件）に達しました。`,
  'edit.cafeFull':
    'ワールドカフェのコメントと「いいね」はこれ以上追加できません（保存できる件数の上限に達しました）。',

  'cafe.tooFewTables': ({ tables }) =>
    `ワールドカフェには2つ以上のテーブル（グループ）が必要です（いまは${tables}つです）。`,
  'cafe.noRounds': 'ラウンド数を1以上にしてください。',
  'cafe.tooManyRounds': ({ rounds, maxRounds, tables }) =>
    `テーブルが${tables}つなので、同じテーブルを二度訪ねずに回れるのは${maxRounds}ラウンドまでです（自分のテーブルは訪ねません）。${rounds}ラウンドにはできません。ラウンド数を${maxRounds}以下にしてください。`,

  'survey.noNameColumn':
    '氏名の列が見つかりません。1行目に「氏名」などの見出しを付けるか、下の対応表で氏名の列を選んでください。何も取り込んでいません。',
  'survey.rowNoName': ({ row }) => `${row}行目：氏名が空欄のため取り込みません。`,
  'survey.rowTooLong': ({ row, max }) =>
    `${row}行目：氏名が長すぎるため（${max}文字まで）取り込みません。`,
  'survey.rowBadOption': ({ row, column, value, letters }) =>
    `${row}行目：「${column}」の回答「${value}」は選択肢（${letters}）にないため、この行は取り込みません。`,
  'survey.cellBadOption': ({ column, value, letters }) =>
    `「${column}」に「${value}」は入力できません。選択肢の記号（${letters}）を入力してください。書き込んでいません。`,
  'survey.cellNoName':
    '氏名は空欄にできません（事前・事後の突合は氏名で行います）。書き込んでいません。',
  'survey.cellTooLong': ({ column, max }) =>
    `「${column}」は${max}文字までです。書き込んでいません。`,

  'notice.keptRemote': ({ count: n }) => `ほかの端末で変更された${n}件はそのままにしました。`,
  'notice.keptChanged': ({ count: n }) => `その後に変更された${n}件はそのままにしました。`,
  'notice.undo': '元に戻す',
  'notice.workshopDeleted': ({ title }) => `『${titleOf(title)}』を削除しました`,
  'notice.startupRestored': ({ count: n, from }) =>
    from === undefined
      ? `前回の内容をバックアップから復元しました（${n}件の研修会）。`
      : `このブラウザには研修会がなかったため、パソコンのフォルダ（${from}）に残っていた控えから復元しました（${n}件の研修会）。`,
  'notice.databaseReset':
    'この端末のデータベースが壊れていたため作り直しました。バックアップがあるものは復元しています。',
  'notice.importedNew': ({ title }) => `研修会『${titleOf(title)}』を取り込みました。`,
  'notice.imported': ({ title, summary }) =>
    `『${titleOf(title)}』に取り込みました（${summary.map(summaryLineJa).join('、')}）。`,
  'notice.importNothing': ({ title }) =>
    `『${titleOf(title)}』に取り込む変更はありませんでした（すでに同じ内容です）。`,
  'notice.importUndone': ({ title }) => `『${titleOf(title)}』を取り込む前の状態に戻しました。`,
  'notice.importUndoneKept': ({ title, count: n }) =>
    `『${titleOf(title)}』を取り込む前の状態に戻しました（取り込んだ後に書き換えられた${n}件はそのまま残しました）。`,
  'notice.collected': ({ files, written }) =>
    `${files}ファイルを取り込みました（${written}件の記録を書き込みました）。`,
  'notice.collectUndone': '集める前の状態に戻しました。',
  'notice.collectUndoneKept': ({ count: n }) =>
    `集める前の状態に戻しました（集めた後に書き換えられた${n}件はそのまま残しました）。`,
}

/** A workshop's title as shown ('' or blanks: untitled). */
function titleOf(title: string): string {
  return title.trim() || '無題の研修会'
}

function inParens(detail: string): string {
  return detail === '' ? '' : `（${detail}）`
}
