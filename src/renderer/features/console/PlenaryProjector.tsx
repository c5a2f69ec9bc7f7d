import '../../styles/consoleGroups.css'
import { useMemo } from 'react'
import { workshopGroups } from '../../../shared/ops/groupOps'
import { plenaryView } from '../../../shared/timer/plenaryTimer'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import {
  clampSlide,
  groupItems,
  plenaryThemes,
  plenaryTotalMinutes,
  shownGroupId,
} from './plenarySlides'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { PlenarySummarySlide } from './PlenarySummarySlide'
import { PlenaryTimeBar } from './PlenaryTimeBar'
import { useNow } from './useNow'

interface PlenaryProjectorProps {
  workshopId: string
  store: ConsoleStore
}

/**
 * The projector during the 全体共有: the presenting group's current slide (its summary slide
 * first, with the presenter) as large as the screen allows above the speaking timer (発表 or
 * 講評 and the time left, readable from the front row). It follows the console: the slide and
 * the timer are the console's (shared through the console store).
 */
export function PlenaryProjector({ workshopId, store }: PlenaryProjectorProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const state = useConsole(store, (s) => s.data.plenary)
  const slideIndex = useConsole(store, (s) => s.data.plenarySlide)
  const now = useNow(250)
  const groupId = shownGroupId(state)
  const themes = useMemo(() => (doc ? plenaryThemes(doc) : []), [doc])
  const items = useMemo(
    () => (doc && groupId ? groupItems(doc, groupId, themes, state) : []),
    [doc, groupId, themes, state],
  )
  const names = useMemo(
    () => new Map((doc ? workshopGroups(doc) : []).map((g) => [g.id, g.name])),
    [doc],
  )
  const index = clampSlide(slideIndex, items.length)
  const current = items[index]
  const view = state ? plenaryView(state, plenaryTotalMinutes(doc), now) : null
  const position = t.plenarySlideOf(index + 1, items.length)
  const during = view !== null && view.phase === 'during'

  const slide =
    view?.phase === 'after' ? (
      <p className="plenary-stage-message">{t.plenaryAfter}</p>
    ) : current?.kind === 'summary' ? (
      <PlenarySummarySlide summary={current.summary} position={position} />
    ) : current ? (
      <PlenarySlideView section={current.section} slide={current.slide} position={position} />
    ) : (
      <p className="plenary-stage-message">{t.plenaryProjectorWaiting}</p>
    )

  return (
    <div
      className={during ? 'plenary-stage has-timebar' : 'plenary-stage'}
      data-workshop-id={workshopId}
      data-plenary-group={groupId ?? ''}
    >
      {during ? <div className="plenary-stage-slide">{slide}</div> : slide}
      {during && view.currentGroupId !== null && (
        <PlenaryTimeBar
          view={view}
          groupName={names.get(view.currentGroupId) ?? ''}
          nextName={view.nextGroupId === null ? null : (names.get(view.nextGroupId) ?? null)}
        />
      )}
    </div>
  )
}
