import type { Group, Theme2Preset, Topic } from '../model/schemas'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { TRIAL2_PRESET_TOPICS } from '../theme2/presets'
import { boardTopics, topicView } from '../theme2/theme2Queries'
import { liveCause } from '../theme2/theme2Edit'
import {
  boardCanvases,
  canvasAreaNotes,
  canvasNoteText,
  canvasView,
  compareByOrder,
} from '../theme3/theme3Queries'

/**
 * The 共有用ボード (issue 19 p1): one view across all tables, a row per group with its 地域課題,
 * ★主たる原因 and 採用 countermeasures, as 試行② copied each table's four outputs onto a
 * whiteboard (「その検討結果（入退院支援２つ、看取りは自宅と自宅外の２つの計４つ）をホワイトボード
 * に記載して共有した」, L5178-5181). Pure and read live from the doc: the projector, the export
 * and the plenary's per-group summary slide (タネ → 主たる原因 → 対策 → 伝え方) draw from it.
 */

/** Where an issue's 地域課題 text comes from. */
export type IssueSource =
  /** The テーマ2 topic's one-line 地域課題 statement. */
  | 'statement'
  /** The title a テーマ3 canvas gives it (typed there, or the canvas's own wording). */
  | 'canvas'
  /** No statement yet: the topic's 問1 テーマ (or its タネ's text), shown as such. */
  | 'topicTitle'

/** One 地域課題 of a group with what the table decided about it. */
export interface SharedIssue {
  /** `topic:<id>` or `canvas:<id>`: stable while the records live. */
  key: string
  topicId: string | null
  canvasId: string | null
  /** The 試行② preset topic it fills, if any. */
  preset: Theme2Preset | null
  /** The topic's short tag (「入退院支援①」…) or ''. */
  label: string
  /** The 地域課題 as the board shows it ('' when the table has not worded anything yet). */
  issue: string
  issueSource: IssueSource
  /** The テーマ1 タネ the topic was picked from (its live text), or null. */
  tane: string | null
  /** ★主たる原因 ('' when not chosen). */
  mainCause: string
  /** The 採用 countermeasures (step ⑤), in the topic's order, with 誰に when given. */
  measures: SharedMeasure[]
  /** 伝え方・共有の方法 of the topic's テーマ3 canvas(es), in area order. */
  share: string[]
}

export interface SharedMeasure {
  id: string
  text: string
  /** 誰に対する対策 ('' when not given). */
  target: string
}

export interface SharedBoardRow {
  groupId: string
  groupName: string
  /** The group's 司会 (the presenter in 試行①②), '' when not chosen. */
  moderator: string
  /** Every 地域課題 of the group, テーマ2 topics first (board order), then typed canvases. */
  issues: SharedIssue[]
  /**
   * For a 試行② workshop: one cell per preset column (null: the table has nothing there), and
   * the group's other issues in `others`. For other workshops: empty.
   */
  cells: (SharedIssue | null)[]
  others: SharedIssue[]
}

export interface SharedBoardColumn {
  preset: Theme2Preset
  label: { ja: string; en: string }
}

export interface SharedBoard {
  /** 'presets': 試行② (半日) columns like the report's whiteboard; 'issues': a list per group. */
  layout: 'presets' | 'issues'
  columns: SharedBoardColumn[]
  rows: SharedBoardRow[]
  /** Some group has an issue outside the preset columns (the board shows a 「その他」 column). */
  hasOthers: boolean
}

function moderatorName(group: Group): string {
  return group.members.find((m) => m.id === group.moderatorId)?.name ?? ''
}

