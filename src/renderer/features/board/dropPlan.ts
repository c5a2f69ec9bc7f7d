import { areaViews, type Theme1Index } from '../../../shared/board/theme1Layout'
import type { MoveTarget } from '../../../shared/board/theme1Ops'
import type { SceneKey } from '../../../shared/model/scenes'
import { appearanceKey, areaKey, clusterKey, type DropSpot } from './boardKeys'
import type { DropHint } from './boardUiStore'

/**
 * Where a pointer drop lands, as a moveNotes target plus the hint the board shows meanwhile.
 * Notes flow left to right in their area, so the left half of a note means "before it" and the
 * right half "after it". On a 見出し (anywhere on its face, folded or not) and on its cluster's
 * free space: "gather under it", when at least one moving note can be gathered; beside it (the
 * gap left or right of it, `relX` outside 0..1) puts the notes before or after it. A 見出し
 * cannot go under a 見出し: dropped on one it goes beside it, and the plan says why.
 */

export interface DropPlan {
  target: MoveTarget
  hint: DropHint
  /** The note the hint is at (before / after it), for the words of the drop (dropLabel). */
  near?: string
  /** Why the notes go beside the 見出し they are on rather than under it. */
  refused?: 'headingInHeading'
}

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
      return {
        target: { scene: spot.scene, beforeId },
        hint: { key, mode: 'after' },
        near: spot.headingId,
        refused: 'headingInHeading',
      }
    }
    case 'note': {
      const { scene, parentId, noteId } = spot
      if (movingSet.has(noteId) || (parentId !== null && movingSet.has(parentId))) return null
      const note = ix.byId.get(noteId)
      if (!note) return null
      if (parentId !== null && !canGather) return null
      const key = appearanceKey(scene, parentId, noteId)
      const isHeading = parentId === null && note.kind === 'heading'
      const onFace = relX >= 0 && relX <= 1
      if (isHeading && canGather && onFace) {
        return { target: { scene, parentId: noteId }, hint: { key, mode: 'into' } }
      }
      const before = relX < 0.5
      const beforeId = before ? noteId : nextId(ix, scene, parentId, noteId)
      const target: MoveTarget =
        parentId === null ? { scene, beforeId } : { scene, parentId, beforeId }
      const plan: DropPlan = {
        target,
        hint: { key, mode: before ? 'before' : 'after' },
        near: noteId,
      }
      return isHeading && onFace ? { ...plan, refused: 'headingInHeading' } : plan
    }
  }
}
