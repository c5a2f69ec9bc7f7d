import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type DragMoveEvent,
} from '@dnd-kit/core'
import { useId, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { CANVAS_AREAS, type CanvasArea } from '../../../shared/model/schemas'
import { canvasNoteText, liveCanvasNote } from '../../../shared/theme3/theme3Queries'
import { useAppServices, useWorkshopStore } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { CanvasAreaView } from './CanvasAreaView'
import { dropBeforeId, measureAreaNotes, type CanvasDropAt } from './canvasDropTarget'
import { useCanvasUi, useCanvasUiStore } from './canvasUiStore'
import { RefPicker } from './RefPicker'
import { canvasAreaLabel, shortText } from './theme3Labels'
import type { CanvasActions } from './useCanvasActions'

/** Pixels the pointer must travel before a drag starts: a click still focuses the note. */
const DRAG_DISTANCE = 5

function isArea(value: unknown): value is CanvasArea {
  return typeof value === 'string' && (CANVAS_AREAS as readonly string[]).includes(value)
}

interface CanvasGridProps {
  canvasId: string
  actions: CanvasActions
}

/**
 * The four areas as on the poster (①事実・情報 ②そこから考えられること / ③補足する情報・資料
 * ④伝え方・共有の方法), with the pointer drag between and within them: dnd-kit senses the pointer
 * and shows the note under it; where it lands comes from the pointer and the notes' rects, and the
 * drop is ONE edit. A canvas has few notes, so each note is its own draggable.
 */
export function CanvasGrid({ canvasId, actions }: CanvasGridProps) {
  const t = useT()
  const lang = useLang()
  const { workshop } = useAppServices()
  const ui = useCanvasUiStore()
  const helpId = useId()
  const grid = useRef<HTMLDivElement>(null)
  const [refArea, setRefArea] = useState<CanvasArea | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }),
  )

  const dropAtOf = (event: DragMoveEvent): CanvasDropAt | null => {
    const area: unknown = event.over?.data.current?.area
    const start = event.activatorEvent
    if (!isArea(area) || !(start instanceof MouseEvent) || !grid.current) return null
    const element = grid.current.querySelector(`[data-canvas-area="${area}"]`)
    if (!element) return null
    const pointer = { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y }
    const beforeId = dropBeforeId(measureAreaNotes(element, String(event.active.id)), pointer)
    return { area, beforeId }
  }
  const sameDrop = (a: CanvasDropAt | null, b: CanvasDropAt | null) =>
    a?.area === b?.area && a?.beforeId === b?.beforeId

  const announcements = useMemo<Announcements>(() => {
    const textOf = (noteId: string) => {
      const doc = workshop.getState().doc
      const note = doc ? liveCanvasNote(doc, noteId) : undefined
      return doc && note ? shortText(canvasNoteText(doc, note)) : ''
    }
    return {
      onDragStart: ({ active }) => t.theme3DragStart(textOf(String(active.id))),
      onDragOver: ({ active, over }) => {
        const area: unknown = over?.data.current?.area
        return isArea(area)
          ? t.theme3DragOver(textOf(String(active.id)), canvasAreaLabel(area, lang))
          : undefined
      },
      // The result is announced by the screen's own live region after the edit.
      onDragEnd: () => undefined,
      onDragCancel: ({ active }) => t.theme3DragCancel(textOf(String(active.id))),
    }
  }, [t, lang, workshop])

  return (
    <>
      <p id={helpId} className="visually-hidden">
        {t.theme3DragHelp}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t.theme3DragHelp },
        }}
        onDragStart={({ active }) => {
          ui.getState().set({ dragging: String(active.id), picked: null, editingId: null })
        }}
        onDragMove={(event) => {
          const next = dropAtOf(event)
          if (!sameDrop(next, ui.getState().dropAt)) ui.getState().set({ dropAt: next })
        }}
        onDragEnd={(event) => {
          const target = dropAtOf(event)
          ui.getState().set({ dragging: null, dropAt: null })
          if (target) actions.moveTo(String(event.active.id), target)
        }}
        onDragCancel={() => {
          ui.getState().set({ dragging: null, dropAt: null })
        }}
      >
        <div className="t3-grid" ref={grid} data-canvas={canvasId}>
          {CANVAS_AREAS.map((area, index) => (
            <CanvasAreaView
              key={area}
              canvasId={canvasId}
              area={area}
              index={index}
              actions={actions}
              helpId={helpId}
              onOpenRefs={setRefArea}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null} zIndex={60}>
          <CanvasDragPreview />
        </DragOverlay>
      </DndContext>
      <PickHint />
      <RefPicker
        area={refArea}
        canvasId={canvasId}
        actions={actions}
        onClose={() => {
          setRefArea(null)
        }}
      />
    </>
  )
}

/** What follows the pointer while dragging: the note's text as it is shown. */
function CanvasDragPreview() {
  const dragging = useCanvasUi((s) => s.dragging)
  const shown = useWorkshopStore(
    useShallow((s) => {
      const note = dragging && s.doc ? liveCanvasNote(s.doc, dragging) : undefined
      return note && s.doc ? { text: canvasNoteText(s.doc, note), color: note.color } : null
    }),
  )
  if (!shown) return null
  return (
    <div className={`note note--${shown.color} note--preview t3-note`} aria-hidden="true">
      <p className="note__text">{shown.text}</p>
    </div>
  )
}

/** While a note is picked up with the keyboard: what the keys do, for sighted keyboard users. */
function PickHint() {
  const t = useT()
  const picked = useCanvasUi((s) => s.picked?.noteId ?? null)
  const text = useWorkshopStore((s) => {
    const note = picked && s.doc ? liveCanvasNote(s.doc, picked) : undefined
    return note && s.doc ? shortText(canvasNoteText(s.doc, note)) : ''
  })
  if (!picked) return null
  return (
    <p className="pick-hint" aria-hidden="true">
      {t.theme3PickHint(text)}
    </p>
  )
}
