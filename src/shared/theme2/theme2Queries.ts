import type { SceneKey } from '../model/scenes'
import type { Board, Cause, Measure, Note, Outcome, Topic } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { liveCause, liveTopic, ofTopic } from './theme2Edit'

/** Read-side of the テーマ2 board: what the map, the worksheet and the projector show. */

/** A live テーマ2 board. */
export function theme2Board(doc: WorkshopDoc, boardId: string): Board | undefined {
  const board = doc.boards[boardId]
  return board && board.deletedAt === null && board.themeId === 'theme2' ? board : undefined
}

/** The live テーマ1 board of the same group as a board. */
export function theme1BoardOf(doc: WorkshopDoc, boardId: string): Board | undefined {
  const groupId = doc.boards[boardId]?.groupId
  return live(doc.boards).find((b) => b.groupId === groupId && b.themeId === 'theme1')
}

/** The live topics of a テーマ2 board in display order. */
export function boardTopics(doc: WorkshopDoc, boardId: string): Topic[] {
  return live(doc.topics)
    .filter((t) => t.boardId === boardId)
    .sort(byOrder)
}

export interface TaneCandidate {
  /** A live テーマ1 note of the group marked タネ. */
  note: Note
  /** Live topics of this board already linked to it (a タネ may feed several topics). */
  topicIds: string[]
}

/** The タネ of the group's テーマ1 board that the table can pick as topics, in note order. */
export function taneCandidates(doc: WorkshopDoc, boardId: string): TaneCandidate[] {
  const theme1 = theme1BoardOf(doc, boardId)
  if (!theme2Board(doc, boardId) || !theme1) return []
  const topics = boardTopics(doc, boardId)
  return live(doc.notes)
    .filter((n) => n.boardId === theme1.id && n.tane)
    .sort(byOrder)
    .map((note) => ({
      note,
      topicIds: topics.filter((t) => t.sourceNoteId === note.id).map((t) => t.id),
    }))
}

/**
 * Where a topic's テーマ comes from:
 * - typed: the table typed it (or it is a 試行② preset);
 * - tane: linked to a live タネ note (shown live);
 * - taneDeleted: the タネ note was deleted on テーマ1; its last text is still shown, marked;
 * - taneMissing: the linked note is not in the doc at all (nothing to show but the title).
 */
export type TopicSource = 'typed' | 'tane' | 'taneDeleted' | 'taneMissing'

export interface TopicView {
  topic: Topic
  /** What 問1 テーマ shows: the topic's own title, else the linked タネ's (last) text. */
  title: string
  source: TopicSource
  /** The linked note's text (live, or its last text when deleted); null when not linked. */
  taneText: string | null
  /** False when the linked note is no longer marked タネ (the link stays). */
  taneMarked: boolean
  /** The linked note's scenes, else the topic's own scene. */
  scenes: SceneKey[]
}

export function topicView(doc: WorkshopDoc, topic: Topic): TopicView {
  const note = topic.sourceNoteId === null ? undefined : doc.notes[topic.sourceNoteId]
  const source: TopicSource =
    topic.sourceNoteId === null
      ? 'typed'
      : note === undefined
        ? 'taneMissing'
        : note.deletedAt === null
          ? 'tane'
          : 'taneDeleted'
  return {
    topic,
    title: topic.title !== '' ? topic.title : (note?.text ?? ''),
    source,
    taneText: note?.text ?? null,
    taneMarked: note?.tane ?? false,
    scenes: note ? [...note.scenes] : topic.scene ? [topic.scene] : [],
  }
}

export interface CauseNode {
  cause: Cause
  /** Its chain of "why?" causes, all levels, in reading order (see causeOutline). */
  children: Cause[]
}

/** One line of a topic's causes: the cause and how many "why?" levels below the top it is. */
export interface CauseLine {
  cause: Cause
  /** 0 for a top-level cause, 1 for a "why?" of it, 2 for a "why?" of that, … */
  depth: number
}

/**
 * The parent each live cause of a topic is shown under, or null for the top level. A parent that
 * is not a live cause of the topic, or a loop of parents (which the ops never make, but a merge
 * of two laptops might), puts the cause at the top: nothing is ever hidden.
 */
function shownParents(causes: readonly Cause[]): Map<string, string | null> {
  const byId = new Map(causes.map((c) => [c.id, c]))
  const shown = new Map<string, string | null>()
  for (const cause of causes) {
    const parentId = cause.parentId !== null && byId.has(cause.parentId) ? cause.parentId : null
    let inLoop = false
    const seen = new Set<string>()
    for (let id = parentId; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
      if (id === cause.id) {
        inLoop = true
        break
      }
      seen.add(id)
    }
    shown.set(cause.id, inLoop ? null : parentId)
  }
  return shown
}

/**
 * The live causes of a topic in reading order: each cause, then its "why?" chain depth first
 * (a "why?" of a "why?" right under it), each with its depth.
 */
export function causeOutline(doc: WorkshopDoc, topicId: string): CauseLine[] {
  const causes = ofTopic(doc.causes, topicId).sort(byOrder)
  const parents = shownParents(causes)
  const childrenOf = new Map<string | null, Cause[]>()
  for (const cause of causes) {
    const parentId = parents.get(cause.id) ?? null
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), cause])
  }
  const lines: CauseLine[] = []
  const visit = (cause: Cause, depth: number) => {
    lines.push({ cause, depth })
    for (const child of childrenOf.get(cause.id) ?? []) visit(child, depth + 1)
  }
  for (const top of childrenOf.get(null) ?? []) visit(top, 0)
  return lines
}

