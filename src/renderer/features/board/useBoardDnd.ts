import {
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DndContextProps,
  type ScreenReaderInstructions,
} from '@dnd-kit/core'
import { useMemo, useRef } from 'react'
import { areaLabel } from '../../../shared/board/theme1Keyboard'
import { useAppServices } from '../../app/appServices'
import { ANNOUNCE } from './boardAnnouncements'
import { useBoard } from './BoardContext'
import { createBoardCollision, type PointerSpot } from './boardCollision'
import { boardIndex } from './boardIndex'
import { isDragData, isDropSpot } from './boardKeys'
import { planDrop, type DropPlan } from './dropPlan'

/** Pixels the pointer must travel before a drag starts: a click still selects and focuses. */
export const DRAG_DISTANCE = 5
const POINTER_OPTIONS = { activationConstraint: { distance: DRAG_DISTANCE } }

/**
 * The pointer drag of the テーマ1 board: the sensor, the collision detection, the drop hint
 * while moving (only the notes it concerns re-render) and ONE moveNotes edit on drop. Keyboard
 * moving does not go through dnd-kit (see noteKeyDown: each arrow key applies a move at once).
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
  const last = useRef<PointerSpot | null>(null)
  const moving = useRef<readonly string[]>([])
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS))

  return useMemo(() => {
    const textOf = (noteId: string) => workshop.getState().doc?.notes[noteId]?.text ?? ''
    const plan = (): DropPlan | null => {
      const at = last.current
      const doc = workshop.getState().doc
      if (!at || !doc) return null
      const relX = at.rect ? (at.pointer.x - at.rect.left) / Math.max(1, at.rect.width) : 1
      return planDrop(boardIndex(doc, boardId), at.spot, relX, moving.current)
    }
    const activeNote = (data: unknown) => (isDragData(data) ? data.noteId : null)

    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const id = activeNote(active.data.current)
        return id ? ANNOUNCE.dragStart(textOf(id), moving.current.length - 1) : undefined
      },
      onDragOver: ({ active, over }) => {
        const id = activeNote(active.data.current)
        const spot: unknown = over?.data.current
        if (!id || !isDropSpot(spot)) return undefined
        const target = spot.type === 'note' ? `『${textOf(spot.noteId)}』` : areaLabel(spot.scene)
        return ANNOUNCE.dragOver(textOf(id), target)
      },
      // The result is announced by the board's own live region (announceMove) after the edit.
      onDragEnd: () => undefined,
      onDragCancel: ({ active }) => {
        const id = activeNote(active.data.current)
        return id ? ANNOUNCE.dragCancel(textOf(id)) : undefined
      },
    }
    const screenReaderInstructions: ScreenReaderInstructions = {
      draggable: ANNOUNCE.instructions,
    }

    return {
      sensors,
      collisionDetection: createBoardCollision(last),
      accessibility: { announcements, screenReaderInstructions },
      onDragStart: ({ active }) => {
        const id = activeNote(active.data.current)
        last.current = null
        moving.current = id ? actions.dragStart(id) : []
      },
      onDragMove: () => {
        ui.getState().setDropHint(plan()?.hint ?? null)
      },
      onDragEnd: () => {
        const result = plan()
        actions.dragEnd(result?.target ?? null)
        last.current = null
        moving.current = []
      },
      onDragCancel: () => {
        actions.dragEnd(null)
        last.current = null
        moving.current = []
      },
    }
  }, [actions, ui, boardId, workshop, sensors])
}
