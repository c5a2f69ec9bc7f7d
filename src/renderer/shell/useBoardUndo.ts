import { useCallback } from 'react'
import { useAppServices, useWorkshopStore } from '../session/appServices'
import type { SaveStatus } from '../stores/storeTypes'
import { useUndoShortcuts } from '../ui/useUndoShortcuts'

/** What a theme screen's header shows of undo and saving. */
export interface BoardUndo {
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  saveStatus: SaveStatus
}

/**
 * Undo and redo of one board, with Ctrl+Z / Ctrl+Y: they stay on this board, never an edit made
 * on another screen (the setup, another theme) or on another group's board.
 */
export function useBoardUndo(boardId: string): BoardUndo {
  const services = useAppServices()
  const saveStatus = useWorkshopStore((s) => s.saveStatus)
  const canUndo = useWorkshopStore((s) => s.canUndoIn(boardId))
  const canRedo = useWorkshopStore((s) => s.canRedoIn(boardId))
  const onUndo = useCallback(() => {
    services.workshop.getState().undo(boardId)
  }, [services, boardId])
  const onRedo = useCallback(() => {
    services.workshop.getState().redo(boardId)
  }, [services, boardId])
  useUndoShortcuts(onUndo, onRedo)
  return { canUndo, canRedo, onUndo, onRedo, saveStatus }
}
