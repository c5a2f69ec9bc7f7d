import { SCENE_KEYS, type SceneKey } from '../../../shared/model/scenes'

/**
 * Keys of what the board shows. A note can appear more than once (in each of its scenes, and
 * under its 見出し in each appearance of the 見出し), so drag-and-drop ids and the edit state use
 * the appearance, not the note id.
 */

/** The value of `data-area`: the tray or a scene key. */
export type AreaName = SceneKey | 'tray'

export function areaName(scene: SceneKey | null): AreaName {
  return scene ?? 'tray'
}

/** The scene of a `data-area` value: null for the tray, undefined for anything else. */
export function sceneOfArea(name: string | undefined): SceneKey | null | undefined {
  if (name === 'tray') return null
  return SCENE_KEYS.find((key) => key === name)
}

export function areaKey(scene: SceneKey | null): string {
  return `area:${areaName(scene)}`
}

/** The area's scrolling list of notes (a drop target of its own: dnd-kit scrolls it). */
export function listKey(scene: SceneKey | null): string {
  return `list:${areaName(scene)}`
}

/** One appearance of a note: its area, its 見出し when gathered, and the note. */
export function appearanceKey(
  scene: SceneKey | null,
  parentId: string | null,
  noteId: string,
): string {
  return parentId === null
    ? `note:${areaName(scene)}/${noteId}`
    : `note:${areaName(scene)}/${parentId}/${noteId}`
}

/** The droppable of a 見出し's cluster (drop there: gather at the end). */
export function clusterKey(scene: SceneKey | null, headingId: string): string {
  return `cluster:${areaName(scene)}/${headingId}`
}

/** What a droppable is, as stored in its dnd-kit `data`. */
export type DropSpot =
  | { type: 'area'; scene: SceneKey | null }
  | { type: 'cluster'; scene: SceneKey | null; headingId: string }
  | { type: 'note'; scene: SceneKey | null; parentId: string | null; noteId: string }

export function isDropSpot(value: unknown): value is DropSpot {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false
  const type = value.type
  return type === 'area' || type === 'cluster' || type === 'note'
}
