import type { CollisionDetection } from '@dnd-kit/core'
import type { SceneKey } from '../../../shared/model/scenes'
import { areaKey, listKey, type DropSpot } from './boardKeys'

/**
 * Which drop spot the pointer is on while dragging notes. The area under the pointer decides
 * first; inside it, only what is visible of its scrolling list counts (a note scrolled out of
 * view does not catch the pointer below or above the list, e.g. in the area of the next row).
 * There, notes win over 見出し clusters, which win over the area. In the gaps between notes (the
 * area's free space in a row of notes) the nearest note of that row counts, so a drop between
 * two notes lands between them rather than at the end of the area.
 *
 * Pure: the rects come from dropGeometry, measured when the drag starts (one pass, no per-note
 * dnd-kit droppables, so picking a note up re-renders none of the other notes).
 */

/** A rect in viewport coordinates. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface Point {
  x: number
  y: number
}

/** A note or a 見出し cluster in an area's list, where it is now. */
export interface DropTarget {
  spot: Extract<DropSpot, { type: 'note' | 'cluster' }>
  box: Box
}

/** An area of the board: the whole area, and the visible part of its scrolling list. */
export interface AreaBox {
  scene: SceneKey | null
  box: Box
  /** The list's visible rect (its notes are clipped to it); null when the area has none. */
  list: Box | null
}

export interface PointerSpot {
  pointer: Point
  /** The spot's whole rect (not clipped: before/after is read across the whole note). */
  rect: Box
  spot: DropSpot
  /** Whether the pointer is on the area's list (rather than its title or capture field). */
  inList: boolean
}

/** How far (px) beside a note the pointer still counts as "next to it". */
const GAP_REACH = 32

const RANK: Record<DropSpot['type'], number> = { note: 0, cluster: 1, area: 2 }

function contains(box: Box, p: Point): boolean {
  return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom
}

/** The part of `box` inside `clip`, or null when nothing of it is. */
export function clipBox(box: Box, clip: Box): Box | null {
  const clipped = {
    left: Math.max(box.left, clip.left),
    top: Math.max(box.top, clip.top),
    right: Math.min(box.right, clip.right),
    bottom: Math.min(box.bottom, clip.bottom),
  }
  return clipped.left < clipped.right && clipped.top < clipped.bottom ? clipped : null
}

/** The nearest note in the pointer's row, within GAP_REACH (visible parts only). */
function nearestInRow(targets: readonly DropTarget[], list: Box, p: Point): DropTarget | null {
  let best: DropTarget | null = null
  let bestDistance = GAP_REACH
  for (const target of targets) {
    if (target.spot.type !== 'note') continue
    const box = clipBox(target.box, list)
    if (!box || p.y < box.top || p.y > box.bottom) continue
    const distance = p.x < box.left ? box.left - p.x : Math.max(0, p.x - box.right)
    if (distance <= bestDistance) {
      best = target
      bestDistance = distance
    }
  }
  return best
}

/**
 * The spot under the pointer. `targetsOf` gives an area's notes and clusters (asked only for the
 * area under the pointer, so that areas can be measured lazily).
 */
export function spotAt(
  pointer: Point,
  areas: readonly AreaBox[],
  targetsOf: (area: AreaBox) => readonly DropTarget[],
): PointerSpot | null {
  const area = areas.find((a) => contains(a.box, pointer))
  if (!area) return null
  const whole: PointerSpot = {
    pointer,
    rect: area.box,
    spot: { type: 'area', scene: area.scene },
    inList: false,
  }
  const list = area.list
  if (!list || !contains(list, pointer)) return whole

  const targets = targetsOf(area)
  let best: DropTarget | null = null
  for (const target of targets) {
    const visible = clipBox(target.box, list)
    if (!visible || !contains(visible, pointer)) continue
    if (!best || RANK[target.spot.type] < RANK[best.spot.type]) best = target
  }
  best ??= nearestInRow(targets, list, pointer)
  return best
    ? { pointer, rect: best.box, spot: best.spot, inList: true }
    : { ...whole, inList: true }
}

/** What the collision detection reads: the board's measured areas (see dropGeometry). */
export interface DropGeometrySource {
  areas(): readonly AreaBox[]
  targetsOf(area: AreaBox): readonly DropTarget[]
}

/**
 * dnd-kit's collision detection for the board: records the precise spot in `last` for the drop
 * plan, and reports the area (its list while the pointer is on it, so that dnd-kit scrolls that
 * list near its edges) as dnd-kit's `over`. It runs on pointer moves and on scrolls too (a list
 * auto-scrolling under a still pointer): `onSpot` hears of every run, so that what the board
 * shows about the drop follows.
 */
export function createBoardCollision(
  last: { current: PointerSpot | null },
  geometry: { current: DropGeometrySource | null },
  onSpot?: () => void,
): CollisionDetection {
  return ({ pointerCoordinates, droppableContainers }) => {
    const measured = geometry.current
    const hit =
      pointerCoordinates && measured
        ? spotAt(pointerCoordinates, measured.areas(), (area) => measured.targetsOf(area))
        : null
    last.current = hit
    onSpot?.()
    if (!hit) return []
    const id = hit.inList ? listKey(hit.spot.scene) : areaKey(hit.spot.scene)
    const container = droppableContainers.find((c) => c.id === id)
    return container ? [{ id, data: { droppableContainer: container, value: 0 } }] : []
  }
}
