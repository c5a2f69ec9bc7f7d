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

export const tableEn: { readonly [K in keyof typeof tableJa]: (typeof tableJa)[K] } = {
  lanConnected: 'Connected',
  lanSending: (n) => `Connected · sending ${n}`,
  lanConnecting: 'Connecting',
  lanReconnecting: 'Reconnecting',
  lanOffline: 'Offline',
  lanOfflineUnsent: (n) => `Offline · ${n} not sent`,
  lanRefused: 'Cannot join (check the code)',

  joinHeading: 'Join the group work',
  joinLead:
    'Enter the join code the facilitator gave you (e.g. ABCD-EFGH). If you opened a QR code or link, there is nothing to type.',
  joinCodeLabel: 'Join code',
  joinSubmit: 'Join',
  joinChecking: 'Checking…',
  joinReceiving: 'Receiving your group’s boards…',
  joinWaitingOffline:
    'The boards have not arrived yet. They appear once the facilitator’s computer can be reached.',
  tableGroupMissing: 'This group was not found. Please ask the facilitator.',
  tableLeave: 'Leave the group',
  tableLeaveTitle: 'Leave the group?',
  tableLeaveBody:
    'This computer leaves the group. Joining again needs the join code. What was sent stays on the facilitator’s computer.',
  tableLeaveUnsent: (n) =>
    `${n} changes have not been sent yet. If you leave, they will not reach the facilitator.`,
  tableLeaveConfirm: 'Leave',
  tableRejoin: 'Enter a new join code',
  tableBackToGroup: 'Back to the group',
  tableSecondCopy:
    'On this computer, what you write is kept in the browser (IndexedDB) and on the facilitator’s computer.',
  tableUnsentWarning: 'Some changes have not been sent yet.',
}
