import { useMemo } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { formatMmSs } from '../../../shared/timer/timerFormat'
import { timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import { visualCue } from '../../../shared/timer/timerSignals'
import { timerView } from '../../../shared/timer/timerView'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import { cueClass, deltaMinutes, rowCard, rowLabel, rowTitle } from './timerDisplay'
import { useFitCard } from './useFitCard'
import { useNow } from './useNow'

interface TimerProjectorViewProps {
  doc: WorkshopDoc
  store: ConsoleStore
}

/**
 * The timer for the room, readable from the back: the time left as large as the screen allows,
 * the current row, its card's 【ポイント】 for a theme, and what comes next. Warnings and the end
 * change the colour and add a label with an icon (never colour alone). Read-only: the keys are
 * handled by ConsoleProjector.
 */
export function TimerProjectorView({ doc, store }: TimerProjectorViewProps) {
  const t = useT()
  const now = useNow(250)
  const timer = useConsole(store, (s) => s.data.timer)
  const warnings = useConsole(store, (s) => s.data.warnings)
  const plan = useMemo(() => timerPlanFromDoc(doc), [doc])
  const view = timerView(timer, plan, now)
  const current = view.current
  const cue = current ? visualCue(current, warnings) : null
  const card = current ? rowCard(doc, current.cardKey) : null
  // テーマ rows, the orientation and 全体共有 show their card's 【ポイント】.
  const showCard = card !== null
  const delta = deltaMinutes(view.deltaMs)
  const cardRef = useFitCard<HTMLElement>(showCard ? card.points.join('\n') : '')

  return (
    <div
      className={`ptimer ${cueClass(cue)}${view.paused ? ' is-paused' : ''}`}
      data-cue={cue?.level ?? 'none'}
    >
      <div className={showCard ? 'ptimer__top has-card' : 'ptimer__top'}>
        <div className="ptimer__now">
          {current ? (
            <>
              <p className="ptimer__label">
                {showCard ? card.label : rowLabel(current.row) || t.timerNow}
              </p>
              <h1 className="ptimer__title">{rowTitle(current.row)}</h1>
              <p className="ptimer__clock">
                <span className="ptimer__what">
                  {current.remainingMs >= 0 ? t.timerRemaining : t.timerOvertime}
                </span>
                <span className="ptimer__time" role="timer" data-testid="ptimer-remaining">
                  {formatMmSs(current.remainingMs)}
                </span>
              </p>
              <p className="ptimer__status" aria-live="polite">
                {view.paused ? (
                  <span className="ptimer__badge">
                    <span className="icon-pause" aria-hidden="true" />
                    {t.timerPaused}
                  </span>
                ) : null}
                {cue && cue.level !== 'normal' ? (
                  <span className="ptimer__badge ptimer__badge--cue" data-testid="ptimer-cue">
                    <span aria-hidden="true">⚠ </span>
                    {cue.level === 'end' ? t.timerCueEnd : t.timerCueWarning(cue.minutes)}
                  </span>
                ) : null}
              </p>
            </>
          ) : (
            <h1 className="ptimer__title ptimer__title--idle">
              {view.phase === 'after' ? t.timerAfter : t.timerBefore}
            </h1>
          )}
        </div>
        {showCard ? (
          <aside ref={cardRef} className="ptimer__card" aria-label={t.timerPoints}>
            <p className="ptimer__card-heading">{t.timerPoints}</p>
            <ul>
              {card.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
      <footer className="ptimer__bottom">
        <p className="ptimer__next" data-testid="ptimer-next">
          <span className="ptimer__next-label">{t.timerNext}</span>
          {view.next ? (
            <>
              <span className="ptimer__next-time">{view.next.start}</span>
              <span className="ptimer__next-title">{rowTitle(view.next.row)}</span>
            </>
          ) : (
            <span className="ptimer__next-title">{t.timerNextNone}</span>
          )}
        </p>
        <p className="ptimer__day">
          <span>
            {t.timerProjectedEnd} {view.projectedEnd}
          </span>
          <span className={delta > 0 ? 'ptimer__delta is-behind' : 'ptimer__delta'}>
            {t.timerDelta(delta)}
          </span>
        </p>
      </footer>
    </div>
  )
}
