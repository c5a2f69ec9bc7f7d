import { tableJa } from '../i18n/messages.table'

/**
 * The state of a device's link to the LAN hub, and its words. Light: no Yjs or Hocuspocus here,
 * so screens can show it without loading the client (lanClient.ts, loaded lazily).
 */
export type LanLink = 'connecting' | 'connected' | 'reconnecting' | 'offline'

export interface LanStatus {
  link: LanLink
  /** Record versions written here that the hub has not confirmed yet. */
  unsent: number
  /** Documents refused by the hub (a wrong or replaced code). */
  refused: boolean
}

type LinkWords = Pick<
  typeof tableJa,
  | 'lanConnected'
  | 'lanSending'
  | 'lanConnecting'
  | 'lanReconnecting'
  | 'lanOffline'
  | 'lanOfflineUnsent'
  | 'lanRefused'
>

/**
 * The words for the connection state, always on screen in table mode: 接続中 / 再接続中 /
 * オフライン・未送信n件, 参加できません… when the hub refuses the code. Japanese unless the
 * English words (`messages.table.ts`) are given.
 */
export function linkLabel(status: LanStatus, words: LinkWords = tableJa): string {
  if (status.refused) return words.lanRefused
  switch (status.link) {
    case 'connected':
      return status.unsent > 0 ? words.lanSending(status.unsent) : words.lanConnected
    case 'connecting':
      return words.lanConnecting
    case 'reconnecting':
      return words.lanReconnecting
    case 'offline':
      return status.unsent > 0 ? words.lanOfflineUnsent(status.unsent) : words.lanOffline
  }
}
