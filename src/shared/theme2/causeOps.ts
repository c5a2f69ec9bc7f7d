import { assignOrders } from '../board/orderKeys'
import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import {
  voterIdSchema,
  type AnyRecord,
  type Cause,
  type GridPoint,
  type Votes,
} from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'
import { freeGridSpot } from './gridSpots'
import { NUDGE_STEP, WHY_DEPTH_MAX } from './presets'
import {
  clampPoint,
  cleanText,
  ifChanged,
  liveCause,
  liveTopic,
  ofTopic,
  recordEdit,
} from './theme2Edit'
import { causeDepth, causeDescendants, causeOutline, voterUsage, votesOf } from './theme2Queries'

/**
 * Causes of a topic (問3): sticky notes with chains of "why?" causes (a "why?" of a "why?", up to
 * WHY_DEPTH_MAX levels), a place on the
 * priority grid, dot votes, and one of them marked 主たる原因 (the topic's mainCauseId).
 */

/** The live causes of a topic that share a parent (null: the top level). */
function siblings(doc: WorkshopDoc, topicId: string, parentId: string | null): Cause[] {
  return ofTopic(doc.causes, topicId).filter((c) => c.parentId === parentId)
}

/**
 * The parent a new cause can get: a live cause of the topic less than WHY_DEPTH_MAX levels deep.
 * A "why?" asked of a cause at the deepest level goes beside it (under its own parent); anything
 * else unusable means the top level.
 */
function usableParent(doc: WorkshopDoc, topicId: string, parentId: string | null): string | null {
  if (parentId === null) return null
  const parent = liveCause(doc, parentId)
  if (!parent || parent.topicId !== topicId) return null
  if (causeDepth(doc, parent.id) < WHY_DEPTH_MAX) return parent.id
  return usableParent(doc, topicId, parent.parentId)
}

/**
 * A new cause at the end of the topic's causes, or of `parentId`'s "why?" sub-causes. An unusable
 * parent is not a reason to lose the text: see usableParent.
 */
export function addCause(
  doc: WorkshopDoc,
  topicId: string,
  text: string,
  parentId: string | null,
  ctx: EditContext,
): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic || ofTopic(doc.causes, topicId).length >= LIMITS.causesPerTopic) return []
  const parent = usableParent(doc, topicId, parentId)
  const cause: Cause = {
    ...newRecordBase(ctx),
    type: 'cause',
    workshopId: doc.workshop.id,
    boardId: topic.boardId,
    topicId,
    parentId: parent,
    text: cleanText(text),
    order: nextOrder(siblings(doc, topicId, parent)),
    grid: null,
    votes: {},
  }
  return [cause]
}

export function updateCause(
  doc: WorkshopDoc,
  causeId: string,
  patch: { text?: string },
): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  if (!cause) return []
  return ifChanged(cause, {
    ...cause,
    ...(patch.text !== undefined && { text: cleanText(patch.text) }),
  })
}

/**
 * Makes a cause (with its own "why?" chain) a "why?" of another cause of the topic, or a
 * top-level cause again (null); it goes to the end there. Refused when the new parent is the cause
 * itself or one of its own "why?" causes (a loop), or when the chain would get deeper than
 * WHY_DEPTH_MAX.
 */
export function setCauseParent(
  doc: WorkshopDoc,
  causeId: string,
  parentId: string | null,
): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  if (!cause || cause.parentId === parentId) return []
  if (parentId !== null) {
    const parent = liveCause(doc, parentId)
    if (!parent || parent.id === causeId || parent.topicId !== cause.topicId) return []
    const below = causeDescendants(doc, causeId)
    if (below.some((c) => c.id === parentId)) return []
    const height = Math.max(
      0,
      ...below.map((c) => causeDepth(doc, c.id) - causeDepth(doc, causeId)),
    )
    if (causeDepth(doc, parentId) + 1 + height > WHY_DEPTH_MAX) return []
  }
  const order = nextOrder(siblings(doc, cause.topicId, parentId))
  return [{ ...cause, parentId, order }]
}

