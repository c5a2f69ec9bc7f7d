import { SCENE_KEYS, type SceneKey } from '../model/scenes'
import { TROUBLED_WHO, type AnyRecord, type Note, type TroubledWho } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { assignOrders } from './orderKeys'
import { areaViews, indexTheme1Board, primaryArea, type Theme1Index } from './theme1Layout'

/** Building blocks of theme1Ops: an edit in progress on one board, and its areas. */

/** An area notes are ordered in: a scene, the tray (scene null), or the children of a 見出し. */
export type AreaRef = { scene: SceneKey | null } | { parentId: string }

export interface AreaSequence {
  /** The area's notes as shown, in order (secondary appearances included). */
  notes: readonly Note[]
  /** Whether a note shown here is ordered here (false for secondary appearances). */
  owned: (note: { id: string }) => boolean
}

export interface BoardEdit {
  ix: Theme1Index
  visible: ReadonlySet<SceneKey>
  /** The note as edited so far (or as it is), undefined when not a live note of the board. */
  get(id: string): Note | undefined
  /** Records new values for a note (merged onto earlier edits of it). */
  put(note: Note, patch: Partial<Note>): void
  /** The edited notes that differ from the doc, in the order they were first edited. */
  records(): AnyRecord[]
}

export function editBoard(doc: WorkshopDoc, boardId: string): BoardEdit {
  const ix = indexTheme1Board(doc, boardId)
  const edited = new Map<string, Note>()
  return {
    ix,
    visible: new Set(ix.layout.sceneKeys),
    get: (id) => edited.get(id) ?? ix.byId.get(id),
    put(note, patch) {
      edited.set(note.id, { ...(edited.get(note.id) ?? note), ...patch })
    },
    records: () =>
      [...edited.values()].filter((note) => {
        const original = doc.notes[note.id]
        return original === undefined || !sameNote(original, note)
      }),
  }
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])

function sameNote(a: Note, b: Note): boolean {
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.color === b.color &&
    a.tane === b.tane &&
    a.order === b.order &&
    a.parentId === b.parentId &&
    a.deletedAt === b.deletedAt &&
    a.area === b.area &&
    sameList(a.scenes, b.scenes) &&
    sameList(a.who, b.who)
  )
}

/** Live notes of the doc by board, each id once, in the order given. */
export function notesByBoard(doc: WorkshopDoc, ids: readonly string[]): Map<string, Note[]> {
  const result = new Map<string, Note[]>()
  for (const id of new Set(ids)) {
    const note = doc.notes[id]
    if (!note || note.deletedAt !== null) continue
    const list = result.get(note.boardId)
    if (list) list.push(note)
    else result.set(note.boardId, [note])
  }
  return result
}

const knownScenes = new Set<string>(SCENE_KEYS)
const knownWho = new Set<string>(TROUBLED_WHO)

/** Known scenes, each once, in the order given. */
export function uniqueScenes(scenes: readonly SceneKey[]): SceneKey[] {
  return [...new Set(scenes)].filter((s) => knownScenes.has(s))
}

/** Known 困っている人, each once, in the order given. */
export function uniqueWho(who: readonly TroubledWho[]): TroubledWho[] {
  return [...new Set(who)].filter((w) => knownWho.has(w))
}

/**
 * The scenes after moving to `target`: the target replaces the primary scene (the first one the
 * workshop uses, else the first one) and the other scenes stay, each once.
 */
export function replacePrimary(
  scenes: readonly SceneKey[],
  target: SceneKey,
  visible: ReadonlySet<SceneKey>,
): SceneKey[] {
  const primary = primaryArea(scenes, visible) ?? scenes[0]
  return uniqueScenes([target, ...scenes.filter((s) => s !== primary)])
}

/** A 見出し notes can be gathered under: live, kind heading, not gathered itself. */
export function gatherParent(ix: Theme1Index, id: string): Note | undefined {
  const note = ix.byId.get(id)
  return note?.kind === 'heading' && !ix.parentOf.has(id) ? note : undefined
}

/** The area a live note is ordered in. */
export function areaOf(edit: BoardEdit, note: Note): AreaRef {
  const parent = edit.ix.parentOf.get(note.id)
  return parent ? { parentId: parent.id } : { scene: primaryArea(note.scenes, edit.visible) }
}

export function sameArea(a: AreaRef, b: AreaRef): boolean {
  return 'parentId' in a
    ? 'parentId' in b && a.parentId === b.parentId
    : 'scene' in b && a.scene === b.scene
}

export function areaSequence(ix: Theme1Index, area: AreaRef): AreaSequence {
  if ('parentId' in area)
    return { notes: ix.childrenOf.get(area.parentId) ?? [], owned: () => true }
  const views = areaViews(ix.layout, area.scene)
  const owned = new Set(views.filter((v) => !v.isSecondary).map((v) => v.note.id))
  return { notes: views.map((v) => v.note), owned: (note) => owned.has(note.id) }
}

/** Gives `placed` notes of `sequence` order keys that put them where they are in it. */
export function placeInSequence(
  edit: BoardEdit,
  sequence: readonly Note[],
  placed: ReadonlySet<string>,
  owned: AreaSequence['owned'],
): void {
  for (const [id, order] of assignOrders(sequence, placed, owned)) {
    const note = edit.get(id) ?? sequence.find((n) => n.id === id)
    if (note) edit.put(note, { order })
  }
}

/**
 * Takes gathered notes out of their 見出し: each group lands right after its 見出し, in the
 * 見出し's area (they keep their scenes, which follow the 見出し's). `releases` maps a 見出し id to
 * the children to release; notes in `skip` (e.g. being deleted) are left out of the sequences.
 */
export function releaseChildren(
  edit: BoardEdit,
  releases: ReadonlyMap<string, readonly Note[]>,
  skip: ReadonlySet<string> = new Set(),
): void {
  const areas = new Map<SceneKey | null, true>()
  for (const headingId of releases.keys()) {
    const heading = edit.ix.byId.get(headingId)
    if (heading) areas.set(primaryArea(heading.scenes, edit.visible), true)
  }
  for (const scene of areas.keys()) {
    const seq = areaSequence(edit.ix, { scene })
    const placed = new Set<string>()
    const sequence = seq.notes.flatMap((note) => {
      const children = seq.owned(note) ? releases.get(note.id) : undefined
      const released = (children ?? []).map((child) => {
        placed.add(child.id)
        edit.put(child, { parentId: null })
        return edit.get(child.id) ?? child
      })
      return [...(skip.has(note.id) ? [] : [note]), ...released]
    })
    placeInSequence(edit, sequence, placed, seq.owned)
  }
}
