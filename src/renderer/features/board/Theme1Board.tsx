import { DndContext, DragOverlay } from '@dnd-kit/core'
import type { MouseEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { workshopScenes } from '../../../shared/board/theme1Layout'
import { useWorkshopStore } from '../../app/appServices'
import { BoardArea } from './BoardArea'
import { useBoard } from './BoardContext'
import { BoardDragPreview } from './BoardDragPreview'
import { useBoardDnd } from './useBoardDnd'

/**
 * The poster of テーマ1: the tray on the left, the workshop's scenes as a 2×2 grid like the
 * paper (日常療養 | 入退院支援 / 急変時の対応 | 看取り; two scenes side by side). Clicking free
 * space clears the selection.
 */
export function Theme1Board() {
  const { ui } = useBoard()
  const dnd = useBoardDnd()
  const scenes = useWorkshopStore(useShallow((s) => (s.doc ? workshopScenes(s.doc) : [])))

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('.capture, .note')) return
    ui.getState().clearSelection()
  }

  return (
    <DndContext {...dnd}>
      {/* The click only clears the selection; the keyboard has Escape for that. */}
      <div className="board" data-testid="theme1-board" onClick={handleClick}>
        <BoardArea scene={null} />
        <div className={`board__scenes board__scenes--${scenes.length}`}>
          {scenes.map((scene) => (
            <BoardArea key={scene} scene={scene} />
          ))}
        </div>
      </div>
      <DragOverlay dropAnimation={null} zIndex={60}>
        <BoardDragPreview />
      </DragOverlay>
    </DndContext>
  )
}
