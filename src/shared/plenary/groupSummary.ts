import { topicContent, mainCauseText } from '../export/theme2Export'
import type { ThemeId } from '../model/themes'
import { THEME_IDS } from '../model/themes'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf } from '../ops/groupOps'
import { boardTopics } from '../theme2/theme2Queries'
import { areaNotes, boardCanvases, canvasNoteText, canvasView } from '../theme3/theme3Queries'

/**
 * A group's results on one slide for the 全体共有: per 地域課題 タネ → 主たる原因 → 対策 → 伝え方,
 * read from the same records (and the same export helpers) as the theme slides. A テーマ2 topic
 * gives the タネ (its テーマ), its ★主たる原因 and its 採用 countermeasures; the テーマ3 canvas of
 * that topic gives the 伝え方 (its 「伝え方・共有の方法」 notes). A canvas of its own 地域課題 is a
 * row of its own; without either, the テーマ1 タネ are the rows. Pure.
 */

export interface SummaryRow {
  /** The タネ or 地域課題 as the table worded it. */
  tane: string
  /** The topic's one-line 地域課題 ('' when none). */
  statement: string
  mainCause: string
  /** 採用 countermeasures (all of them while none is 採用 yet). */
  measures: string[]
  /** 伝え方・共有の方法. */
  share: string[]
}

export interface GroupSummary {
  groupId: string
  groupName: string
  /** The group's 司会, who presents; null when none is set. */
  presenter: string | null
  rows: SummaryRow[]
  /** Themes holding anything (notes, topics, canvases), in theme order. */
  themesWithContent: ThemeId[]
}

const nonEmpty = (texts: string[]) => texts.map((t) => t.trim()).filter((t) => t !== '')

/** The group's 司会's name (null: none set, or the member is gone). */
export function presenterOf(doc: WorkshopDoc, groupId: string): string | null {
  const group = doc.groups[groupId]
  if (!group || group.moderatorId === null) return null
  const name = group.members.find((m) => m.id === group.moderatorId)?.name.trim() ?? ''
  return name === '' ? null : name
}

export function groupSummary(doc: WorkshopDoc, groupId: string): GroupSummary {
  const group = doc.groups[groupId]
  const board = (themeId: ThemeId) => boardOf(doc, groupId, themeId)
  const theme1 = board('theme1')
  const theme2 = board('theme2')
  const theme3 = board('theme3')
  const notes = theme1 ? live(doc.notes).filter((n) => n.boardId === theme1.id) : []
  const topics = theme2 ? boardTopics(doc, theme2.id) : []
  const canvases = theme3 ? boardCanvases(doc, theme3.id) : []
  const shareOf = (canvasId: string) =>
    nonEmpty(areaNotes(doc, canvasId, 'share').map((n) => canvasNoteText(doc, n)))

  const rows: SummaryRow[] = topics.map((topic) => {
    const content = topicContent(doc, topic)
    const chosen = content.measures.filter((m) => m.chosen)
    return {
      tane: content.view.title.trim(),
      statement: topic.statement.trim(),
      mainCause: mainCauseText(content).trim(),
      measures: nonEmpty((chosen.length > 0 ? chosen : content.measures).map((m) => m.text)),
      share: canvases.filter((c) => c.sourceTopicId === topic.id).flatMap((c) => shareOf(c.id)),
    }
  })
  const topicIds = new Set(topics.map((t) => t.id))
  for (const canvas of canvases) {
    if (canvas.sourceTopicId !== null && topicIds.has(canvas.sourceTopicId)) continue
    rows.push({
      tane: canvasView(doc, canvas).title.trim(),
      statement: '',
      mainCause: '',
      measures: [],
      share: shareOf(canvas.id),
    })
  }
  if (rows.length === 0) {
    for (const note of notes.filter((n) => n.tane).sort((a, b) => a.order - b.order)) {
      rows.push({ tane: note.text.trim(), statement: '', mainCause: '', measures: [], share: [] })
    }
  }
  const filled = rows.filter(
    (r) =>
      r.tane !== '' ||
      r.statement !== '' ||
      r.mainCause !== '' ||
      r.measures.length > 0 ||
      r.share.length > 0,
  )
  const content: Record<ThemeId, boolean> = {
    theme1: notes.some((n) => n.text.trim() !== ''),
    theme2: topics.length > 0,
    theme3: canvases.length > 0,
  }
  return {
    groupId,
    groupName: group?.name ?? '',
    presenter: presenterOf(doc, groupId),
    rows: filled,
    themesWithContent: THEME_IDS.filter((t) => content[t]),
  }
}

/** A group with nothing to show in the 全体共有 (skipped): no notes, topics or canvases. */
export function hasNothingToShow(summary: GroupSummary): boolean {
  return summary.rows.length === 0 && summary.themesWithContent.length === 0
}

/**
 * The theme slides shown after the summary slide: those chosen for the group; when the summary
 * has no row yet (nothing marked タネ, no topic or canvas), the themes that hold something, so a
 * group is never shown as an empty slide while its boards have content.
 */
export function shownThemes(
  summary: GroupSummary,
  chosen: readonly ThemeId[] | undefined,
): ThemeId[] {
  if (chosen && chosen.length > 0) return THEME_IDS.filter((t) => chosen.includes(t))
  return summary.rows.length === 0 ? [...summary.themesWithContent] : []
}
