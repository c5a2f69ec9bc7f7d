import type { KeyboardEvent } from 'react'

/**
 * Moving through the answer grid like a sheet. Cells carry data-cell="row:column". An arrow
 * moves to the next cell unless the caret has somewhere to go inside the text: in a text cell
 * Left/Right move the caret until it reaches the start or the end (a cell entered by the
 * keyboard has its text selected, and then the arrows move at once, as in Excel's ready mode).
 */

export interface GridMove {
  dr: number
  dc: number
}

type Cell = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

function allSelected(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  return el.selectionStart === 0 && el.selectionEnd === el.value.length
}

/** The move an arrow key asks for, or null when it belongs to the text (or is not an arrow). */
export function arrowMove(event: KeyboardEvent<Cell>, textCell: boolean): GridMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  const moves: Record<string, GridMove> = {
    ArrowUp: { dr: -1, dc: 0 },
    ArrowDown: { dr: 1, dc: 0 },
    ArrowLeft: { dr: 0, dc: -1 },
    ArrowRight: { dr: 0, dc: 1 },
  }
  const move = moves[event.key]
  const el = event.currentTarget
  if (!move || el instanceof HTMLSelectElement || !textCell || allSelected(el)) return move ?? null
  const start = el.selectionStart ?? 0
  const end = el.selectionEnd ?? 0
  if (start !== end) return null
  const text = el.value
  if (event.key === 'ArrowLeft') return start === 0 ? move : null
  if (event.key === 'ArrowRight') return end === text.length ? move : null
  // up and down stay inside a text of several lines until its first or last line
  if (event.key === 'ArrowUp') return text.lastIndexOf('\n', start - 1) < 0 ? move : null
  return text.indexOf('\n', end) < 0 ? move : null
}

/** Focuses a cell (its text selected); false when there is no such cell or it is disabled. */
export function focusCell(container: HTMLElement | null, row: number, column: number): boolean {
  const el = container?.querySelector<Cell>(`[data-cell="${row}:${column}"]`)
  if (!el || el.disabled) return false
  el.focus()
  if (!(el instanceof HTMLSelectElement)) el.select()
  return true
}
