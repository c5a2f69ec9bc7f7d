import '../../styles/cafeRotation.css'
import { useMemo } from 'react'
import {
  cafeProblemRef,
  hostOf,
  setCafeHost,
  setCafeRoundMinutes,
  setCafeRounds,
} from '../../../shared/cafe/cafePlan'
import { maxCafeRounds } from '../../../shared/cafe/cafeRotation'
import {
  CAFE_TIMER_START,
  cafeNextRound,
  cafePause,
  cafePreviousRound,
  cafeStart,
  cafeTimerView,
  type CafeTimerState,
} from '../../../shared/cafe/cafeTimer'
import { errorText } from '../../../shared/errors/errorText'
import { LIMITS } from '../../../shared/model/limits'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { formatRemainingJa } from '../../../shared/timer/timerFormat'
import { useLang, useT } from '../../i18n/useT'
import { routeHref } from '../../navigation/useRoute'
import { NumberField } from '../../ui/NumberField'
import { cafeSetupOf } from '../../views/cafe/cafeRotationOf'
import { CafeRoundBoard } from '../../views/cafe/CafeRoundBoard'
import { useConsole, type ConsoleStore } from './consoleStore'
import { keepFocus } from './keepFocus'
import { isTyping, usePanelKeys } from './usePanelKeys'
import { useApplyEdit } from './useApplyEdit'
import { useNow } from './useNow'

interface CafePlenaryPanelProps {
  doc: WorkshopDoc
  store: ConsoleStore
}

/**
 * 全体共有 as a ワールドカフェ: rounds × tables (the number of rounds, the minutes of a round, the
 * host of each table: its 司会 or first member unless another is chosen), saved in the workshop;
 * the round timer (ラウンド n / N, the time left, a chime at the end, the next round by one key);
 * the rotation of the round shown, projected with the timer and printable on A4. When the numbers
 * allow no rotation without a repeat it says so, with what to change.
 * Keys: Space start or pause, N next round, B previous round.
 */
