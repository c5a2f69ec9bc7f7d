import {
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DndContextProps,
  type PointerSensorOptions,
  type ScreenReaderInstructions,
} from '@dnd-kit/core'
import { useMemo, useRef } from 'react'
import { areaLabel } from '../../../shared/board/theme1Keyboard'
import { useAppServices } from '../../session/appServices'
import { useLang, useT } from '../../i18n/useT'
import { ANNOUNCE } from './boardAnnouncements'
import { useBoard } from './BoardContext'
import { createBoardCollision, type PointerSpot } from './boardCollision'
import { boardIndex } from './boardIndex'
import { isDropSpot } from './boardKeys'
import { measureDropGeometry, type DropGeometry } from './dropGeometry'
import { useBoardView } from './boardView'
import { dropWords, showDropWords } from './dropLabel'
import { planDrop, type DropPlan } from './dropPlan'

/** Pixels the pointer must travel before a drag starts: a click still selects and focuses. */
export const DRAG_DISTANCE = 5

/** Marks the board while a pointer drag is on (board.css: its notes are not hit-tested). */
export const POINTER_DRAG_ATTRIBUTE = 'data-pointer-drag'

/** The one dnd-kit draggable every note is picked up through (see Theme1Board). */
export const NOTE_DRAG_ID = 'theme1-note'

/**
 * The note a pointer press on `target` picks up, if any: NoteItem marks the appearances that can
 * be dragged (primary ones not being edited) with `data-drag-source`.
 */
export function dragSourceOf(target: EventTarget | null): HTMLElement | null {
  const note = target instanceof Element ? target.closest<HTMLElement>('[data-note-id]') : null
  return note?.hasAttribute('data-drag-source') ? note : null
}

/**
 * The pointer drag of the テーマ1 board: the sensor, the collision detection, the drop hint
 * while moving (only the notes it concerns re-render) and ONE moveNotes edit on drop. Keyboard
 * moving does not go through dnd-kit (see noteKeyDown: each arrow key applies a move at once).
 *
 * dnd-kit only senses the pointer, shows the overlay and scrolls: no note subscribes to its
 * context (a useDraggable or useDroppable in each note re-renders every note when a drag starts
 * and whenever `over` changes: a hitch of 100 ms and more at 300 notes). Notes are picked up
 * through one draggable (Theme1Board), and the spot under the pointer comes from rects measured
 * once per drag (dropGeometry, boardCollision).
 */
export function useBoardDnd(): Pick<
  DndContextProps,
  | 'sensors'
  | 'collisionDetection'
  | 'onDragStart'
  | 'onDragMove'
  | 'onDragEnd'
  | 'onDragCancel'
  | 'accessibility'
