import { SCENE_KEYS, type SceneKey } from '../model/scenes'
import type { Note } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'

/**
 * The テーマ1 board as the UI shows it: a tray of notes not sorted yet and one area per scene of
 * the workshop (「※当初から場面を絞って検討してもよい。」). Pure and derived from the doc only.
 *
 * Rules (shared with theme1Ops, so that what the ops compute is what the board shows):
 * - A note is gathered under another note when its parentId names a live note of the same board
 *   that is not gathered itself (and is not the note). Any other parentId is ignored, so that a
 *   note is never hidden because of a broken reference (e.g. after a merge).
 * - The primary scene of a top-level note is its first scene that the workshop uses; it shows
 *   there and, flagged `isSecondary`, in each other scene of the workshop it belongs to
 *   (「※複数場面にかかる場合がある。」). A note with no scene of the workshop is in the tray.
 * - `order` sorts a top-level note within its primary area (scene or tray) and a gathered note
 *   within its 見出し. Ties are broken by createdAt, then id, so the layout is deterministic.
 */

export interface NoteView {
  note: Note
  /** The scene this appearance is in; null in the tray. */
  scene: SceneKey | null
  /** An extra appearance of a multi-scene note, outside its primary scene. */
  isSecondary: boolean
  /** The notes gathered under this note, sorted (the same array in every appearance). */
  children: readonly Note[]
}

export interface Theme1Layout {
  boardId: string
  /** The workshop's scenes in display order (duplicates dropped). */
  sceneKeys: readonly SceneKey[]
  /** Notes not sorted into any scene of the workshop (未分類). */
  tray: NoteView[]
  /** One list per scene of the workshop; scenes the workshop does not use are absent. */
  scenes: Partial<Record<SceneKey, NoteView[]>>
}

/** The layout plus the lookups the ops need; built in one pass and one sort. */
export interface Theme1Index {
  layout: Theme1Layout
  /** Live notes of the board. */
  byId: ReadonlyMap<string, Note>
  /** The gathered notes of each top-level note that has any, sorted. */
  childrenOf: ReadonlyMap<string, readonly Note[]>
  /** The note each gathered note is under (only for valid parents). */
  parentOf: ReadonlyMap<string, Note>
  /** Position of every live note in reading order: tray, then scenes, 見出し before its children. */
  rank: ReadonlyMap<string, number>
}

/** Where a note sits, found from its primary appearance. */
export interface NoteLocation {
  /** The area: a scene, or null for the tray (for a gathered note: its 見出し's area). */
  scene: SceneKey | null
  /** The 見出し the note is gathered under, or null for a top-level note. */
  parent: Note | null
  /** The list `index` refers to: the area's notes (as shown) or the 見出し's children. */
  siblings: readonly Note[]
  index: number
}

const EMPTY: readonly Note[] = Object.freeze([])

/** The workshop's scenes in display order, without duplicates or unknown keys. */
export function workshopScenes(doc: WorkshopDoc): SceneKey[] {
  const known = new Set<string>(SCENE_KEYS)
  return [...new Set(doc.workshop.scenes)].filter((s) => known.has(s))
}

/** The area a top-level note is ordered in: its first scene the workshop uses, or null (tray). */
export function primaryArea(
  scenes: readonly SceneKey[],
  visible: ReadonlySet<SceneKey>,
): SceneKey | null {
  return scenes.find((s) => visible.has(s)) ?? null
}

export function compareNotes(a: Note, b: Note): number {
  if (a.order !== b.order) return a.order - b.order
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The valid parent of a note (see the rules above), or undefined for a top-level note. */
function validParent(note: Note, byId: ReadonlyMap<string, Note>): Note | undefined {
  if (note.parentId === null || note.parentId === note.id) return undefined
  const parent = byId.get(note.parentId)
  return parent?.parentId === null ? parent : undefined
}

export function indexTheme1Board(doc: WorkshopDoc, boardId: string): Theme1Index {
  const sceneKeys = workshopScenes(doc)
  const visible = new Set(sceneKeys)
  const notes: Note[] = []
  for (const note of Object.values(doc.notes)) {
    if (note.boardId === boardId && note.deletedAt === null) notes.push(note)
  }
  notes.sort(compareNotes)
  const byId = new Map(notes.map((n) => [n.id, n]))

  const childrenOf = new Map<string, Note[]>()
  const parentOf = new Map<string, Note>()
  const top: Note[] = []
  for (const note of notes) {
    const parent = validParent(note, byId)
    if (parent === undefined) {
      top.push(note)
      continue
    }
    parentOf.set(note.id, parent)
    const list = childrenOf.get(parent.id)
    if (list) list.push(note)
    else childrenOf.set(parent.id, [note])
  }

  const tray: NoteView[] = []
  const scenes: Partial<Record<SceneKey, NoteView[]>> = {}
  const sceneLists = new Map<SceneKey, NoteView[]>()
  for (const key of sceneKeys) {
    const list: NoteView[] = []
    scenes[key] = list
    sceneLists.set(key, list)
  }
  for (const note of top) {
    const children = childrenOf.get(note.id) ?? EMPTY
    const primary = primaryArea(note.scenes, visible)
    if (primary === null) {
      tray.push({ note, scene: null, isSecondary: false, children })
      continue
    }
    for (const scene of new Set(note.scenes)) {
      sceneLists.get(scene)?.push({ note, scene, isSecondary: scene !== primary, children })
    }
  }

  const layout: Theme1Layout = { boardId, sceneKeys, tray, scenes }
  const rank = new Map<string, number>()
  for (const view of primaryViews(layout)) {
    rank.set(view.note.id, rank.size)
    for (const child of view.children) rank.set(child.id, rank.size)
  }
  return { layout, byId, childrenOf, parentOf, rank }
}

/** The board view for a board id (see the rules at the top of this file). */
export function buildTheme1Layout(doc: WorkshopDoc, boardId: string): Theme1Layout {
  return indexTheme1Board(doc, boardId).layout
}

/** The views of an area: the tray (null) or a scene (empty when the workshop does not use it). */
export function areaViews(layout: Theme1Layout, scene: SceneKey | null): readonly NoteView[] {
  return scene === null ? layout.tray : (layout.scenes[scene] ?? [])
}

/** Every top-level note once, at its primary appearance, in reading order. */
export function* primaryViews(layout: Theme1Layout): Generator<NoteView> {
  for (const scene of [null, ...layout.sceneKeys]) {
    for (const view of areaViews(layout, scene)) if (!view.isSecondary) yield view
  }
}

/** Finds a live note of the layout (top-level or gathered); null when it is not on the board. */
export function locateNote(layout: Theme1Layout, noteId: string): NoteLocation | null {
  for (const scene of [null, ...layout.sceneKeys]) {
    const views = areaViews(layout, scene)
    for (const [index, view] of views.entries()) {
      if (view.isSecondary) continue
      if (view.note.id === noteId) {
        return { scene, parent: null, siblings: views.map((v) => v.note), index }
      }
      const childIndex = view.children.findIndex((c) => c.id === noteId)
      if (childIndex >= 0) {
        return { scene, parent: view.note, siblings: view.children, index: childIndex }
      }
    }
  }
  return null
}