export function CafePlenaryPanel({ doc, store }: CafePlenaryPanelProps) {
  const t = useT()
  const lang = useLang()
  const apply = useApplyEdit()
  const now = useNow(250)
  const timer = useConsole(store, (s) => s.data.cafe) ?? CAFE_TIMER_START
  const projectorKind = useConsole(store, (s) => s.data.projector.kind)
  const update = useConsole(store, (s) => s.update)
  const setup = useMemo(() => cafeSetupOf(doc, t.cafeUnnamed), [doc, t])
  const groups = useMemo(() => workshopGroups(doc), [doc])
  const { plan, rotation } = setup
  const view = cafeTimerView(timer, plan, now)
  const minutes = setup.plenaryMinutes

  const change = (fn: (s: CafeTimerState, nowMs: number) => CafeTimerState) => {
    update((d) => {
      const next = fn(d.cafe ?? CAFE_TIMER_START, Date.now())
      return next === d.cafe ? d : { ...d, cafe: next }
    })
  }
  const toggle = () => {
    if (view.phase === 'during' && !view.paused) change(cafePause)
    else change((s, n) => cafeStart(s, plan.rounds, n))
  }
  const next = () => {
    change((s, n) => cafeNextRound(s, plan.rounds, n))
  }
  const back = () => {
    change((s, n) => cafePreviousRound(s, plan.rounds, n))
  }

  usePanelKeys({ ' ': toggle, n: next, b: back })

  const over = view.phase === 'during' && view.remainingMs < 0
  const maxRounds = maxCafeRounds(groups.length)
  return (
    <section className="plenary-panel cafe-panel" aria-labelledby="cafe-heading">
      <div className="plenary-side">
        <h2 id="cafe-heading">{t.cafeRotationHeading}</h2>
        <fieldset className="plenary-order cafe-settings">
          <legend>{t.cafeSettings}</legend>
          <NumberField
            label={t.cafeRounds}
            unit={t.cafeRoundsUnit}
            value={plan.rounds}
            min={1}
            max={LIMITS.cafeRounds}
            step={1}
            invalidMessage={t.cafeNumberInvalid(1, LIMITS.cafeRounds)}
            onCommit={(value) => {
              if (value !== null) apply((d) => setCafeRounds(d, value, minutes))
            }}
          />
          {maxRounds > 0 && <p className="plenary-hint">{t.cafeMaxRounds(maxRounds)}</p>}
          <NumberField
            label={t.cafeRoundMinutes}
            unit={t.plenaryMinutesUnit}
            value={plan.roundMinutes}
            min={1}
            max={LIMITS.cafeRoundMinutes}
            step={1}
            invalidMessage={t.cafeNumberInvalid(1, LIMITS.cafeRoundMinutes)}
            onCommit={(value) => {
              if (value !== null) apply((d) => setCafeRoundMinutes(d, value, minutes))
            }}
          />
          {minutes > 0 && (
            <p
              className={
                plan.rounds * plan.roundMinutes > minutes ? 'plenary-warning' : 'plenary-hint'
              }
            >
              {t.cafeTotal(plan.rounds * plan.roundMinutes, minutes)}
            </p>
          )}
        </fieldset>
        <fieldset className="plenary-order cafe-hosts">
          <legend>{t.cafeHosts}</legend>
          {groups.map((group) => (
            <label key={group.id} className="cafe-hosts__row">
              <span>{group.name}</span>
              {group.members.length === 0 ? (
                <span className="plenary-hint">{t.cafeNoMembers}</span>
              ) : (
                <select
                  aria-label={t.cafeHostOf(group.name)}
                  value={hostOf(group, plan) ?? ''}
                  onChange={(e) => {
                    const memberId = e.target.value
                    apply((d) => setCafeHost(d, group.id, memberId, minutes))
                  }}
                >
                  {group.members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {setup.memberName(m.id)}
                    </option>
                  ))}
                </select>
              )}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="plenary-main">
        {!rotation.ok ? (
          <p className="plenary-warning" role="alert">
            {errorText(cafeProblemRef(rotation.problem), lang)}
          </p>
        ) : (
          <>
            <div className={over ? 'plenary-timer is-over' : 'plenary-timer'} role="timer">
              <div className="plenary-timer-group">
                {view.phase === 'before'
                  ? t.cafeBefore
                  : view.phase === 'after'
                    ? t.cafeOver
                    : `${t.cafeRoundOf(view.round, view.rounds)}${view.paused ? `\u3000${t.plenaryPaused}` : ''}`}
              </div>
              <div className="plenary-timer-time" data-testid="cafe-remaining">
                {view.phase === 'after' ? '—' : formatRemainingJa(view.remainingMs)}
              </div>
            </div>
            <div
              className="plenary-controls"
              onMouseDown={(event) => {
                keepFocus(event)
                // A field left focused (a host's list, the minutes) would take the keys: after a
                // press here, Space, N and B are the timer's again.
                if (isTyping(document.activeElement)) (document.activeElement as HTMLElement).blur()
              }}
            >
              <button type="button" onClick={toggle} disabled={view.phase === 'after'}>
                {view.phase === 'during' && !view.paused
                  ? t.cafePause
                  : view.phase === 'during'
                    ? t.cafeResume
                    : t.cafeStart}
              </button>
              <button type="button" onClick={back} disabled={view.phase === 'before'}>
                {t.cafePrevRound}
              </button>
              <button type="button" onClick={next} disabled={view.phase !== 'during'}>
                {t.cafeNextRound}
              </button>
              <button
                type="button"
                aria-pressed={projectorKind === 'cafe'}
                onClick={() => {
                  update((d) => ({ ...d, projector: { kind: 'cafe' } }))
                }}
              >
                {t.cafeProjectRotation}
              </button>
              <a
                className="button button--small"
                href={routeHref({ name: 'cafeRotation', workshopId: doc.workshop.id })}
              >
                {t.cafePrint}
              </a>
            </div>
            <div className="cafe-panel__preview">
              <CafeRoundBoard
                rotation={rotation}
                round={view.round}
                groupName={setup.groupName}
                memberName={setup.memberName}
              />
            </div>
          </>
        )}
        <p className="plenary-hint">{t.cafeTimerKeys}</p>
      </div>
    </section>
  )
}