> {
  const { actions, ui, boardId } = useBoard()
  const { workshop } = useAppServices()
  const language = useRef({ t: useT(), lang: useLang() })
  language.current = { t: useT(), lang: useLang() }
  const last = useRef<PointerSpot | null>(null)
  const moving = useRef<readonly string[]>([])
  const lead = useRef<string | null>(null)
  const pressed = useRef<HTMLElement | null>(null)
  const geometry = useRef<DropGeometry | null>(null)
  /** The board while a pointer drag is on it (marked `data-pointer-drag`, see finish). */
  const dragBoard = useRef<HTMLElement | null>(null)
  const announcedScene = useRef<string | null | undefined>(undefined)
  const frame = useRef(0)
  const pointerOptions = useMemo<PointerSensorOptions>(
    () => ({
      activationConstraint: { distance: DRAG_DISTANCE },
      onActivation: ({ event }) => {
        pressed.current = dragSourceOf(event.target)
      },
    }),
    [],
  )
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions))

  return useMemo(() => {
    const textOf = (noteId: string) => workshop.getState().doc?.notes[noteId]?.text ?? ''
    const plan = (): DropPlan | null => {
      const at = last.current
      const doc = workshop.getState().doc
      if (!at || !doc) return null
      const width = Math.max(1, at.rect.right - at.rect.left)
      const relX = (at.pointer.x - at.rect.left) / width
      return planDrop(boardIndex(doc, boardId), at.spot, relX, moving.current)
    }
    /** The hint on the board and the words under the dragged note, for the spot now. */
    const showPlan = () => {
      const planned = plan()
      ui.getState().setDropHint(planned?.hint ?? null)
      const doc = workshop.getState().doc
      const { t, lang } = language.current
      const folded = useBoardView.getState().collapsed[boardId]
      showDropWords(
        doc && last.current
          ? dropWords(planned, boardIndex(doc, boardId), folded ?? new Set(), t, lang)
          : { text: t.dropNowhere, reason: null },
      )
    }
    // A spot found on a scroll (the pointer still): shown on the next frame, once.
    const showPlanSoon = () => {
      if (frame.current !== 0) return
      frame.current = requestAnimationFrame(() => {
        frame.current = 0
        if (geometry.current) showPlan()
      })
    }
    const finish = () => {
      if (frame.current !== 0) cancelAnimationFrame(frame.current)
      frame.current = 0
      geometry.current?.dispose()
      geometry.current = null
      dragBoard.current?.removeAttribute(POINTER_DRAG_ATTRIBUTE)
      dragBoard.current = null
      last.current = null
      moving.current = []
      pressed.current = null
      announcedScene.current = undefined
      showDropWords(null)
    }

    const announcements: Announcements = {
      onDragStart: () => {
        const id = lead.current
        return id ? ANNOUNCE.dragStart(textOf(id), moving.current.length - 1) : undefined
      },
      // Once per area (its title and its list are two dnd-kit targets).
      onDragOver: ({ over }) => {
        const id = lead.current
        const spot: unknown = over?.data.current
        if (!id || !isDropSpot(spot) || spot.scene === announcedScene.current) return undefined
        announcedScene.current = spot.scene
        return ANNOUNCE.dragOver(textOf(id), areaLabel(spot.scene))
      },
      // The result is announced by the board's own live region (announceMove) after the edit.
      onDragEnd: () => undefined,
      onDragCancel: () => {
        const id = lead.current
        return id ? ANNOUNCE.dragCancel(textOf(id)) : undefined
      },
    }
    const screenReaderInstructions: ScreenReaderInstructions = {
      draggable: ANNOUNCE.instructions,
    }

    return {
      sensors,
      collisionDetection: createBoardCollision(last, geometry, showPlanSoon),
      accessibility: { announcements, screenReaderInstructions },
      onDragStart: () => {
        const note = pressed.current
        const id = note?.dataset.noteId ?? null
        const board = note?.closest<HTMLElement>('[data-testid="theme1-board"]')
        geometry.current?.dispose()
        geometry.current = board ? measureDropGeometry(board) : null
        // The drop spot comes from the measured geometry, not from what the pointer is over: the
        // notes stop being hit-tested and hovered while the pointer crosses them (no hover
        // repaint of the board on every frame of the drag); the lists still take the wheel.
        dragBoard.current?.removeAttribute(POINTER_DRAG_ATTRIBUTE)
        dragBoard.current = board ?? null
        board?.setAttribute(POINTER_DRAG_ATTRIBUTE, '')
        last.current = null
        // Kept after the drop too: dnd-kit announces a cancel after onDragCancel.
        lead.current = id
        moving.current = id ? actions.dragStart(id) : []
      },
      onDragMove: () => {
        showPlan()
      },
      onDragEnd: () => {
        const result = plan()
        // The edit comes last: finish first, so that nothing of this drag outlives it.
        finish()
        actions.dragEnd(result?.target ?? null)
        // Gathered under a folded 見出し: the 見出し takes the focus (its count grew by the notes).
        const headingId = result?.target.parentId
        if (headingId && useBoardView.getState().collapsed[boardId]?.has(headingId)) {
          ui.getState().requestFocus(headingId)
        }
      },
      onDragCancel: () => {
        finish()
        actions.dragEnd(null)
      },
    }
  }, [actions, ui, boardId, workshop, sensors])
}
