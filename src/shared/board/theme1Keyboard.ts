import { SCENE_LABELS, type SceneKey } from '../model/scenes'
import { locateNote, type NoteLocation, type Theme1Layout } from './theme1Layout'
import type { MoveTarget } from './theme1Ops'

/**
 * Keyboard moving on the テーマ1 board (a picked note moved with the arrow keys) and the Japanese
 * texts a screen reader announces. Pure: the UI applies the target with moveNotes and announces
 * the result from the layout after the move.
 */

export type ArrowDirection = 'up' | 'down' | 'left' | 'right'

/** The tray's name on the board and in announcements. */
export const TRAY_LABEL = '未分類（トレイ）'

/** The name of an area: a scene's poster label, or the tray. */
export function areaLabel(scene: SceneKey | null): string {
  return scene === null ? TRAY_LABEL : SCENE_LABELS[scene].ja
}

/** The areas in keyboard order: the tray, then the workshop's scenes. */
export function areaOrder(layout: Theme1Layout): (SceneKey | null)[] {
  return [null, ...layout.sceneKeys]
}

/**
 * The move target for an arrow key, or null when the note cannot go that way (or is not on the
 * board). Up/down swap places with the neighbour in the same list (the area's notes as shown, or
 * the 見出し's children); a 見出し moves with its children. Left/right move the note to the end of
 * the previous/next area (tray → scenes in the workshop's order); a gathered note leaves its 見出し.
 * A multi-scene note moves from its primary appearance.
 */
export function neighbourTarget(
  layout: Theme1Layout,
  noteId: string,
  direction: ArrowDirection,
): MoveTarget | null {
  const at = locateNote(layout, noteId)
  if (!at) return null
  const parentId = at.parent?.id ?? null
  switch (direction) {
    case 'up': {
      const previous = at.siblings[at.index - 1]
      return previous ? { scene: at.scene, parentId, beforeId: previous.id } : null
    }
    case 'down': {
      if (at.index >= at.siblings.length - 1) return null
      return { scene: at.scene, parentId, beforeId: at.siblings[at.index + 2]?.id ?? null }
    }
    case 'left':
    case 'right': {
      const areas = areaOrder(layout)
      const next = areas.indexOf(at.scene) + (direction === 'left' ? -1 : 1)
      const scene = areas[next]
      return scene === undefined ? null : { scene, parentId: null, beforeId: null }
    }
  }
}

/** A note's text for an announcement: one line, at most `max` characters. */
export function noteExcerpt(text: string, max = 20): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '') return '（空の付箋）'
  const chars = Array.from(line)
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line
}

function placeOf(at: NoteLocation): string {
  const area = areaLabel(at.scene)
  const position = `${at.index + 1}番目`
  return at.parent
    ? `${area}の見出し『${noteExcerpt(at.parent.text)}』の${position}`
    : `${area}の${position}`
}

/**
 * Where a note is, in words: 「入退院支援の3番目」, 「未分類（トレイ）の1番目」, or for a gathered
 * note 「看取りの見出し『…』の2番目」. Positions count the notes as shown (from 1).
 */
export function describePlace(layout: Theme1Layout, noteId: string): string | null {
  const at = locateNote(layout, noteId)
  return at ? placeOf(at) : null
}

/**
 * The announcement after a move, from the layout after it:
 * 「『…』を入退院支援の3番目に移動しました」, 「『…』を未分類（トレイ）の1番目に移動しました」.
 * Null when the note is not on the board.
 */
export function announceMove(layout: Theme1Layout, noteId: string): string | null {
  const at = locateNote(layout, noteId)
  const note = at?.siblings[at.index]
  if (!at || !note) return null
  return `『${noteExcerpt(note.text)}』を${placeOf(at)}に移動しました`
}
