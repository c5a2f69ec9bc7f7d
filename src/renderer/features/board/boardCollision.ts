import {
  pointerWithin,
  type ClientRect,
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
} from '@dnd-kit/core'
import { isDropSpot, type DropSpot } from './boardKeys'

/**
 * Which drop spot the pointer is on while dragging notes. Notes win over 見出し clusters, which
 * win over areas. In the gaps between notes (the area's free space in a row of notes) the
 * nearest note of that row counts, so a drop between two notes lands between them rather than
 * at the end of the area.
 */

export interface PointerSpot {
  pointer: { x: number; y: number }
  rect: ClientRect | null
  spot: DropSpot
}

/** How far (px) beside a note the pointer still counts as "next to it". */
const GAP_REACH = 32

const RANK: Record<DropSpot['type'], number> = { note: 0, cluster: 1, area: 2 }

function spotOf(container: DroppableContainer | undefined): DropSpot | null {
  const data: unknown = container?.data.current
  return isDropSpot(data) ? data : null
}

/** The nearest top-level note in the pointer's row of an area, within GAP_REACH. */
function nearestInRow(
  containers: readonly DroppableContainer[],
  rects: Map<DroppableContainer['id'], ClientRect>,
  area: DropSpot,
  pointer: { x: number; y: number },
): DroppableContainer | null {
  let best: DroppableContainer | null = null
  let bestDistance = GAP_REACH
  for (const container of containers) {
    const spot = spotOf(container)
    if (spot?.type !== 'note' || spot.scene !== area.scene) continue
    const rect = rects.get(container.id)
    if (!rect || pointer.y < rect.top || pointer.y > rect.top + rect.height) continue
    const right = rect.left + rect.width
    const distance = pointer.x < rect.left ? rect.left - pointer.x : Math.max(0, pointer.x - right)
    if (distance <= bestDistance) {
      best = container
      bestDistance = distance
    }
  }
  return best
}

/** A collision detection that also records the spot and pointer for the drop plan. */
export function createBoardCollision(last: { current: PointerSpot | null }): CollisionDetection {
  return (args) => {
    const { pointerCoordinates: pointer, droppableContainers, droppableRects } = args
    if (!pointer) {
      last.current = null
      return []
    }
    const byId = new Map(droppableContainers.map((c) => [c.id, c]))
    const hits = pointerWithin(args)
      .map((hit) => ({ hit, spot: spotOf(byId.get(hit.id)) }))
      .filter((h): h is { hit: Collision; spot: DropSpot } => h.spot !== null)
      .sort((a, b) => RANK[a.spot.type] - RANK[b.spot.type])
    const first = hits[0]
    if (!first) {
      last.current = null
      return []
    }
    let { hit, spot } = first
    if (spot.type === 'area') {
      const near = nearestInRow(droppableContainers, droppableRects, spot, pointer)
      const nearSpot = spotOf(near ?? undefined)
      if (near && nearSpot) {
        hit = { id: near.id, data: { droppableContainer: near, value: 0 } }
        spot = nearSpot
      }
    }
    last.current = { pointer, rect: droppableRects.get(hit.id) ?? null, spot }
    return [hit]
  }
}
