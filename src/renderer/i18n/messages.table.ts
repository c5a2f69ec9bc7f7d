/**
 * UI strings of table mode (a table's device joined to the facilitator's LAN hub: `#/join`) and
 * the words for a LAN link's state. The Japanese ones are the labels the e2e tests read.
 */
export const tableJa = {
  lanConnected: '接続中',
  lanSending: (n: number) => `接続中・送信中${n}件`,
  lanConnecting: '接続しています',
  lanReconnecting: '再接続中',
  lanOffline: 'オフライン',
  lanOfflineUnsent: (n: number) => `オフライン・未送信${n}件`,
  lanRefused: '参加できません（コードを確認してください）',

  joinHeading: 'グループワークに参加',
  joinLead:
    'ファシリテーターから配られた参加コード（例：ABCD-EFGH）を入力してください。QRコードやURLから開いた場合は入力は要りません。',
  joinCodeLabel: '参加コード',
  joinSubmit: '参加する',
  joinChecking: '確認しています…',
  joinReceiving: 'グループの模造紙を受け取っています…',
  joinWaitingOffline:
    'まだ模造紙を受け取っていません。ファシリテーターのパソコンに接続できると表示されます。',
  tableGroupMissing: 'このグループは見つかりません。ファシリテーターに確認してください。',
  tableLeave: '参加をやめる',
  tableLeaveTitle: '参加をやめますか？',
  tableLeaveBody:
    'このパソコンはグループから外れます。もう一度参加するには参加コードが必要です。送信済みの内容はファシリテーターのパソコンに残ります。',
  tableLeaveUnsent: (n: number) =>
    `まだ送信されていない変更が${n}件あります。やめると、この変更はファシリテーターに届きません。`,
  tableLeaveConfirm: 'やめる',
  tableRejoin: '新しい参加コードを入力',
  tableBackToGroup: 'グループの画面に戻る',
  tableSecondCopy:
    'このパソコンでは、記入した内容をブラウザー（IndexedDB）とファシリテーターのパソコンの両方に保存しています。',
  tableUnsentWarning: 'まだ送信されていない変更があります。',
}
