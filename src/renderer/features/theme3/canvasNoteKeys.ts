import type { KeyboardEvent } from 'react'
import type { CanvasDirection } from '../../../shared/theme3/canvasNoteOps'
import { isComposing } from '../../ui/keyboard'
import type { CanvasActions } from './useCanvasActions'
import type { CanvasUiStore } from './canvasUiStore'

/**
 * Keys on a focused canvas note (like the テーマ1 board's).
 * Picked up: arrows move it (↑↓ within its area, ←→ to the end of the previous/next area; each
 * step applied and announced), Space or Enter puts it down, Escape undoes the moves, Tab puts it
 * down and moves on.
 * Otherwise: Space picks it up, Enter or F2 edits (a typed note), Delete/Backspace deletes,
 * arrows move the focus to the previous/next note of the canvas, Home/End to the first/last
 * note of its area.
 */

const ARROWS: Partial<Record<string, CanvasDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

export interface CanvasNoteKeyContext {
  noteId: string
  actions: CanvasActions
  ui: CanvasUiStore
  /** Starts editing in place; absent for a reference (its text is the source's). */
  startEdit?: () => void
}

function focusable(root: Element | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>('[data-canvas-note-id]')] : []
}

export function handleCanvasNoteKeyDown(
  event: KeyboardEvent<HTMLElement>,
  ctx: CanvasNoteKeyContext,
): void {
  if (event.target !== event.currentTarget || isComposing(event)) return
  const { noteId, actions, ui } = ctx
  const direction = ARROWS[event.key]
  const mod = event.ctrlKey || event.metaKey || event.altKey
  const isSpace = event.key === ' ' || event.code === 'Space'

  if (ui.getState().picked?.noteId === noteId) {
    if (direction) actions.moveBy(direction)
    else if (isSpace || event.key === 'Enter') actions.drop()
    else if (event.key === 'Escape') actions.cancelPick()
    else if (event.key === 'Tab') {
      actions.drop()
      return
    } else return
    event.preventDefault()
    event.stopPropagation()
    return
  }

  const here = event.currentTarget
  if (isSpace && !mod && !event.shiftKey) actions.pick(noteId)
  else if ((event.key === 'Enter' || event.key === 'F2') && !mod && ctx.startEdit) ctx.startEdit()
  else if (event.key === 'Delete' || event.key === 'Backspace') actions.remove(noteId)
  else if ((event.key === 'Home' || event.key === 'End') && !mod) {
    const notes = focusable(here.closest('[data-canvas-area]'))
    ;(event.key === 'Home' ? notes[0] : notes.at(-1))?.focus()
  } else if (direction && !mod) {
    const notes = focusable(here.closest('[data-canvas]'))
    const step = direction === 'up' || direction === 'left' ? -1 : 1
    notes[notes.indexOf(here) + step]?.focus()
  } else return
  event.preventDefault()
  event.stopPropagation()
}
