import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { SceneKey } from '../model/scenes'
import type { AnyRecord, GridAxes, Theme2Preset, Topic } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'
import { DEFAULT_VOTES_PER_PERSON, TRIAL2_PRESET_TOPICS } from './presets'
import { cleanLine, cleanText, ifChanged, liveTopic, ofTopic } from './theme2Edit'
import { boardTopics, theme1BoardOf, theme2Board } from './theme2Queries'

/**
 * Topics (テーマ, 問1) of a テーマ2 board. Like every op: pure functions of the doc returning only
 * the record versions they change (none when nothing changes or the edit is not possible);
 * deletions are tombstones; the store stamps revisions, so invertChange/stampChange undo them.
 */

export interface TopicInit {
  label?: string
  scene?: SceneKey | null
  preset?: Theme2Preset | null
  sourceNoteId?: string | null
}

export interface TopicPatch {
  title?: string
  label?: string
  scene?: SceneKey | null
  goal?: string
  concern?: string
  statement?: string
  causeAxes?: Partial<GridAxes>
  measureAxes?: Partial<GridAxes>
  votesPerPerson?: number
}

function newTopic(
  doc: WorkshopDoc,
  boardId: string,
  title: string,
  init: TopicInit,
  order: number,
  ctx: EditContext,
): Topic {
  return {
    ...newRecordBase(ctx),
    type: 'topic',
    workshopId: doc.workshop.id,
    boardId,
    order,
    sourceNoteId: init.sourceNoteId ?? null,
    title: cleanText(title),
    label: cleanLine(init.label ?? '', LIMITS.labelChars),
    preset: init.preset ?? null,
    scene: init.scene ?? null,
    goal: '',
    concern: '',
    mainCauseId: null,
    statement: '',
    causeAxes: { x: null, y: null },
    measureAxes: { x: null, y: null },
    votesPerPerson: DEFAULT_VOTES_PER_PERSON,
  }
}

/** Room for `count` more topics on a live テーマ2 board. */
function hasRoom(doc: WorkshopDoc, boardId: string, count = 1): boolean {
  return (
    theme2Board(doc, boardId) !== undefined &&
    boardTopics(doc, boardId).length + count <= LIMITS.topicsPerBoard
  )
}

/** A topic the table types (問1). */
export function createTopic(
  doc: WorkshopDoc,
  boardId: string,
  title: string,
  ctx: EditContext,
  init: TopicInit = {},
): AnyRecord[] {
  if (!hasRoom(doc, boardId)) return []
  const order = nextOrder(boardTopics(doc, boardId))
  return [newTopic(doc, boardId, title, { ...init, sourceNoteId: null }, order, ctx)]
}

/** A live note marked タネ on the テーマ1 board of the same group as `boardId`. */
function taneNote(doc: WorkshopDoc, boardId: string, noteId: string) {
  const note = doc.notes[noteId]
  const theme1 = theme1BoardOf(doc, boardId)
  if (!note || note.deletedAt !== null || !note.tane || note.boardId !== theme1?.id) return
  return note
}

/**
 * A topic picked from a テーマ1 タネ: linked, not copied (its title stays empty, so the タネ's text
 * and scenes show live). The same タネ may feed several topics (e.g. 看取り 自宅 / 自宅以外).
 */
export function createTopicFromTane(
  doc: WorkshopDoc,
  boardId: string,
  noteId: string,
  ctx: EditContext,
): AnyRecord[] {
  if (!hasRoom(doc, boardId) || !taneNote(doc, boardId, noteId)) return []
  const order = nextOrder(boardTopics(doc, boardId))
  return [newTopic(doc, boardId, '', { sourceNoteId: noteId }, order, ctx)]
}

/**
 * The four 試行② topics (入退院支援①②, 看取り 自宅 / 自宅以外), each labelled and tagged with its
 * scene. Presets the board already has (live) are not added again; nothing when there is no room.
 */