/** How many "why?" levels below the top a live cause is shown (0: top level). */
export function causeDepth(doc: WorkshopDoc, causeId: string): number {
  const cause = liveCause(doc, causeId)
  if (!cause) return 0
  return causeOutline(doc, cause.topicId).find((l) => l.cause.id === causeId)?.depth ?? 0
}

/** The live causes of a topic as top-level causes with their whole "why?" chains. */
export function causeTree(doc: WorkshopDoc, topicId: string): CauseNode[] {
  const nodes: CauseNode[] = []
  for (const line of causeOutline(doc, topicId)) {
    if (line.depth === 0) nodes.push({ cause: line.cause, children: [] })
    else nodes[nodes.length - 1]?.children.push(line.cause)
  }
  return nodes
}

/** The live causes of a topic in reading order (each cause, then its "why?" chain). */
export function topicCauses(doc: WorkshopDoc, topicId: string): Cause[] {
  return causeOutline(doc, topicId).map((line) => line.cause)
}

/** A live cause and all its "why?" causes below it, all levels. */
export function causeDescendants(doc: WorkshopDoc, causeId: string): Cause[] {
  const cause = liveCause(doc, causeId)
  if (!cause) return []
  const outline = causeOutline(doc, cause.topicId)
  const at = outline.findIndex((l) => l.cause.id === causeId)
  if (at < 0) return []
  const depth = outline[at]?.depth ?? 0
  const below: Cause[] = []
  for (const line of outline.slice(at + 1)) {
    if (line.depth <= depth) break
    below.push(line.cause)
  }
  return below
}

/** The live countermeasures of a topic in order. */
export function topicMeasures(doc: WorkshopDoc, topicId: string): Measure[] {
  return ofTopic(doc.measures, topicId).sort(byOrder)
}

/** The live countermeasures attached to a cause, in order. */
export function causeMeasures(doc: WorkshopDoc, causeId: string): Measure[] {
  const cause = liveCause(doc, causeId)
  if (!cause) return []
  return topicMeasures(doc, cause.topicId).filter((m) => m.causeId === causeId)
}

/** The live 期待値/指標 pairs of a topic in order. */
export function topicOutcomes(doc: WorkshopDoc, topicId: string): Outcome[] {
  return ofTopic(doc.outcomes, topicId).sort(byOrder)
}

/** A cause's dots in total. */
export function causeVotes(cause: Pick<Cause, 'votes'>): number {
  return Object.values(cause.votes).reduce((sum, n) => sum + n, 0)
}

/** Dots per live cause of a topic (0 for a cause without any). */
export function voteTotals(doc: WorkshopDoc, topicId: string): Record<string, number> {
  return Object.fromEntries(topicCauses(doc, topicId).map((c) => [c.id, causeVotes(c)]))
}

/** A voter's dots on a cause (own keys only: a voter id is user data). */
export function votesOf(cause: Pick<Cause, 'votes'>, voterId: string): number {
  return Object.hasOwn(cause.votes, voterId) ? (cause.votes[voterId] ?? 0) : 0
}

/** Dots each voter has placed on the topic's live causes. */
export function voterUsage(doc: WorkshopDoc, topicId: string): Map<string, number> {
  const usage = new Map<string, number>()
  for (const cause of ofTopic(doc.causes, topicId)) {
    for (const [voter, n] of Object.entries(cause.votes))
      usage.set(voter, (usage.get(voter) ?? 0) + n)
  }
  return usage
}

/** Dots a voter may still place on the topic (0 when the topic is gone or over the limit). */
export function votesLeft(doc: WorkshopDoc, topicId: string, voterId: string): number {
  const topic = liveTopic(doc, topicId)
  if (!topic) return 0
  return Math.max(0, topic.votesPerPerson - (voterUsage(doc, topicId).get(voterId) ?? 0))
}

/** An anonymous voter (a seat at the table, for groups without member names). */
export function seatVoterId(seat: number): string {
  return `seat-${seat}`
}

/** What deleting a cause touches: the UI asks about measures, warns about the rest. */
export interface CauseDeletionImpact {
  /** Live countermeasures attached to the cause. */
  measures: number
  /** Live "why?" causes below it (all levels), and the countermeasures attached to them. */
  subCauses: number
  subCauseMeasures: number
  /** Dots on the cause (they go back to their voters). */
  votes: number
  isMainCause: boolean
}

export function causeDeletionImpact(doc: WorkshopDoc, causeId: string): CauseDeletionImpact {
  const cause = liveCause(doc, causeId)
  if (!cause)
    return { measures: 0, subCauses: 0, subCauseMeasures: 0, votes: 0, isMainCause: false }
  const below = causeDescendants(doc, causeId)
  const belowIds = new Set(below.map((c) => c.id))
  const measures = ofTopic(doc.measures, cause.topicId)
  return {
    measures: measures.filter((m) => m.causeId === causeId).length,
    subCauses: below.length,
    subCauseMeasures: measures.filter((m) => m.causeId !== null && belowIds.has(m.causeId)).length,
    votes: causeVotes(cause),
    isMainCause: liveTopic(doc, cause.topicId)?.mainCauseId === causeId,
  }
}
