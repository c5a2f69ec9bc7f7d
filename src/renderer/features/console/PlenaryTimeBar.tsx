import type { PlenaryView } from '../../../shared/timer/plenaryTimer'
import { formatMmSs } from '../../../shared/timer/timerFormat'
import { useT } from '../../i18n/useT'

interface PlenaryTimeBarProps {
  view: PlenaryView
  groupName: string
  nextName: string | null
}

/**
 * The speaking timer on the projector, readable from the front row: the part running (発表 or
 * 講評, in words and colour), the time left of that part in digits about a fifth of the screen
 * high, 超過 in red once the slot is over, and who speaks now and next.
 */
export function PlenaryTimeBar({ view, groupName, nextName }: PlenaryTimeBarProps) {
  const t = useT()
  const over = view.partRemainingMs < 0
  const part = view.part === 'review' ? t.plenaryPartReview : t.plenaryPartTalk
  const className = [
    'plenary-timebar',
    view.part === 'review' ? 'is-review' : 'is-talk',
    over ? 'is-over' : '',
  ]
    .join(' ')
    .trim()
  return (
    <div className={className} role="timer" aria-label={`${groupName} ${part}`}>
      <span className="plenary-timebar-part">{part}</span>
      <span className="plenary-timebar-time" data-testid="plenary-projector-time">
        <span className="plenary-timebar-label">
          {over ? t.plenaryTimeOver : t.plenaryTimeLeft}
        </span>
        {formatMmSs(view.partRemainingMs)}
      </span>
      <span className="plenary-timebar-side">
        <span>{groupName}</span>
        {view.paused && <span className="plenary-timebar-paused">{t.plenaryPaused}</span>}
        {!view.paused && nextName !== null && <span>{t.plenaryNext(nextName)}</span>}
      </span>
    </div>
  )
}
