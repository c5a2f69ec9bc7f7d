import { areaViews, type Theme1Index } from '../../../shared/board/theme1Layout'
import type { MoveTarget } from '../../../shared/board/theme1Ops'
import type { SceneKey } from '../../../shared/model/scenes'
import { appearanceKey, areaKey, clusterKey, type DropSpot } from './boardKeys'
import type { DropHint } from './boardUiStore'

/**
 * Where a pointer drop lands, as a moveNotes target plus the hint the board shows meanwhile.
 * Notes flow left to right in their area, so the left half of a note means "before it" and the
 * right half "after it". On a 見出し, anything but its left quarter means "gather under it"
 * (when at least one moving note can be gathered); its cluster's free space too.
 */

export interface DropPlan {
  target: MoveTarget
  hint: DropHint
}

/** Left part of a 見出し that still means "before it" rather than "into it". */
const HEADING_BEFORE_ZONE = 0.25

function canGatherAny(ix: Theme1Index, moving: readonly string[]): boolean {
  return moving.some((id) => {
    const note = ix.byId.get(id)
    return note !== undefined && note.kind !== 'heading' && !ix.childrenOf.has(id)
  })
}

function siblingsOf(ix: Theme1Index, scene: SceneKey | null, parentId: string | null) {
  return parentId === null
    ? areaViews(ix.layout, scene).map((v) => v.note)
    : (ix.childrenOf.get(parentId) ?? [])
}

/** The note shown right after `noteId` in its list, or null at the end. */
function nextId(
  ix: Theme1Index,
  scene: SceneKey | null,
  parentId: string | null,
  noteId: string,
): string | null {
  const siblings = siblingsOf(ix, scene, parentId)
  const index = siblings.findIndex((n) => n.id === noteId)
  return index < 0 ? null : (siblings[index + 1]?.id ?? null)
}

/**
 * The drop for a spot. `relX` is the pointer's position across the spot (0 = left edge,
 * 1 = right edge). Null when the drop would do nothing (onto a moving note or its cluster).
 */
export function planDrop(
  ix: Theme1Index,
  spot: DropSpot,
  relX: number,
  moving: readonly string[],
): DropPlan | null {
  const movingSet = new Set(moving)
  const canGather = canGatherAny(ix, moving)
  switch (spot.type) {
    case 'area':
      return {
        target: { scene: spot.scene, beforeId: null },
        hint: { key: areaKey(spot.scene), mode: 'end' },
      }
    case 'cluster': {
      if (movingSet.has(spot.headingId)) return null
      const key = clusterKey(spot.scene, spot.headingId)
      if (canGather) {
        return {
          target: { scene: spot.scene, parentId: spot.headingId },
          hint: { key, mode: 'into' },
        }
      }
      const beforeId = nextId(ix, spot.scene, null, spot.headingId)
      return { target: { scene: spot.scene, beforeId }, hint: { key, mode: 'after' } }
    }
    case 'note': {
      const { scene, parentId, noteId } = spot
      if (movingSet.has(noteId) || (parentId !== null && movingSet.has(parentId))) return null
      const note = ix.byId.get(noteId)
      if (!note) return null
      if (parentId !== null && !canGather) return null
      const key = appearanceKey(scene, parentId, noteId)
      const isHeading = parentId === null && note.kind === 'heading'
      if (isHeading && canGather && relX >= HEADING_BEFORE_ZONE) {
        return { target: { scene, parentId: noteId }, hint: { key, mode: 'into' } }
      }
      const before = relX < 0.5 || (isHeading && canGather)
      const beforeId = before ? noteId : nextId(ix, scene, parentId, noteId)
      const target: MoveTarget =
        parentId === null ? { scene, beforeId } : { scene, parentId, beforeId }
      return { target, hint: { key, mode: before ? 'before' : 'after' } }
    }
  }
}
