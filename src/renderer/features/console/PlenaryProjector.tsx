import '../../styles/consoleGroups.css'
import { useMemo } from 'react'
import { plenaryView } from '../../../shared/timer/plenaryTimer'
import { formatRemainingJa } from '../../../shared/timer/timerFormat'
import { useWorkshopStore } from '../../session/appServices'
import { useT } from '../../i18n/useT'
import { useConsole, type ConsoleStore } from './consoleStore'
import {
  clampSlide,
  groupSlides,
  plenaryThemes,
  plenaryTotalMinutes,
  shownGroupId,
} from './plenarySlides'
import { PlenarySlideView } from '../../views/PlenarySlideView'
import { useNow } from './useNow'

interface PlenaryProjectorProps {
  workshopId: string
  store: ConsoleStore
}

/**
 * The projector during the 全体共有: the presenting group's current slide full screen (16:9,
 * large type; a slide too full for it shrinks), with the group, the theme, n / total and the
 * speaking time small in a corner. It follows the console: the slide and the timer are the
 * console's (shared through the console store).
 */
export function PlenaryProjector({ workshopId, store }: PlenaryProjectorProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const state = useConsole(store, (s) => s.data.plenary)
  const slideIndex = useConsole(store, (s) => s.data.plenarySlide)
  const now = useNow(250)
  const groupId = shownGroupId(state)
  const themes = useMemo(() => (doc ? plenaryThemes(doc) : []), [doc])
  const slides = useMemo(
    () => (doc && groupId ? groupSlides(doc, groupId, themes) : []),
    [doc, groupId, themes],
  )
  const index = clampSlide(slideIndex, slides.length)
  const current = slides[index]
  const view = state ? plenaryView(state, plenaryTotalMinutes(doc), now) : null

  const corner =
    view && view.phase === 'during' ? (
      <div
        className={view.remainingMs < 0 ? 'plenary-corner is-over' : 'plenary-corner'}
        role="timer"
      >
        {view.paused && <span className="plenary-corner-paused">{t.plenaryPaused} </span>}
        {formatRemainingJa(view.remainingMs)}
      </div>
    ) : null

  return (
    <div className="plenary-stage" data-workshop-id={workshopId} data-plenary-group={groupId ?? ''}>
      {view?.phase === 'after' ? (
        <p className="plenary-stage-message">{t.plenaryAfter}</p>
      ) : current ? (
        <PlenarySlideView
          section={current.section}
          slide={current.slide}
          position={t.plenarySlideOf(index + 1, slides.length)}
          corner={corner}
        />
      ) : (
        <p className="plenary-stage-message">{t.plenaryProjectorWaiting}</p>
      )}
    </div>
  )
}
