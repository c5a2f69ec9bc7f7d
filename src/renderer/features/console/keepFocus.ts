import type { MouseEvent } from 'react'

/**
 * Keeps the focus where it was when a button inside the element is clicked with the mouse: the
 * console's Space means 一時停止・再開, and a clicked button keeping the focus would make Space
 * repeat it instead (次の行へ, +5分, 次のグループ). Keyboard users still Tab to the buttons.
 */
export function keepFocus(event: MouseEvent<HTMLElement>): void {
  if (event.target instanceof Element && event.target.closest('button')) event.preventDefault()
}
