/** UI strings of テーブル用ファイル: working without any network (Japanese). */
export const tableFilesJa = {
  tableFilesOpen: 'テーブル用ファイル',
  tableFilesOpenHint:
    'ネットワークが使えないとき：グループごとのファイルを一括で作ってテーブルに配り、あとでまとめて集めます',
  tableFilesNoNetwork: 'ネットワークなしで行う',
  tableFilesBack: '準備に戻る',
  tableFilesHeading: 'テーブル用ファイル（ネットワークなし）',
  tableFilesIntro:
    'LAN共有が使えないときの方法です。グループごとの研修会ファイルをテーブルのパソコンに配り（USBメモリなど）、各テーブルで「ファイルから取り込む」で開いて作業します。終わったら各テーブルで書き出した研修会ファイルを集め、ここでまとめて取り込みます。',
  tableFilesCreateHeading: '1. 配る',
  tableFilesCreate: 'テーブル用ファイルを一括作成',
  tableFilesCreateHint: (groups: number) =>
    `${groups}グループ分のファイルを一度に作ります（ファイル名は「研修会名_グループ名.taneboard」）。パソコンのアプリでは保存先のフォルダを選びます。ブラウザーでは1つのZIPファイルとしてダウンロードします。`,
  tableFilesNoGroups: 'グループがありません。準備画面でグループを追加してください。',
  tableFilesCreating: 'ファイルを作成しています…',
  tableFilesCreated: (groups: number, location: string) =>
    `${groups}グループ分のファイルを作成しました（保存先：${location}）。`,
  tableFilesCreateFailed:
    'ファイルを作成できませんでした。研修会の内容は変わっていません。保存先を変えて、もう一度お試しください。',
  tableFilesCollectHeading: '2. 集める',
  tableFilesCollectIntro:
    '各テーブルで書き出した研修会ファイル（.taneboard）を1つのフォルダにまとめるか、まとめて選んでください。ファイルごとに内容を照らし合わせて取り込み、最後に結果を1回だけ表示します。両方で書き換えられた付箋は、テーブルの方を「取り込み」の印を付けた別の付箋として残します。',
  tableFilesCollectFolder: 'テーブルから集める（フォルダを選ぶ）',
  tableFilesCollectFiles: 'テーブルから集める（ファイルを選ぶ）',
  tableFilesDrop: 'ここに研修会ファイルをまとめてドロップすることもできます',
  tableFilesCollecting: '取り込んでいます…',
  tableFilesCollectFailed: '取り込めませんでした。研修会の内容は変わっていません。',
  tableFilesSummaryHeading: (files: number) => `集めた結果（${files}ファイル）`,
  tableFilesColFile: 'ファイル',
  tableFilesColGroups: 'グループ',
  tableFilesColResult: '結果',
  tableFilesAdded: (n: number) => `追加 ${n}件`,
  tableFilesUpdated: (n: number) => `更新 ${n}件`,
  tableFilesDeleted: (n: number) => `削除 ${n}件`,
  tableFilesConflicts: (n: number, copies: number) =>
    copies > 0
      ? `両方で書き換えられた ${n}件（${copies}件は「取り込み」の印を付けた付箋として両方残しました）`
      : `両方で書き換えられた ${n}件（こちらの内容を残しました）`,
  tableFilesUnchanged: '新しい変更はありません',
  tableFilesRefused: (reason: string) => `取り込みませんでした：${reason}`,
  tableFilesOmitted: (n: number) =>
    `ほかに${n}ファイルあります。一度に集められる数を超えたため、もう一度「テーブルから集める」で取り込んでください。`,
  tableFilesTotals: (merged: number, refused: number) =>
    refused > 0
      ? `${merged}ファイルを取り込みました。${refused}ファイルは取り込めませんでした（研修会の内容は、そのファイルの分は変わっていません）。`
      : `${merged}ファイルを取り込みました。`,
}

/** English. */
export const tableFilesEn: { [K in keyof typeof tableFilesJa]: Widen<(typeof tableFilesJa)[K]> } = {
  tableFilesOpen: 'Table files',
  tableFilesOpenHint:
    'Without a network: make every group’s file in one step for the tables, and collect them back later',
  tableFilesNoNetwork: 'Without a network',
  tableFilesBack: 'Back to setup',
  tableFilesHeading: 'Table files (no network)',
  tableFilesIntro:
    'For when LAN sharing cannot be used. Hand each table’s laptop its group’s workshop file (e.g. on a USB stick); the table opens it with “Import a file” and works on it. Afterwards, collect the workshop files each table exported and import them all here.',
  tableFilesCreateHeading: '1. Hand out',
  tableFilesCreate: 'Create all table files',
  tableFilesCreateHint: (groups: number) =>
    `Makes the files of ${String(groups)} groups in one step (named “workshop_group.taneboard”). The desktop app asks for a folder; a browser downloads one ZIP file.`,
  tableFilesNoGroups: 'There are no groups. Add groups on the setup screen.',
  tableFilesCreating: 'Creating the files…',
  tableFilesCreated: (groups: number, location: string) =>
    `Created the files of ${String(groups)} groups (${location}).`,
  tableFilesCreateFailed:
    'The files could not be created. The workshop has not changed. Choose another place and try again.',
  tableFilesCollectHeading: '2. Collect',
  tableFilesCollectIntro:
    'Put the workshop files (.taneboard) the tables exported in one folder, or select them together. Each is compared and merged note by note, and one summary is shown at the end. A note changed on both sides keeps the table’s text as a separate note marked 「取り込み」 (Imported).',
  tableFilesCollectFolder: 'Collect from the tables (choose a folder)',
  tableFilesCollectFiles: 'Collect from the tables (choose files)',
  tableFilesDrop: 'You can also drop the workshop files here',
  tableFilesCollecting: 'Importing…',
  tableFilesCollectFailed: 'The files could not be imported. The workshop has not changed.',
  tableFilesSummaryHeading: (files: number) => `Collected (${String(files)} files)`,
  tableFilesColFile: 'File',
  tableFilesColGroups: 'Groups',
  tableFilesColResult: 'Result',
  tableFilesAdded: (n: number) => `${String(n)} added`,
  tableFilesUpdated: (n: number) => `${String(n)} updated`,
  tableFilesDeleted: (n: number) => `${String(n)} deleted`,
  tableFilesConflicts: (n: number, copies: number) =>
    copies > 0
      ? `${String(n)} changed on both sides (${String(copies)} kept as notes marked 「取り込み」 (Imported))`
      : `${String(n)} changed on both sides (this laptop’s kept)`,
  tableFilesUnchanged: 'Nothing new',
  tableFilesRefused: (reason: string) => `Not imported: ${reason}`,
  tableFilesOmitted: (n: number) =>
    `${String(n)} more files were left out (over the limit for one step). Collect them in a second round.`,
  tableFilesTotals: (merged: number, refused: number) =>
    refused > 0
      ? `Imported ${String(merged)} files. ${String(refused)} could not be imported (the workshop did not change for them).`
      : `Imported ${String(merged)} files.`,
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
