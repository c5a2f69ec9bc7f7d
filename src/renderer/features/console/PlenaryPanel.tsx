import '../../styles/consoleGroups.css'
import { useMemo } from 'react'
import { workshopGroups } from '../../../shared/ops/groupOps'
import type { PlenaryOrderMode } from '../../../shared/timer/plenaryOrder'
import {
  initialPlenaryState,
  plenaryAddMinutes,
  plenaryBack,
  plenaryNext,
  plenaryPause,
  plenarySlotPlan,
  plenaryStart,
  plenaryToReview,
  plenaryView,
  setSpeakingMinutes,
  type PlenaryState,
} from '../../../shared/timer/plenaryTimer'
import { planSlots } from '../../../shared/plenary/plenarySlots'
import type { ThemeId } from '../../../shared/model/themes'
import { formatMmSs, formatRemainingJa } from '../../../shared/timer/timerFormat'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import {
  clampSlide,
  groupItems,
  plenaryThemes,
  plenaryTotalMinutes,
  presentingGroups,
  shownGroupId,
  stepPlenary,
} from './plenarySlides'
import { PlenarySummarySlide } from './PlenarySummarySlide'
import { CommentatorList, ReviewMemo } from './PlenaryReview'
import { PlenaryOrderList } from './PlenaryOrderList'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { useNow } from './useNow'
import { keepFocus } from './keepFocus'
import { usePanelKeys } from './usePanelKeys'
import { PlenarySpeakingTime } from './PlenarySpeakingTime'

interface PlenaryPanelProps {
  workshopId: string
  store: ConsoleStore
}

/**
 * 全体での共有: the presentation order (番号順 or シャッフル, moved by hand if needed; groups with
 * nothing on their boards are left out and named), the slot per group (全体共有 ÷ groups by
 * default) split into 発表 and 講評, the speaking timer and the presenting group's summary slide
 * (and the theme slides chosen for it); 「全体共有を投影」 puts the same slide on the projector,
 * with the timer. The 講評メモ of the group shown is typed here.
 * Keys: ← → slides (then the next group), Space start or pause, N next group, B previous group,
 * R 講評へ.
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
    () => (doc && groupId ? groupItems(doc, groupId, themes, state) : []),
    [doc, groupId, themes, state],
  )
  const shown = clampSlide(slideIndex, slides.length)
  const current = slides[shown]
  const view = state ? plenaryView(state, total, now) : null
  const groupCount = Math.max(1, state?.order.length ?? groups.length)
  const plan = state
    ? plenarySlotPlan(state, total)
    : planSlots({ totalMinutes: total, groupCount, reviewMode: 'each' })
  const slotMs = plan.slotMs

  const setUp = (mode: PlenaryOrderMode) => {
    if (!doc) return
    const { order, skipped } = presentingGroups(
      doc,
      groups.map((g) => g.id),
    )
    update((d) => {
      const fresh = initialPlenaryState(
        order,
        mode,
        Date.now() % 2_147_483_647,
        d.plenary?.overrideMinutes ?? null,
      )
      return {
        ...d,
        plenary: {
          ...fresh,
          // Recomputed from the present groups each time, so a table that writes late joins.
          order: mode === 'number' ? order : fresh.order,
          skipped,
          reviewMode: d.plenary?.reviewMode ?? 'each',
          reviewMinutes: d.plenary?.reviewMinutes ?? null,
          extraThemes: d.plenary?.extraThemes ?? {},
        },
        plenarySlide: 0,
      }
    })
  }
  const toggleTheme = (id: string, theme: ThemeId) => {
    change((s) => {
      const chosen = s.extraThemes?.[id] ?? []
      const next = chosen.includes(theme) ? chosen.filter((x) => x !== theme) : [...chosen, theme]
      return { ...s, extraThemes: { ...(s.extraThemes ?? {}), [id]: next } }
    })
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
  const toReview = () => {
    change((s, n) => plenaryToReview(s, total, n))
  }
  usePanelKeys({
    ArrowRight: () => {
      step(1)
    },
    PageDown: () => {
      step(1)
    },
    ArrowLeft: () => {
      step(-1)
    },
    PageUp: () => {
      step(-1)
    },
    ' ': toggle,
    n: () => {
      change(plenaryNext, true)
    },
    b: () => {
      change(plenaryBack, true)
    },
    r: toReview,
  })

  const over = view !== null && view.phase === 'during' && view.remainingMs < 0
  const skippedNames = (state?.skipped ?? []).map((id) => nameOf(id)).filter((n) => n !== '')

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
            <PlenaryOrderList
              state={state}
              view={view}
              themes={themes}
              nameOf={nameOf}
              onMove={move}
              onToggleTheme={toggleTheme}
            />
          )}
          {skippedNames.length > 0 && (
            <p className="plenary-hint">{t.plenarySkipped(skippedNames.join('・'))}</p>
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
          plan={plan}
          reviewMode={state?.reviewMode ?? 'each'}
          reviewOverridden={state ? (state.reviewMinutes ?? null) !== null : null}
          onReviewMode={(mode) => {
            change((s) => ({ ...s, reviewMode: mode }))
          }}
          onReviewMinutes={(minutes) => {
            change((s) => ({ ...s, reviewMinutes: minutes }))
          }}
        />
        {doc && <CommentatorList doc={doc} />}
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
              {view.phase === 'during' && (
                <div
                  className={
                    view.part === 'review' ? 'plenary-timer-part is-review' : 'plenary-timer-part'
                  }
                  data-testid="plenary-part"
                >
                  {view.part === 'review' ? t.plenaryPartReview : t.plenaryPartTalk}
                </div>
              )}
              <div className="plenary-timer-time" data-testid="plenary-remaining">
                {view.phase === 'during'
                  ? formatRemainingJa(view.partRemainingMs)
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
                disabled={view.phase !== 'during' || view.part !== 'talk' || view.reviewMs <= 0}
                onClick={toReview}
              >
                {t.plenaryToReview}
              </button>
              <button
                type="button"
                disabled={view.phase !== 'during'}
                onClick={() => {
                  change((s, n) => plenaryAddMinutes(s, n, 1, total))
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
            {doc && groupId !== null && (
              <ReviewMemo key={groupId} doc={doc} groupId={groupId} groupName={nameOf(groupId)} />
            )}
            {current ? (
              <div className="plenary-preview">
                {current.kind === 'summary' ? (
                  <PlenarySummarySlide
                    summary={current.summary}
                    position={t.plenarySlideOf(shown + 1, slides.length)}
                  />
                ) : (
                  <PlenarySlideView
                    section={current.section}
                    slide={current.slide}
                    position={t.plenarySlideOf(shown + 1, slides.length)}
                  />
                )}
                {current.kind === 'summary' && current.summary.presenter === null && (
                  <p className="plenary-hint">{t.plenaryNoPresenter}</p>
                )}
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
            <p className="plenary-hint">
              {t.plenaryKeys}
              {t.plenaryKeysMore}
            </p>
          </>
        ) : (
          <p className="plenary-hint">{t.plenaryNotSetUp}</p>
        )}
      </div>
    </section>
  )
}
