import type { LanGroupStatus } from '../../../../shared/host/lanHostApi'
import type { Messages } from '../../../i18n/messages.ja'

type Words = Pick<
  Messages,
  | 'lanShareConnected'
  | 'lanShareNotConnected'
  | 'lanShareUpdated'
  | 'lanShareSecondsAgo'
  | 'lanShareMinutesAgo'
  | 'lanShareHoursAgo'
>

/** How long ago, in the largest whole unit: 10秒前, 3分前, 2時間前 (never less than 1秒前). */
export function agoText(t: Words, elapsedMs: number): string {
  const seconds = Math.max(1, Math.floor(elapsedMs / 1000))
  if (seconds < 60) return t.lanShareSecondsAgo(seconds)
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return t.lanShareMinutesAgo(minutes)
  return t.lanShareHoursAgo(Math.floor(minutes / 60))
}

/**
 * A group's connection line, as the console shows it: 「Ｂグループ：2台接続・最終更新10秒前」, or
 * 「Ｂグループ：未接続」 when no table device is connected.
 */
export function groupLinkText(
  t: Words,
  name: string,
  status: LanGroupStatus | undefined,
  now: number,
): string {
  const devices = status?.devices ?? 0
  if (devices === 0) return t.lanShareNotConnected(name)
  const updated =
    status?.lastChangeAt == null ? '' : t.lanShareUpdated(agoText(t, now - status.lastChangeAt))
  return `${t.lanShareConnected(name, devices)}${updated}`
}
