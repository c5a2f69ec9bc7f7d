import { useDroppable } from '@dnd-kit/core'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { CanvasArea } from '../../../shared/model/schemas'
import { areaNotes } from '../../../shared/theme3/theme3Queries'
import { useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { CanvasCapture } from './CanvasCapture'
import { CanvasNoteItem } from './CanvasNoteItem'
import { useCanvasUi } from './canvasUiStore'
import { canvasAreaHint, canvasAreaLabel } from './theme3Labels'
import type { CanvasActions } from './useCanvasActions'

interface CanvasAreaViewProps {
  canvasId: string
  area: CanvasArea
  /** ①-④ on the poster. */
  index: number
  actions: CanvasActions
  helpId: string
  onOpenRefs: (area: CanvasArea) => void
}

const NUMBERS = ['①', '②', '③', '④']

/**
 * One of the four areas of the canvas, as on the poster: its label and what belongs in it, its
 * notes, 「テーマ1・2から参照」 and a capture field. A pointer drop target (dnd-kit).
 */
export function CanvasAreaView({
  canvasId,
  area,
  index,
  actions,
  helpId,
  onOpenRefs,
}: CanvasAreaViewProps) {
  const t = useT()
  const lang = useLang()
  const label = canvasAreaLabel(area, lang)
  const headingId = `t3-area-${area}`
  const noteIds = useWorkshopStore(
    useShallow((s) => (s.doc ? areaNotes(s.doc, canvasId, area).map((n) => n.id) : [])),
  )
  const data = useMemo(() => ({ area }), [area])
  const { setNodeRef } = useDroppable({ id: `t3-area:${area}`, data })
  const dropAtEnd = useCanvasUi((s) => s.dropAt?.area === area && s.dropAt.beforeId === null)
  const dropHere = useCanvasUi((s) => s.dropAt?.area === area)

  return (
    <section
      ref={setNodeRef}
      className={`t3-area t3-area--${area}`}
      data-canvas-area={area}
      data-drop={dropAtEnd ? 'end' : dropHere ? 'over' : undefined}
      aria-labelledby={headingId}
    >
      <header className="t3-area__header">
        <h3 id={headingId} className="t3-area__title">
          <span className="t3-area__number" aria-hidden="true">
            {NUMBERS[index]}
          </span>
          {label}
        </h3>
        <span className="t3-area__count">{t.theme3AreaCount(noteIds.length)}</span>
        <button
          type="button"
          className="button button--small t3-area__ref"
          title={t.theme3AddRefHint(label)}
          aria-haspopup="dialog"
          onClick={() => {
            onOpenRefs(area)
          }}
        >
          <span aria-hidden="true">↗</span> {t.theme3AddRef}
        </button>
      </header>
      <p className="t3-area__hint">{canvasAreaHint(area, lang)}</p>
      <div className="t3-area__notes">
        {noteIds.length === 0 ? <p className="t3-area__empty">{t.theme3EmptyArea}</p> : null}
        {noteIds.map((id, i) => (
          <CanvasNoteItem
            key={id}
            noteId={id}
            area={area}
            first={i === 0}
            actions={actions}
            helpId={helpId}
          />
        ))}
      </div>
      <CanvasCapture
        className="t3-area__capture"
        label={t.theme3Capture(label)}
        placeholder={t.theme3CapturePlaceholder}
        name={area}
        onSubmit={(text) => actions.add(area, text)}
      />
    </section>
  )
}
