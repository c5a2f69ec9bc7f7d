import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'

/**
 * What a workshop holds, group by group and theme by theme: what the restore confirmation shows
 * for the backup beside the workshop as it is now, so the facilitator sees what comes back and
 * what goes before restoring.
 */
export interface GroupCounts {
  /** テーマ1: notes (手元用 and 見出し) and those marked タネ. */
  notes: number
  tane: number
  /** テーマ2: topics (地域課題), causes (なぜ？ included), countermeasures, 期待値・指標. */
  topics: number
  causes: number
  measures: number
  outcomes: number
  /** テーマ3: canvases, their notes, the questions and answers, 伝達シート parts edited. */
  canvases: number
  canvasNotes: number
  questions: number
  briefEdits: number
}

export interface GroupSummary {
  groupId: string
  name: string
  counts: GroupCounts
}

export interface WorkshopSummary {
  groups: GroupSummary[]
  /** Timetable rows. */
  rows: number
}

export const EMPTY_COUNTS: GroupCounts = {
  notes: 0,
  tane: 0,
  topics: 0,
  causes: 0,
  measures: 0,
  outcomes: 0,
  canvases: 0,
  canvasNotes: 0,
  questions: 0,
  briefEdits: 0,
}

/** The counts of every live group, in the groups' order. */
export function workshopSummary(doc: WorkshopDoc): WorkshopSummary {
  const groupOfBoard = new Map<string, string>()
  for (const board of live(doc.boards)) groupOfBoard.set(board.id, board.groupId)
  const counts = new Map<string, GroupCounts>()
  const add = (boardId: string, key: keyof GroupCounts, amount = 1): void => {
    const groupId = groupOfBoard.get(boardId)
    if (groupId === undefined) return
    const current = counts.get(groupId) ?? { ...EMPTY_COUNTS }
    current[key] += amount
    counts.set(groupId, current)
  }
  for (const note of live(doc.notes)) {
    add(note.boardId, 'notes')
    if (note.tane) add(note.boardId, 'tane')
  }
  for (const topic of live(doc.topics)) add(topic.boardId, 'topics')
  for (const cause of live(doc.causes)) add(cause.boardId, 'causes')
  for (const measure of live(doc.measures)) add(measure.boardId, 'measures')
  for (const outcome of live(doc.outcomes)) add(outcome.boardId, 'outcomes')
  for (const canvas of live(doc.canvases)) {
    add(canvas.boardId, 'canvases')
    const edited = Object.values(canvas.brief).filter((part) => part !== null).length
    if (edited > 0) add(canvas.boardId, 'briefEdits', edited)
  }
  for (const note of live(doc.canvasNotes)) add(note.boardId, 'canvasNotes')
  for (const qa of live(doc.canvasQas)) add(qa.boardId, 'questions')
  return {
    groups: live(doc.groups)
      .sort(byOrder)
      .map((group) => ({
        groupId: group.id,
        name: group.name,
        counts: counts.get(group.id) ?? { ...EMPTY_COUNTS },
      })),
    rows: live(doc.rows).length,
  }
}

/** One line per group for the confirmation: the backup's counts beside the current ones. */
export interface GroupComparison {
  groupId: string
  name: string
  /** null: the group is not in the backup (restoring removes it). */
  backup: GroupCounts | null
  /** null: the group is not in the workshop now (restoring brings it back). */
  current: GroupCounts | null
}

/** The backup's groups in their order, then the groups only the workshop has now. */
export function compareSummaries(
  backup: WorkshopSummary,
  current: WorkshopSummary,
): GroupComparison[] {
  const now = new Map(current.groups.map((group) => [group.groupId, group]))
  const lines: GroupComparison[] = backup.groups.map((group) => ({
    groupId: group.groupId,
    name: group.name,
    backup: group.counts,
    current: now.get(group.groupId)?.counts ?? null,
  }))
  const inBackup = new Set(backup.groups.map((group) => group.groupId))
  for (const group of current.groups) {
    if (inBackup.has(group.groupId)) continue
    lines.push({ groupId: group.groupId, name: group.name, backup: null, current: group.counts })
  }
  return lines
}
