import '../../styles/consoleGroups.css'
import '../../styles/plenaryShare.css'
import '../../styles/cafeRotation.css'
import { useMemo } from 'react'
import { cafeProblemRef } from '../../../shared/cafe/cafePlan'
import { CAFE_TIMER_START, cafeTimerView } from '../../../shared/cafe/cafeTimer'
import { errorText } from '../../../shared/errors/errorText'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { formatMmSs } from '../../../shared/timer/timerFormat'
import { useLang, useT } from '../../i18n/useT'
import { cafeSetupOf } from '../../views/cafe/cafeRotationOf'
import { CafeRoundBoard } from '../../views/cafe/CafeRoundBoard'
import { useConsole, type ConsoleStore } from './consoleStore'
import { useNow } from './useNow'

/**
 * The projector during a ワールドカフェ, readable from the back of the room: the round's rotation
 * (per table, its host who stays and where each of its visitors goes) above the round timer
 * (ラウンド n / N and the time left, in the plenary's large digits). It follows the console.
 */
export function CafeRotationProjector({ doc, store }: { doc: WorkshopDoc; store: ConsoleStore }) {
  const t = useT()
  const lang = useLang()
  const now = useNow(250)
  const timer = useConsole(store, (s) => s.data.cafe) ?? CAFE_TIMER_START
  const setup = useMemo(() => cafeSetupOf(doc, t.cafeUnnamed), [doc, t])
  const view = cafeTimerView(timer, setup.plan, now)
  const over = view.phase === 'during' && view.remainingMs < 0
  const { rotation } = setup
  if (!rotation.ok) {
    return (
      <div className="cafe-stage">
        <h2 className="cafe-stage__title">{t.cafeRotationHeading}</h2>
        <p className="cafe-stage__problem" role="alert">
          {errorText(cafeProblemRef(rotation.problem), lang)}
        </p>
      </div>
    )
  }
  const roundLabel = t.cafeRoundOf(view.round, view.rounds)
  return (
    <div className="cafe-stage" data-round={view.round}>
      <h2 className="cafe-stage__title">
        {`${t.cafeRotationHeading}\u3000${roundLabel}\u3000${t.cafeRotation}`}
      </h2>
      <CafeRoundBoard
        rotation={rotation}
        round={view.round}
        groupName={setup.groupName}
        memberName={setup.memberName}
      />
      <div
        className={`plenary-timebar is-talk${over ? ' is-over' : ''}`}
        role="timer"
        aria-label={roundLabel}
      >
        <span className="plenary-timebar-part">{roundLabel}</span>
        <span className="plenary-timebar-time" data-testid="cafe-projector-time">
          {view.phase === 'after' ? (
            t.cafeOver
          ) : (
            <>
              <span className="plenary-timebar-label">
                {over ? t.cafeOvertime : t.cafeRemaining}
              </span>
              {formatMmSs(view.remainingMs)}
            </>
          )}
        </span>
        <span className="plenary-timebar-side">
          {view.phase === 'before' && <span>{t.cafeBefore}</span>}
          {view.paused && <span className="plenary-timebar-paused">{t.plenaryPaused}</span>}
        </span>
      </div>
    </div>
  )
}
