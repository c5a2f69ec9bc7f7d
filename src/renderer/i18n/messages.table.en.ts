import type { tableJa } from './messages.table'

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
