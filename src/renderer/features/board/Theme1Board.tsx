import { DndContext, DragOverlay, useDraggable, useDroppable } from '@dnd-kit/core'
import {
  memo,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type MouseEvent,
  type PointerEvent,
  type Ref,
  type RefObject,
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import type { SceneKey } from '../../../shared/model/scenes'
import { useWorkshopStore } from '../../session/appServices'
import { PrivacyReminder } from './PrivacyReminder'
import { BoardArea } from './BoardArea'
import { BoardViewTools } from './BoardViewTools'
import { useBoard } from './BoardContext'
import { BoardDragPreview } from './BoardDragPreview'
import { areaKey, areaName, listKey, type DropSpot } from './boardKeys'
import { useBoardView } from './boardView'
import { dragSourceOf, NOTE_DRAG_ID, useBoardDnd } from './useBoardDnd'

/**
 * The poster of テーマ1: the tray on the left (above it the view's tools: 詰めて表示, 見出しだけ),
 * the workshop's scenes as a 2×2 grid like the
 * paper (日常療養 | 入退院支援 / 急変時の対応 | 看取り; two scenes side by side). Clicking free
 * space clears the selection.
 *
 * The pointer drag: dnd-kit's context changes on every pointer move while dragging, and React
 * looks for its readers through everything rendered inside it. So the board itself is rendered
 * beside the DndContext, not inside it: inside are only the things that read it (one draggable
 * every note is picked up through, the areas' drop targets, the overlay), none of them a note.
 * Picking a note up and moving it re-renders only the notes whose look changes.
 */
export function Theme1Board() {
  const { ui, dragHelpId, boardId } = useBoard()
  const dnd = useBoardDnd()
  const density = useBoardView((s) => s.density)
  // The board's folded 見出し, read from localStorage before the first paint.
  useLayoutEffect(() => {
    useBoardView.getState().collapsedOf(boardId)
  }, [boardId])
  const scenes = useWorkshopStore(useShallow((s) => (s.doc ? workshopScenes(s.doc) : [])))
  const board = useRef<HTMLDivElement>(null)
  const source = useRef<DragSourceHandle>(null)

  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const note = dragSourceOf(event.target)
    if (note) source.current?.press(note, event)
  }
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('.capture, .note')) return
    ui.getState().clearSelection()
  }

  return (
    <>
      {/* The click only clears the selection; the keyboard has Escape for that. Notes have their
          own keys (noteKeyDown); a pointer press on one is handed to dnd-kit from here. */}
      <div
        ref={board}
        className="board"
        data-density={density}
        data-testid="theme1-board"
        onClick={handleClick}
        onPointerDown={handlePointerDown}
      >
        <div className="board__side">
          <BoardViewTools />
          <BoardArea scene={null} />
          <PrivacyReminder />
        </div>
        <div className={`board__scenes board__scenes--${scenes.length}`}>
          {scenes.map((scene) => (
            <BoardArea key={scene} scene={scene} />
          ))}
        </div>
      </div>
      {/* The id names dnd-kit's hidden instructions, which every note refers to (aria-describedby). */}
      <DndContext id={dragHelpId} {...dnd}>
        <DragSource ref={source} />
        <AreaDropTargets scene={null} boardRef={board} />
        {scenes.map((scene) => (
          <AreaDropTargets key={scene} scene={scene} boardRef={board} />
        ))}
        {/* Lets the wheel (a touchpad's two fingers) reach the list under the pointer. */}
        <DragOverlay className="board-drag-overlay" dropAnimation={null} zIndex={60}>
          <BoardDragPreview />
        </DragOverlay>
      </DndContext>
    </>
  )
}

interface DragSourceHandle {
  /** A pointer went down on this note: dnd-kit's sensor takes it from here. */
  press(note: HTMLElement, event: PointerEvent<HTMLElement>): void
}

/** The one dnd-kit draggable every note is picked up through: pointed at the pressed note. */
function DragSource({ ref }: { ref: Ref<DragSourceHandle> }) {
  const { setNodeRef, listeners } = useDraggable({ id: NOTE_DRAG_ID })
  useImperativeHandle(
    ref,
    () => ({
      press: (note, event) => {
        setNodeRef(note)
        listeners?.onPointerDown?.(event)
      },
    }),
    [setNodeRef, listeners],
  )
  return null
}

interface AreaDropTargetsProps {
  scene: SceneKey | null
  boardRef: RefObject<HTMLElement | null>
}

/**
 * An area's two dnd-kit drop targets (for dnd-kit's `over`, its announcements and auto-scroll;
 * where in the area a drop lands comes from boardCollision): the area, and its list through the
 * empty anchor BoardArea puts in it (dnd-kit scrolls the scrolling ancestors of what the pointer
 * is over). Their elements are looked up after each render: it re-renders when a drag starts,
 * before dnd-kit measures them.
 */
const AreaDropTargets = memo(function AreaDropTargets({ scene, boardRef }: AreaDropTargetsProps) {
  const data = useMemo<DropSpot>(() => ({ type: 'area', scene }), [scene])
  const { setNodeRef: setAreaRef } = useDroppable({ id: areaKey(scene), data })
  const { setNodeRef: setListRef } = useDroppable({ id: listKey(scene), data })
  useLayoutEffect(() => {
    const area = boardRef.current?.querySelector<HTMLElement>(`[data-area="${areaName(scene)}"]`)
    setAreaRef(area ?? null)
    setListRef(area?.querySelector<HTMLElement>('[data-area-anchor]') ?? null)
  })
  return null
})