/** Places a cause on the priority grid (clamped into it), or takes it off (null). */
export function placeCause(doc: WorkshopDoc, causeId: string, grid: GridPoint | null): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  if (!cause) return []
  const point = grid === null ? null : clampPoint(grid)
  if (grid !== null && point === null) return []
  return ifChanged(cause, { ...cause, grid: point })
}

/**
 * The grid point after a keyboard move of dx, dy steps (NUDGE_STEP each; y grows upwards),
 * clamped to the grid. An unplaced item lands in the middle first.
 */
export function nudgedPoint(grid: GridPoint | null, dx: number, dy: number): GridPoint | null {
  if (grid === null) return { x: 0.5, y: 0.5 }
  return clampPoint({ x: grid.x + dx * NUDGE_STEP, y: grid.y + dy * NUDGE_STEP })
}

/**
 * Keyboard placement: moves a cause dx, dy steps on the grid (see nudgedPoint); an unplaced cause
 * lands on the free spot nearest the middle (freeGridSpot), clear of the topic's other causes.
 */
export function nudgeCause(doc: WorkshopDoc, causeId: string, dx: number, dy: number): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  if (!cause) return []
  const point =
    cause.grid === null
      ? freeGridSpot(placedPoints(ofTopic(doc.causes, cause.topicId)))
      : nudgedPoint(cause.grid, dx, dy)
  return point === null ? [] : ifChanged(cause, { ...cause, grid: point })
}

/** The grid points of the records that are placed. */
export function placedPoints(records: readonly { grid: GridPoint | null }[]): GridPoint[] {
  return records.flatMap((r) => (r.grid === null ? [] : [r.grid]))
}

/**
 * Adds (+1) or takes back (-1) one dot of a voter on a cause. A voter (a member id or an
 * anonymous seat id) holds the topic's votesPerPerson dots across all its causes: a dot over that
 * limit, or taking back a dot the voter does not have there, changes nothing.
 */
export function castVote(
  doc: WorkshopDoc,
  causeId: string,
  voterId: string,
  delta: 1 | -1,
): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  const topic = cause && liveTopic(doc, cause.topicId)
  if (!cause || !topic || !voterIdSchema.safeParse(voterId).success) return []
  const mine = votesOf(cause, voterId)
  if (delta === 1) {
    if ((voterUsage(doc, topic.id).get(voterId) ?? 0) >= topic.votesPerPerson) return []
    if (mine === 0 && Object.keys(cause.votes).length >= LIMITS.votersPerCause) return []
  } else if (mine === 0) return []
  return [{ ...cause, votes: withVotes(cause.votes, voterId, mine + delta) }]
}

/** The votes with a voter's count set (0 removes the voter). */
function withVotes(votes: Votes, voterId: string, count: number): Votes {
  const rest = Object.entries(votes).filter(([id]) => id !== voterId)
  return Object.fromEntries(count > 0 ? [...rest, [voterId, count]] : rest)
}

/** Takes back all of a voter's dots on the topic (e.g. a member who left the table). */
export function clearVotes(doc: WorkshopDoc, topicId: string, voterId: string): AnyRecord[] {
  return ofTopic(doc.causes, topicId).flatMap((cause) => {
    if (votesOf(cause, voterId) === 0) return []
    return [{ ...cause, votes: withVotes(cause.votes, voterId, 0) }]
  })
}

/**
 * Marks a live cause of the topic as 主たる原因 (null: none). Countermeasures not attached to any
 * cause yet (e.g. typed into the worksheet first) get attached to the new main cause.
 */
export function setMainCause(
  doc: WorkshopDoc,
  topicId: string,
  causeId: string | null,
): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic || topic.mainCauseId === causeId) return []
  if (causeId !== null && liveCause(doc, causeId)?.topicId !== topicId) return []
  const orphans =
    causeId === null ? [] : ofTopic(doc.measures, topicId).filter((m) => m.causeId === null)
  return [{ ...topic, mainCauseId: causeId }, ...orphans.map((m) => ({ ...m, causeId }))]
}

