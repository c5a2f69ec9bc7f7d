import '../../styles/consoleGroups.css'
import { useEffect, useMemo, useRef } from 'react'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { speakingSlots, type PlenaryOrderMode } from '../../../shared/timer/plenaryOrder'
import {
  initialPlenaryState,
  plenaryAddMinutes,
  plenaryBack,
  plenaryNext,
  plenaryPause,
  plenaryStart,
  plenaryView,
  setSpeakingMinutes,
  type PlenaryState,
} from '../../../shared/timer/plenaryTimer'
import { formatMmSs, formatRemainingJa } from '../../../shared/timer/timerFormat'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import {
  clampSlide,
  groupSlides,
  plenaryThemes,
  plenaryTotalMinutes,
  shownGroupId,
  stepPlenary,
} from './plenarySlides'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { useNow } from './useNow'
import { keepFocus } from './keepFocus'
import { PlenarySpeakingTime } from './PlenarySpeakingTime'

interface PlenaryPanelProps {
  workshopId: string
  store: ConsoleStore
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/**
 * 全体での共有: the presentation order (番号順 or シャッフル, moved by hand if needed), the
 * speaking time per group (全体共有 ÷ groups by default), the speaking timer and the presenting
 * group's results slide by slide; 「全体共有を投影」 puts the same slide on the projector.
 * Keys: ← → slides (then the next group), Space start or pause, N next group, B previous group.
 */
export function PlenaryPanel({ workshopId, store }: PlenaryPanelProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const state = useConsole(store, (s) => s.data.plenary)
  const slideIndex = useConsole(store, (s) => s.data.plenarySlide)
  const projectorKind = useConsole(store, (s) => s.data.projector.kind)
  const update = useConsole(store, (s) => s.update)
  const now = useNow(250)

  const groups = useMemo(() => (doc ? workshopGroups(doc) : []), [doc])
  const names = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups])
  const nameOf = (id: string | null) => (id === null ? '' : (names.get(id) ?? id))
  const total = plenaryTotalMinutes(doc)
  const themes = useMemo(() => (doc ? plenaryThemes(doc) : []), [doc])
  const groupId = shownGroupId(state)
  const slides = useMemo(
    () => (doc && groupId ? groupSlides(doc, groupId, themes) : []),
    [doc, groupId, themes],
  )
  const shown = clampSlide(slideIndex, slides.length)
  const current = slides[shown]
  const view = state ? plenaryView(state, total, now) : null
  const groupCount = Math.max(1, state?.order.length ?? groups.length)
  const slotMs = speakingSlots(total, groupCount, state?.overrideMinutes)[0] ?? 0

  const setUp = (mode: PlenaryOrderMode) => {
    update((d) => ({
      ...d,
      plenary: initialPlenaryState(
        groups.map((g) => g.id),
        mode,
        Date.now() % 2_147_483_647,
        d.plenary?.overrideMinutes ?? null,
      ),
      plenarySlide: 0,
    }))
  }
  const change = (fn: (s: PlenaryState, nowMs: number) => PlenaryState, resetSlide = false) => {
    update((d) =>
      d.plenary
        ? {
            ...d,
            plenary: fn(d.plenary, Date.now()),
            plenarySlide: resetSlide ? 0 : d.plenarySlide,
          }
        : d,
    )
  }
  const step = (direction: 1 | -1) => {
    if (!doc) return
    update((d) => stepPlenary(d, doc, direction, Date.now()))
  }
  const toggle = () => {
    if (!view) return
    if (view.phase === 'during' && !view.paused) change(plenaryPause)
    else change(plenaryStart)
  }
  const move = (from: number, to: number) => {
    change((s) => {
      const order = [...s.order]
      const [id] = order.splice(from, 1)
      if (id === undefined || to < 0 || to > order.length) return s
      order.splice(to, 0, id)
      return { ...s, order }
    })
  }

  // Keyboard: the latest handlers through a ref, one listener while the panel is shown.
  const keys = useRef({ step, toggle, change })
  keys.current = { step, toggle, change }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return
      // A key another control already handled (the console's tabs) is not a plenary step too.
      if (event.defaultPrevented || isTyping(event.target)) return
      if (event.target instanceof HTMLElement && event.target.getAttribute('role') === 'tab') return
      const k = keys.current
      if (event.key === 'ArrowRight' || event.key === 'PageDown') k.step(1)
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') k.step(-1)
      else if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) k.toggle()
      else if (event.key === 'n' || event.key === 'N') {
        k.change(plenaryNext, true)
      } else if (event.key === 'b' || event.key === 'B') {
        k.change(plenaryBack, true)
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  const over = view !== null && view.phase === 'during' && view.remainingMs < 0

  return (
    <section
      className="plenary-panel"
      aria-labelledby="plenary-heading"
      data-workshop-id={workshopId}
    >
      <div className="plenary-side">
        <h2 id="plenary-heading">{t.plenaryHeading}</h2>
        <fieldset className="plenary-order">
          <legend>{t.plenaryOrderHeading}</legend>
          <div className="plenary-order-modes">
            <button
              type="button"
              aria-pressed={state?.orderMode === 'number'}
              onClick={() => {
                setUp('number')
              }}
            >
              {t.plenaryOrderNumber}
            </button>
            <button
              type="button"
              aria-pressed={state?.orderMode === 'shuffled'}
              onClick={() => {
                setUp('shuffled')
              }}
            >
              {t.plenaryOrderShuffled}
            </button>
          </div>
          {groups.length === 0 && <p>{t.plenaryEmptyOrder}</p>}
          {state && (
            <ol className="plenary-order-list" aria-label={t.plenaryOrderHeading}>
              {state.order.map((id, i) => {
                const status =
                  view?.phase === 'during' && i === view.index
                    ? 'is-now'
                    : view && (view.phase === 'after' || i < view.index)
                      ? 'is-done'
                      : ''
                return (
                  <li
                    key={id}
                    className={status}
                    aria-current={status === 'is-now' ? 'step' : undefined}
                  >
                    <span className="plenary-order-n">{i + 1}</span>
                    <span className="plenary-order-name">
                      {nameOf(id)}
                      {status === 'is-now' && (
                        <span className="plenary-order-tag">（{t.plenaryNow}）</span>
                      )}
                    </span>
                    <button
                      type="button"
                      className="plenary-icon"
                      aria-label={t.plenaryMoveUp(nameOf(id))}
                      disabled={i === 0}
                      onClick={() => {
                        move(i, i - 1)
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="plenary-icon"
                      aria-label={t.plenaryMoveDown(nameOf(id))}
                      disabled={i === state.order.length - 1}
                      onClick={() => {
                        move(i, i + 1)
                      }}
                    >
                      ↓
                    </button>
                  </li>
                )
              })}
            </ol>
          )}
        </fieldset>
        <PlenarySpeakingTime
          slotMs={slotMs}
          totalMinutes={total}
          groupCount={groupCount}
          overridden={state ? state.overrideMinutes !== null : null}
          onChange={(minutes) => {
            change((s) => setSpeakingMinutes(s, minutes))
          }}
        />
      </div>

      <div className="plenary-main">
        {state && view ? (
          <>
            <div className={over ? 'plenary-timer is-over' : 'plenary-timer'} role="timer">
              <div className="plenary-timer-group">
                {view.phase === 'before'
                  ? t.plenaryBefore
                  : view.phase === 'after'
                    ? t.plenaryAfter
                    : `${nameOf(view.currentGroupId)}\u3000${view.paused ? t.plenaryPaused : t.plenaryNow}`}
              </div>
              <div className="plenary-timer-time" data-testid="plenary-remaining">
                {view.phase === 'during'
                  ? formatRemainingJa(view.remainingMs)
                  : view.phase === 'before'
                    ? formatMmSs(slotMs)
                    : '—'}
              </div>
              <div className="plenary-timer-next">
                {view.phase === 'during' &&
                  (view.nextGroupId ? t.plenaryNext(nameOf(view.nextGroupId)) : t.plenaryLast)}
                {view.phase === 'before' && t.plenaryNext(nameOf(state.order[0] ?? null))}
              </div>
            </div>
            <div
              className="plenary-controls"
              // A click does not leave the focus on the button, so Space stays 開始・一時停止
              // instead of repeating 次のグループ.
              onMouseDown={keepFocus}
            >
              <button type="button" onClick={toggle} disabled={view.phase === 'after'}>
                {view.phase === 'during' && !view.paused
                  ? t.plenaryPause
                  : view.phase === 'during'
                    ? t.plenaryResume
                    : t.plenaryStart}
              </button>
              <button
                type="button"
                disabled={view.index <= 0}
                onClick={() => {
                  change(plenaryBack, true)
                }}
              >
                {t.plenaryBackGroup}
              </button>
              <button
                type="button"
                disabled={view.phase !== 'during'}
                onClick={() => {
                  change(plenaryNext, true)
                }}
              >
                {t.plenaryNextGroup}
              </button>
              <button
                type="button"
                disabled={view.phase !== 'during'}
                onClick={() => {
                  change((s, n) => plenaryAddMinutes(s, n, 1))
                }}
              >
                {t.plenaryAddMinute}
              </button>
              <button
                type="button"
                className="plenary-project"
                aria-pressed={projectorKind === 'plenary'}
                onClick={() => {
                  update((d) => ({ ...d, projector: { kind: 'plenary' } }))
                }}
              >
                {t.plenaryProject}
              </button>
            </div>
            {current ? (
              <div className="plenary-preview">
                <PlenarySlideView
                  section={current.section}
                  slide={current.slide}
                  position={t.plenarySlideOf(shown + 1, slides.length)}
                />
                <div className="plenary-slide-nav">
                  <button
                    type="button"
                    aria-label={t.plenaryPrevSlide}
                    onClick={() => {
                      step(-1)
                    }}
                  >
                    ← {t.plenaryPrevSlide}
                  </button>
                  <span>{t.plenarySlideOf(shown + 1, slides.length)}</span>
                  <button
                    type="button"
                    aria-label={t.plenaryNextSlide}
                    onClick={() => {
                      step(1)
                    }}
                  >
                    {t.plenaryNextSlide} →
                  </button>
                </div>
              </div>
            ) : null}
            <p className="plenary-hint">{t.plenaryKeys}</p>
          </>
        ) : (
          <p className="plenary-hint">{t.plenaryNotSetUp}</p>
        )}
      </div>
    </section>
  )
}