function topicIssue(doc: WorkshopDoc, topic: Topic, canvasTitle: string): SharedIssue {
  const view = topicView(doc, topic)
  const statement = topic.statement.trim()
  const [issue, issueSource]: [string, IssueSource] =
    statement !== ''
      ? [topic.statement, 'statement']
      : canvasTitle !== ''
        ? [canvasTitle, 'canvas']
        : [view.title, 'topicTitle']
  const main = topic.mainCauseId === null ? undefined : liveCause(doc, topic.mainCauseId)
  const measures = live(doc.measures)
    .filter((m) => m.topicId === topic.id && m.chosen && m.text.trim() !== '')
    .sort(compareByOrder)
    .map((m) => ({ id: m.id, text: m.text, target: m.target }))
  return {
    key: `topic:${topic.id}`,
    topicId: topic.id,
    canvasId: null,
    preset: topic.preset,
    label: topic.label,
    issue,
    issueSource,
    tane: view.source === 'typed' ? null : view.taneText,
    mainCause: main && main.topicId === topic.id ? main.text : '',
    measures,
    share: [],
  }
}

function shareTexts(doc: WorkshopDoc, canvasId: string): string[] {
  return canvasAreaNotes(doc, canvasId)
    .share.map((n) => canvasNoteText(doc, n))
    .filter((t) => t.trim() !== '')
}

function hasContent(issue: SharedIssue): boolean {
  return (
    issue.issue.trim() !== '' ||
    issue.mainCause.trim() !== '' ||
    issue.measures.length > 0 ||
    issue.share.length > 0
  )
}

/** A group's 地域課題: its テーマ2 topics (with their canvases), then canvases typed on テーマ3. */
export function groupIssues(doc: WorkshopDoc, groupId: string): SharedIssue[] {
  const theme2 = boardOf(doc, groupId, 'theme2')
  const theme3 = boardOf(doc, groupId, 'theme3')
  const topics = theme2 ? boardTopics(doc, theme2.id) : []
  const canvases = theme3 ? boardCanvases(doc, theme3.id) : []
  const topicIds = new Set(topics.map((t) => t.id))
  const issues: SharedIssue[] = []
  for (const topic of topics) {
    const linked = canvases.filter((c) => c.sourceTopicId === topic.id)
    const canvasTitle = linked.find((c) => c.title.trim() !== '')?.title ?? ''
    const issue = topicIssue(doc, topic, canvasTitle)
    issue.canvasId = linked[0]?.id ?? null
    issue.share = linked.flatMap((c) => shareTexts(doc, c.id))
    if (hasContent(issue)) issues.push(issue)
  }
  for (const canvas of canvases) {
    // A canvas about a topic of this group is that topic's row; the others stand on their own.
    if (canvas.sourceTopicId !== null && topicIds.has(canvas.sourceTopicId)) continue
    const view = canvasView(doc, canvas)
    const issue: SharedIssue = {
      key: `canvas:${canvas.id}`,
      topicId: null,
      canvasId: canvas.id,
      preset: null,
      label: '',
      issue: view.title,
      issueSource: 'canvas',
      tane: view.taneText,
      mainCause: '',
      measures: [],
      share: shareTexts(doc, canvas.id),
    }
    if (hasContent(issue)) issues.push(issue)
  }
  return issues
}

/**
 * The 共有用ボード of a workshop: every live group in the workshop's order (or those of
 * `groupIds`, as an export chooses them).
 */
export function buildSharedBoard(doc: WorkshopDoc, groupIds?: readonly string[]): SharedBoard {
  const presets = doc.workshop.variant === 'halfDay'
  const columns: SharedBoardColumn[] = presets
    ? TRIAL2_PRESET_TOPICS.map((p) => ({ preset: p.preset, label: p.label }))
    : []
  const wanted = groupIds === undefined ? null : new Set(groupIds)
  const groups = workshopGroups(doc).filter((g) => wanted === null || wanted.has(g.id))
  const rows = groups.map((group): SharedBoardRow => {
    const issues = groupIssues(doc, group.id)
    const cells = columns.map((c) => issues.find((i) => i.preset === c.preset) ?? null)
    const placed = new Set(cells.filter((c) => c !== null).map((c) => c.key))
    return {
      groupId: group.id,
      groupName: group.name,
      moderator: moderatorName(group),
      issues,
      cells,
      others: presets ? issues.filter((i) => !placed.has(i.key)) : [],
    }
  })
  return {
    layout: presets ? 'presets' : 'issues',
    columns,
    rows,
    hasOthers: rows.some((r) => r.others.length > 0),
  }
}
