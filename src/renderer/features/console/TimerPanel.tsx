import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import { visualCue } from '../../../shared/timer/timerSignals'
import { formatMmSs } from '../../../shared/timer/timerFormat'
import { timerView } from '../../../shared/timer/timerView'
import { useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import type { ChimeFn } from './chime'
import { useConsole, type ConsoleStore } from './consoleStore'
import { applyTimerAction, timerKeyAction, type TimerAction } from './timerActions'
import { cueClass, deltaMinutes, rowCard, rowLabel, rowTitle } from './timerDisplay'
import { TimerSettings } from './TimerSettings'
import { useNow } from './useNow'
import { useTimerSignals } from './useTimerSignals'
import { keepFocus } from './keepFocus'
import { skipNote } from './timerStepNote'
import { TimerModeSwitch } from './TimerModeSwitch'
import { PlenaryDecks } from './PlenaryDecks'

interface TimerPanelProps {
  doc: WorkshopDoc
  store: ConsoleStore
  /** Plays the chime (injected: tests count calls). */
  chime: ChimeFn
  /** Space, ←/→ and + drive the timer while true (the timer tab is shown). */
  keys?: boolean
  /**
   * False while another tab is shown: the panel keeps its state and its chimes (they sound on
   * every tab) but draws nothing, so its clock's ticks and the tables' changes cost no render of
   * the hidden panel.
   */
  shown?: boolean
}

/**
 * タイマー: the timetable row being run, its time left, what comes next and how far the day is
 * ahead of or behind the plan, computed from the stored state and the wall clock at each render.
 * Follow the clock (rows change at their scheduled times) or run on demand (開始, 一時停止, +1分,
 * +5分, 前の行へ, 次の行へ: later rows shift, the expected end moves).
 */
export function TimerPanel({ doc, store, chime, keys = true, shown = true }: TimerPanelProps) {
  const t = useT()
  const now = useNow(250)
  const timer = useConsole(store, (s) => s.data.timer)
  const warnings = useConsole(store, (s) => s.data.warnings)
  const muted = useConsole(store, (s) => s.data.muted)
  const update = useConsole(store, (s) => s.update)
  const projectorKind = useConsole(store, (s) => s.data.projector.kind)
  const plan = useMemo(() => timerPlanFromDoc(doc), [doc])
  const view = timerView(timer, plan, now)
  const signal = useTimerSignals({ timer, plan, warnings, muted, now, chime })

  // What the last 次の行へ did, in words (skipNote); any other command clears it.
  const [stepNote, setStepNote] = useState<string | null>(null)
  const act = useCallback(
    (action: TimerAction) => {
      const nowMs = Date.now()
      const before = store.getState().data.timer
      const next = applyTimerAction(before, plan, nowMs, action)
      if (next !== before) update((data) => ({ ...data, timer: next }))
      setStepNote(action.type === 'skip' && next !== before ? skipNote(next, plan, nowMs, t) : null)
    },
    [update, plan, store, t],
  )

  const keysOn = useRef(keys)
  keysOn.current = keys
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!keysOn.current || event.defaultPrevented) return
      const action = timerKeyAction(event)
      if (!action) return
      event.preventDefault()
      act(action)
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [act])

  const current = view.current
  const cue = current ? visualCue(current, warnings) : null
  const card = current ? rowCard(doc, current.cardKey) : null
  const manual = view.mode === 'manual'
  const hasManualRun = manual && Object.keys(timer.rows).length > 0
  const running = manual && timer.status === 'running'
  const delta = deltaMinutes(view.deltaMs)
  const headingId = useId()
  if (!shown) return null

  const main =
    'timer-now' +
    (cueClass(cue) ? ` ${cueClass(cue)}` : '') +
    (view.paused ? ' is-paused' : '') +
    (current?.overtime ? ' is-over' : '')

  return (
    <section className="timer-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.timerHeading}
      </h2>
      <div className="timer-main">
        <div className={main} data-cue={cue?.level ?? 'none'}>
          {plan.rows.length === 0 ? (
            <p className="timer-now__empty">{t.timerNoRows}</p>
          ) : current ? (
            <>
              <p className="timer-now__label">
                <span className="timer-badge">{t.timerNow}</span>
                <span>{rowLabel(current.row)}</span>
                {card && current.row.kind === 'theme' ? (
                  <span className="timer-badge timer-badge--card">{card.label}</span>
                ) : null}
                {view.paused ? (
                  <span className="timer-badge timer-badge--paused">
                    <span className="icon-pause" aria-hidden="true" />
                    {t.timerPaused}
                  </span>
                ) : null}
              </p>
              <h3 className="timer-now__title" data-testid="timer-current">
                {rowTitle(current.row)}
              </h3>
              <p className="timer-now__clock">
                <span className="timer-now__what">
                  {current.remainingMs >= 0 ? t.timerRemaining : t.timerOvertime}
                </span>
                <span
                  className="timer-now__time"
                  role="timer"
                  aria-label={`${current.remainingMs >= 0 ? t.timerRemaining : t.timerOvertime} ${formatMmSs(current.remainingMs)}`}
                  data-testid="timer-remaining"
                >
                  {formatMmSs(current.remainingMs)}
                </span>
                {cue && cue.level !== 'normal' ? (
                  <span className="timer-cue" data-testid="timer-cue">
                    <span aria-hidden="true">⚠ </span>
                    {cue.level === 'end' ? t.timerCueEnd : t.timerCueWarning(cue.minutes)}
                  </span>
                ) : null}
              </p>
              {current.extraMin !== 0 ? (
                <p className="timer-now__extra">{t.timerExtra(current.extraMin)}</p>
              ) : null}
            </>
          ) : (
            <p className="timer-now__empty" data-testid="timer-current">
              {view.phase === 'after' ? t.timerAfter : t.timerBefore}
              {view.phase === 'before' && manual ? (
                <span className="timer-now__hint">{t.timerBeforeManual}</span>
              ) : null}
            </p>
          )}
          {view.clockWentBack ? <p className="timer-now__hint">{t.timerClockWentBack}</p> : null}
        </div>

        <dl className="timer-facts">
          <div className="timer-fact timer-fact--next">
            <dt>{t.timerNext}</dt>
            <dd data-testid="timer-next">
              {view.next ? (
                <>
                  <span className="timer-fact__time">{t.timerNextAt(view.next.start)}</span>{' '}
                  {rowTitle(view.next.row)}
                  {view.next.untilMs > 0 ? (
                    <span className="timer-fact__sub">
                      {' '}
                      （{t.timerUntil(formatMmSs(view.next.untilMs))}）
                    </span>
                  ) : null}
                </>
              ) : (
                t.timerNextNone
              )}
            </dd>
          </div>
          <div className="timer-fact">
            <dt>{t.timerPlannedEnd}</dt>
            <dd data-testid="timer-planned-end">{view.plannedEnd}</dd>
          </div>
          <div className="timer-fact">
            <dt>{t.timerProjectedEnd}</dt>
            <dd data-testid="timer-projected-end">{view.projectedEnd}</dd>
          </div>
          <div className={delta > 0 ? 'timer-fact is-behind' : 'timer-fact'}>
            <dt className="visually-hidden">±</dt>
            <dd data-testid="timer-delta">{t.timerDelta(delta)}</dd>
          </div>
        </dl>

        <div className="timer-controls" role="group" aria-label={t.timerControls}>
          <TimerModeSwitch
            mode={view.mode}
            hasManualRun={hasManualRun}
            onMode={(mode) => {
              act({ type: 'mode', mode })
            }}
            onStep={(type) => {
              act({ type })
            }}
          />
          {/* A click does not leave the focus on the button, so Space stays 一時停止・再開
              instead of repeating 次の行へ or +5分. */}
          <div className="timer-buttons" onMouseDown={keepFocus}>
            <button
              type="button"
              className="button button--primary timer-button--main"
              aria-keyshortcuts="Space"
              title="Space"
              disabled={timer.status === 'finished' && manual}
              onClick={() => {
                act({ type: 'toggle' })
              }}
            >
              {running || !manual
                ? view.phase === 'during'
                  ? t.timerPause
                  : t.timerStart
                : timer.status === 'paused'
                  ? t.timerResume
                  : t.timerStart}
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="+"
              title="+"
              disabled={!current}
              onClick={() => {
                act({ type: 'add', minutes: 1 })
              }}
            >
              {t.timerAddOne}
            </button>
            <button
              type="button"
              className="button"
              disabled={!current}
              onClick={() => {
                act({ type: 'add', minutes: 5 })
              }}
            >
              {t.timerAddFive}
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="ArrowLeft"
              title="←"
              onClick={() => {
                act({ type: 'back' })
              }}
            >
              <span aria-hidden="true">← </span>
              {t.timerBack}
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="ArrowRight"
              title="→"
              onClick={() => {
                act({ type: 'skip' })
              }}
            >
              {t.timerSkip}
              <span aria-hidden="true"> →</span>
            </button>
            {manual ? (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  act({ type: 'reset' })
                }}
              >
                {t.timerReset}
              </button>
            ) : null}
          </div>
          <p className="timer-step-note" role="status" data-testid="timer-step-note">
            {stepNote}
          </p>
          <p className="timer-hint">
            {manual ? t.timerModeManualHint : t.timerModeClockHint} {t.timerKeys}
          </p>
        </div>

        <TimerSettings store={store} chime={chime} />
      </div>

      <div className="timer-side">
        {card ? (
          <article className="timer-card" aria-label={card.label}>
            <p className="timer-card__label">{card.label}</p>
            <p className="timer-card__title">{card.title}</p>
            <p className="timer-card__points-heading">{t.timerPoints}</p>
            <ul className="timer-card__points">
              {card.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </article>
        ) : null}
        {current && (current.row.kind === 'plenary' || current.row.kind === 'summary') ? (
          <PlenaryDecks doc={doc} rowKind={current.row.kind} />
        ) : null}
        <section className="timer-schedule" aria-label={t.timerSchedule}>
          <div className="timer-schedule__head">
            <h3>{t.timerSchedule}</h3>
            <button
              type="button"
              className="button button--small"
              title={t.dayPlanProjectHint}
              aria-pressed={projectorKind === 'dayPlan'}
              onClick={() => {
                update((data) => ({ ...data, projector: { kind: 'dayPlan' } }))
              }}
            >
              {t.dayPlanProject}
            </button>
            <a
              className="button button--small"
              href={routeHref({ name: 'runSheet', workshopId: doc.workshop.id })}
              title={t.runSheetOpenHint}
            >
              {t.runSheetOpen}
            </a>
          </div>
          <ol>
            {view.schedule.map((entry) => {
              const row = plan.rows[entry.index]
              if (!row) return null
              const shift = Math.round(entry.shiftMs / 60_000)
              const badge =
                entry.state === 'current'
                  ? t.timerRowCurrent
                  : entry.state === 'done'
                    ? t.timerRowDone
                    : entry.state === 'skipped'
                      ? t.timerRowSkipped
                      : ''
              return (
                <li
                  key={entry.id}
                  className={`timer-row is-${entry.state}`}
                  aria-current={entry.state === 'current' ? 'step' : undefined}
                >
                  <span className="timer-row__start">{entry.start}</span>
                  <span className="timer-row__title">
                    {row.item}
                    {row.kind === 'theme' && row.content ? (
                      <span className="timer-row__content">{row.content}</span>
                    ) : null}
                  </span>
                  <span className="timer-row__meta">
                    {badge ? <span className="timer-row__badge">{badge}</span> : null}
                    {entry.state === 'upcoming' && shift !== 0 ? (
                      <span className="timer-row__shift">
                        {t.timerShift(shift)}（{entry.plannedStart}）
                      </span>
                    ) : null}
                  </span>
                </li>
              )
            })}
          </ol>
        </section>
      </div>

      <p className="visually-hidden" role="status" aria-live="polite" data-testid="timer-announce">
        {signal
          ? signal.kind === 'end'
            ? t.timerAnnounceEnd
            : t.timerAnnounceWarning(signal.minutes)
          : ''}
      </p>
    </section>
  )
}
