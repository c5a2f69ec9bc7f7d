import '../../styles/projector.css'
import '../../styles/console.css'
import '../../styles/consoleGroups.css'
import { useEffect, useMemo, useState } from 'react'
import { buildSharedBoard } from '../../../shared/plenary/sharedBoardRows'
import { SHARED_BOARD_LABELS } from '../../../shared/plenary/sharedBoardLabels'
import { useWorkshopStore } from '../../session/appServices'
import { routeHref } from '../../navigation/useRoute'
import { useT } from '../../i18n/useT'
import { closeProjector } from '../../shell/closeProjector'
import { useFontScale } from '../../shell/fontScale'
import {
  frameKeyAction,
  isCommandKey,
  pagingKeyAction,
  steppedIndex,
  useKeyActions,
} from '../../shell/projectorKeys'
import { toggleFullScreen, useFollowedWorkshop } from '../../shell/useFollowedWorkshop'
import { SummarySlideView } from '../../views/SummarySlideView'
import { projectedPages, type SummaryMode } from './summaryPages'

interface SummaryProjectorProps {
  workshopId: string
  mode: SummaryMode
}

/**
 * 投影 of the 共有用ボード (every group's 地域課題, ★主たる原因 and 採用した対策, a few groups a
 * page) or of the 総括 deck (目的の再確認, 本日の振り返り, 実際の例), each page a 16:9 slide as
 * large as the screen allows. It follows the facilitator's workshop read-only, so it is live while
 * the tables work (over the LAN, their edits reach the facilitator's session and then this
 * window). ←/→ or 1–9 pages, + / − the text (fewer groups a page when larger), F full screen.
 */
export function SummaryProjector({ workshopId, mode }: SummaryProjectorProps) {
  const t = useT()
  const doc = useWorkshopStore((s) => s.doc)
  const status = useWorkshopStore((s) => s.status)
  const [scale, stepScale] = useFontScale()
  const [picked, setPicked] = useState(0)
  useFollowedWorkshop(workshopId)

  const ready = doc?.workshop.id === workshopId ? doc : null
  const board = useMemo(() => (ready ? buildSharedBoard(ready) : null), [ready])
  const pages = useMemo(
    () => (ready && board ? projectedPages(ready, board, mode, scale) : []),
    [ready, board, mode, scale],
  )
  const index = Math.min(picked, Math.max(0, pages.length - 1))
  const page = pages[index]
  const name = mode === 'board' ? SHARED_BOARD_LABELS.title : t.summaryHeading

  useEffect(() => {
    if (ready) document.title = `${ready.workshop.title} ${name} – タネボード`
  }, [ready, name])

  const count = pages.length
  useKeyActions(
    (event) =>
      isCommandKey(event) ? (frameKeyAction(event.key) ?? pagingKeyAction(event.key, count)) : null,
    (action) => {
      if ('index' in action) setPicked(action.index)
      else if (action.type === 'step') setPicked(steppedIndex(index, action.direction, count))
      else if (action.type === 'scale') stepScale(action.direction)
      else toggleFullScreen()
    },
  )

  const close = () => {
    closeProjector(routeHref({ name: 'console', workshopId }))
  }
  const percent = Math.round(scale * 100)

  return (
    <main
      className="projector console-projector summary-projector"
      data-workshop-id={workshopId}
      data-testid={mode === 'board' ? 'shared-board-projector' : 'summary-projector'}
      data-page={page?.key ?? ''}
    >
      <div
        className="console-projector__tools"
        role="toolbar"
        aria-label={t.summaryToolbar}
        title={t.summaryKeysHelp}
      >
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="ArrowLeft"
          disabled={index === 0}
          onClick={() => {
            setPicked(steppedIndex(index, -1, count))
          }}
        >
          {t.summaryPrev}
        </button>
        <span className="pj-toolbar__value" data-testid="summary-page-count">
          {t.summaryPageOf(index + 1, Math.max(1, count))}
        </span>
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="ArrowRight"
          disabled={index >= count - 1}
          onClick={() => {
            setPicked(steppedIndex(index, 1, count))
          }}
        >
          {t.summaryNext}
        </button>
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="-"
          aria-label={`A− ${String(percent)}%`}
          onClick={() => {
            stepScale(-1)
          }}
        >
          A−
        </button>
        <span className="pj-toolbar__value" aria-live="polite">
          {percent}%
        </span>
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="+"
          aria-label={`A＋ ${String(percent)}%`}
          onClick={() => {
            stepScale(1)
          }}
        >
          A＋
        </button>
        <button
          type="button"
          className="pj-button"
          aria-keyshortcuts="F"
          onClick={toggleFullScreen}
        >
          {t.consoleFullScreen}
        </button>
        <button type="button" className="pj-button" onClick={close}>
          {t.consoleClose}
        </button>
      </div>
      <div className="plenary-stage">
        {status === 'missing' ? (
          <p className="plenary-stage-message" role="alert">
            {t.summaryMissing}
          </p>
        ) : !page ? (
          <p className="plenary-stage-message">{t.loading}</p>
        ) : (
          <SummarySlideView
            page={page}
            scale={scale}
            position={t.summaryPageOf(index + 1, count)}
          />
        )}
      </div>
    </main>
  )
}