export function applyTrial2Preset(
  doc: WorkshopDoc,
  boardId: string,
  ctx: EditContext,
): AnyRecord[] {
  const existing = new Set(boardTopics(doc, boardId).map((t) => t.preset))
  const missing = TRIAL2_PRESET_TOPICS.filter((p) => !existing.has(p.preset))
  if (missing.length === 0 || !hasRoom(doc, boardId, missing.length)) return []
  const first = nextOrder(boardTopics(doc, boardId))
  return missing.map((p, i) =>
    newTopic(
      doc,
      boardId,
      '',
      { label: p.label.ja, scene: p.scene, preset: p.preset },
      first + i,
      ctx,
    ),
  )
}

/**
 * Links a topic to a タネ of the group's テーマ1 board, or unlinks it (null). Unlinking keeps what
 * was shown: an empty title takes the タネ's current text, so nothing disappears.
 */
export function linkTane(doc: WorkshopDoc, topicId: string, noteId: string | null): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic) return []
  if (noteId === null) {
    const text = topic.sourceNoteId === null ? '' : (doc.notes[topic.sourceNoteId]?.text ?? '')
    return ifChanged(topic, {
      ...topic,
      sourceNoteId: null,
      title: topic.title === '' ? text : topic.title,
    })
  }
  if (!taneNote(doc, topic.boardId, noteId)) return []
  return ifChanged(topic, { ...topic, sourceNoteId: noteId })
}

/** Changes a topic's texts, labels, scene, grid axes or dots per person. */
export function updateTopic(doc: WorkshopDoc, topicId: string, patch: TopicPatch): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic) return []
  const next: Topic = { ...topic }
  if (patch.title !== undefined) next.title = cleanText(patch.title)
  if (patch.label !== undefined) next.label = cleanLine(patch.label, LIMITS.labelChars)
  if (patch.scene !== undefined) next.scene = patch.scene
  if (patch.goal !== undefined) next.goal = cleanText(patch.goal)
  if (patch.concern !== undefined) next.concern = cleanText(patch.concern)
  if (patch.statement !== undefined)
    next.statement = cleanLine(patch.statement, LIMITS.noteTextChars)
  if (patch.causeAxes) next.causeAxes = axes(topic.causeAxes, patch.causeAxes)
  if (patch.measureAxes) next.measureAxes = axes(topic.measureAxes, patch.measureAxes)
  if (patch.votesPerPerson !== undefined) {
    if (!Number.isFinite(patch.votesPerPerson)) return []
    // Lowering the limit keeps the dots already placed; only new ones are refused.
    next.votesPerPerson = Math.min(
      LIMITS.votesPerPersonMax,
      Math.max(1, Math.round(patch.votesPerPerson)),
    )
  }
  return ifChanged(topic, next)
}

/** Axis labels after a patch; a blank label goes back to the default (null). */
function axes(current: GridAxes, patch: Partial<GridAxes>): GridAxes {
  const label = (value: string | null | undefined, old: string | null) => {
    if (value === undefined) return old
    const cleaned = value === null ? '' : cleanLine(value, LIMITS.labelChars)
    return cleaned === '' ? null : cleaned
  }
  return { x: label(patch.x, current.x), y: label(patch.y, current.y) }
}

/** The one-line 地域課題 statement of a topic. */
export function setStatement(doc: WorkshopDoc, topicId: string, statement: string): AnyRecord[] {
  return updateTopic(doc, topicId, { statement })
}

/** Moves a topic before another one of its board (null: to the end). */
export function moveTopic(doc: WorkshopDoc, topicId: string, beforeId: string | null): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic || beforeId === topicId) return []
  const others = boardTopics(doc, topic.boardId).filter((t) => t.id !== topicId)
  const at = beforeId === null ? -1 : others.findIndex((t) => t.id === beforeId)
  const sequence =
    at < 0 ? [...others, topic] : [...others.slice(0, at), topic, ...others.slice(at)]
  // Small lists: renumber 1..n and write the topics whose order changes.
  return sequence.flatMap((t, i) => ifChanged(t, { ...t, order: i + 1 }))
}

/** Tombstones a topic with its causes, countermeasures and 期待値/指標 (undo restores them all). */
export function deleteTopic(doc: WorkshopDoc, topicId: string, ctx: EditContext): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic) return []
  const now = ctx.now()
  return [
    topic,
    ...ofTopic(doc.causes, topicId),
    ...ofTopic(doc.measures, topicId),
    ...ofTopic(doc.outcomes, topicId),
  ].map((r) => ({ ...r, deletedAt: now }))
}
