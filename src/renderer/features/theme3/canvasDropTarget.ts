import type { CanvasArea } from '../../../shared/model/schemas'

export interface CanvasDropAt {
  area: CanvasArea
  /** The note the dropped one goes before; null: at the end of the area. */
  beforeId: string | null
}

/**
 * Where a note dropped at `pointer` lands in an area whose notes flow in wrapping rows: before
 * the first note (in reading order) that the pointer is above, or beside in the left half of;
 * else at the end. `notes` are the area's other notes with their rects, in reading order.
 */
export function dropBeforeId(
  notes: readonly { id: string; rect: Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'> }[],
  pointer: { x: number; y: number },
): string | null {
  for (const { id, rect } of notes) {
    if (pointer.y < rect.top) return id
    if (pointer.y <= rect.bottom && pointer.x < (rect.left + rect.right) / 2) return id
  }
  return null
}

/** The notes of an area element (but the dragged one) with their rects, in reading order. */
export function measureAreaNotes(areaElement: Element, draggedId: string) {
  return [...areaElement.querySelectorAll<HTMLElement>('[data-canvas-note-id]')]
    .filter((el) => el.dataset.canvasNoteId !== draggedId)
    .map((el) => ({ id: el.dataset.canvasNoteId ?? '', rect: el.getBoundingClientRect() }))
}