/** What deleteCause does with what hangs off the deleted cause. */
export interface CauseDeletion {
  /**
   * The countermeasures of the deleted cause(s): deleted (their 期待値/指標 stay, unlinked), moved
   * to `targetCauseId`, or kept without a cause (detached).
   */
  mode: 'deleteMeasures' | 'moveMeasuresTo' | 'detachMeasures'
  /** For moveMeasuresTo: a live cause of the same topic that is not being deleted. */
  targetCauseId?: string
  /**
   * The "why?" sub-causes: promoted to top-level causes where the parent was (the default, so
   * nothing is lost), or deleted with their parent (their countermeasures follow `mode`).
   */
  subCauses?: 'promote' | 'delete'
}

/**
 * Tombstones a cause. Nothing goes silently: its countermeasures follow `deletion.mode` (the UI
 * asks, see causeDeletionImpact), its sub-causes are promoted or deleted, a main cause leaves the
 * topic without one (mainCauseId null), its dots go back to their voters. Undo restores all.
 * Nothing happens for a moveMeasuresTo without a usable target.
 */
export function deleteCause(
  doc: WorkshopDoc,
  causeId: string,
  deletion: CauseDeletion,
  ctx: EditContext,
): AnyRecord[] {
  const cause = liveCause(doc, causeId)
  const topic = cause && liveTopic(doc, cause.topicId)
  if (!cause || !topic) return []
  const children = siblings(doc, topic.id, cause.id)
  const deleting = new Set([
    cause.id,
    ...(deletion.subCauses === 'delete' ? causeDescendants(doc, cause.id).map((c) => c.id) : []),
  ])
  let target: string | null = null
  if (deletion.mode === 'moveMeasuresTo') {
    const candidate =
      deletion.targetCauseId === undefined ? undefined : liveCause(doc, deletion.targetCauseId)
    if (!candidate || candidate.topicId !== topic.id || deleting.has(candidate.id)) return []
    target = candidate.id
  }
  const now = ctx.now()
  const edit = recordEdit(doc)
  for (const id of deleting) {
    const c = doc.causes[id]
    if (c) edit.put(c, { deletedAt: now })
  }
  if (deletion.subCauses !== 'delete') promote(edit, doc, cause, children)
  if (topic.mainCauseId !== null && deleting.has(topic.mainCauseId))
    edit.put(topic, { mainCauseId: null })

  const measures = ofTopic(doc.measures, topic.id).filter(
    (m) => m.causeId !== null && deleting.has(m.causeId),
  )
  const gone = new Set<string>()
  for (const measure of measures) {
    if (deletion.mode === 'deleteMeasures') {
      edit.put(measure, { deletedAt: now })
      gone.add(measure.id)
    } else edit.put(measure, { causeId: target })
  }
  for (const outcome of ofTopic(doc.outcomes, topic.id)) {
    if (outcome.measureId !== null && gone.has(outcome.measureId))
      edit.put(outcome, { measureId: null })
  }
  return edit.records()
}

/**
 * The "why?" causes right under a deleted cause take its place one level up (under its parent,
 * or at the top), in their order, each with its own chain.
 */
function promote(
  edit: ReturnType<typeof recordEdit>,
  doc: WorkshopDoc,
  parent: Cause,
  children: Cause[],
): void {
  if (children.length === 0) return
  const level = causeOutline(doc, parent.topicId)
    .map((line) => line.cause)
    .filter((c) => c.parentId === parent.parentId)
  const sorted = [...children].sort((a, b) => a.order - b.order)
  const sequence = level.flatMap((c) => (c.id === parent.id ? sorted : [c]))
  for (const child of sorted) edit.put(child, { parentId: parent.parentId })
  // The keys of the promoted causes (and of the others if the level had to be renumbered).
  for (const [id, order] of assignOrders(sequence, new Set(sorted.map((c) => c.id)))) {
    const c = doc.causes[id]
    if (c) edit.put(c, { order })
  }
}
