import type { KeyboardEvent } from 'react'
import type { ArrowDirection } from '../../../shared/board/theme1Keyboard'
import { isComposing } from '../../ui/keyboard'
import type { BoardActions } from './boardActions'
import type { BoardUiStore } from './boardUiStore'

/**
 * Keys on a focused note.
 * Picked up: arrows move it (each move applied and announced), Space or Enter puts it down,
 * Escape undoes the moves, Tab puts it down and moves on.
 * Otherwise: Space picks it up (with the selection when it is selected), Shift+Space adds it to
 * or removes it from the selection, Enter or F2 edits, Delete/Backspace deletes (the selection
 * when it is selected), Shift+F10 or the menu key opens its menu, Ctrl+A selects its area,
 * Ctrl+D duplicates, G puts the selection (or the note) under a 見出し (on a 見出し: the selection
 * goes under it), Escape clears the selection, arrows move the focus to the previous/next note
 * (across areas), Home/End to the first/last note of the area. Each area is one Tab stop (roving
 * tabindex: NoteItem).
 */

export interface NoteKeyContext {
  noteId: string
  actions: BoardActions
  ui: BoardUiStore
  startEdit: () => void
  openMenu: () => void
}

const ARROWS: Partial<Record<string, ArrowDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/** The first (-1) or last (1) note of the area `from` is in. */
function focusAreaEnd(from: HTMLElement, end: -1 | 1): void {
  const area = from.closest('[data-area]')
  if (!area) return
  const notes = [...area.querySelectorAll<HTMLElement>('[data-note-id][tabindex]')]
  const target = end < 0 ? notes[0] : notes.at(-1)
  target?.focus()
}

/** Moves the focus to the note before/after `from` in the board's reading order. */
function focusNeighbour(from: HTMLElement, step: -1 | 1): void {
  const board = from.closest('[data-testid="theme1-board"]')
  if (!board) return
  const notes = [...board.querySelectorAll<HTMLElement>('[data-note-id][tabindex]')]
  notes[notes.indexOf(from) + step]?.focus()
}

export function handleNoteKeyDown(event: KeyboardEvent<HTMLElement>, ctx: NoteKeyContext): void {
  if (event.target !== event.currentTarget || isComposing(event)) return
  const { noteId, actions, ui } = ctx
  const state = ui.getState()
  const direction = ARROWS[event.key]
  const mod = event.ctrlKey || event.metaKey
  const isSpace = event.key === ' ' || event.code === 'Space'

  if (state.picked?.noteId === noteId) {
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

  const targets = () =>
    state.selected.has(noteId) && state.selected.size > 1 ? [...state.selected] : [noteId]

  if (isSpace && event.shiftKey && !mod) actions.toggleSelected(noteId)
  else if (isSpace && !mod && !event.altKey) actions.pick(noteId)
  else if ((event.key === 'Enter' && !mod) || event.key === 'F2') ctx.startEdit()
  else if (event.key === 'Delete' || event.key === 'Backspace') actions.remove(targets())
  else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') ctx.openMenu()
  else if (mod && event.key.toLowerCase() === 'a') actions.selectArea(noteId)
  else if (mod && event.key.toLowerCase() === 'd') actions.duplicate(noteId)
  else if (event.key.toLowerCase() === 'g' && !mod && !event.altKey) actions.gatherKey(noteId)
  else if (event.key === 'Escape' && state.selected.size > 0) state.clearSelection()
  else if ((event.key === 'Home' || event.key === 'End') && !mod && !event.altKey) {
    focusAreaEnd(event.currentTarget, event.key === 'Home' ? -1 : 1)
  } else if (direction && !mod && !event.altKey) {
    focusNeighbour(event.currentTarget, direction === 'up' || direction === 'left' ? -1 : 1)
  } else return
  event.preventDefault()
  event.stopPropagation()
}
