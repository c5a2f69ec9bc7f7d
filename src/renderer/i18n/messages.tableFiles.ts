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
