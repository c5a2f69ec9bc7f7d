import { useT } from '../../../i18n/useT'
import { useNow } from '../useNow'
import { groupLinkText } from './lanShareText'
import { sharesWorkshop, useLanShare } from './lanShare'

/**
 * A group's connection line in グループ一覧 while the workshop is shared over the LAN:
 * 「Ｂグループ：2台接続・最終更新10秒前」 or 「Ｂグループ：未接続」. Nothing when not shared.
 */
export function GroupLinkLine({
  workshopId,
  groupId,
  groupName,
}: {
  workshopId: string
  groupId: string
  groupName: string
}) {
  const t = useT()
  const now = useNow(1000)
  const shared = useLanShare((s) => sharesWorkshop(s.state, workshopId))
  const status = useLanShare((s) => s.state?.status?.groups.find((g) => g.groupId === groupId))
  if (!shared) return null
  return (
    <p className={status?.devices ? 'groups-link is-connected' : 'groups-link'}>
      {groupLinkText(t, groupName, status, now)}
    </p>
  )
}
