import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { linkLabel, type LanStatus } from '../../lan/lanStatus'

/** Before the client has loaded. */
const STARTING: LanStatus = { link: 'connecting', unsent: 0, refused: false }

interface TableBarProps {
  status: LanStatus | null
  onLeave: () => void
}

/**
 * Always on a table's screen: the link to the hub, exactly as `linkLabel` words it (接続中 /
 * 再接続中 / オフライン・未送信n件 / 参加できません…), with a way to a new code when refused,
 * and 「参加をやめる」.
 */
export function TableBar({ status, onLeave }: TableBarProps) {
  const t = useT()
  const now = status ?? STARTING
  const tone = now.refused ? 'refused' : now.link
  return (
    <div className="table-bar">
      <p
        role="status"
        className={`table-bar__link table-bar__link--${tone}`}
        title={t.tableSecondCopy}
      >
        {linkLabel(now, t)}
      </p>
      {now.refused ? (
        <a
          className="button button--small button--primary"
          href={routeHref({ name: 'join', token: null })}
        >
          {t.tableRejoin}
        </a>
      ) : null}
      <button type="button" className="button button--small button--ghost" onClick={onLeave}>
        {t.tableLeave}
      </button>
    </div>
  )
}
