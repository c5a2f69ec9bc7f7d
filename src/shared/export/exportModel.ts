import { THEME_IDS, type ThemeId } from '../model/themes'
import type { Group } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { cardFor, cardTitleLine } from '../templates/themeCards'
import { EMPTY_THEME_TEXT } from './exportLabels'
import type {
  ExportDeck,
  ExportGroupCover,
  ExportReview,
  ExportSection,
  ExportSlide,
  LeftOutGroup,
  SlideDraft,
} from './exportTypes'
import { groupCover } from './groupCover'
import { formatJapaneseDate } from './japaneseDate'
import { normalizeCapacity, type ExportCapacity } from './textSize'
import { theme1Slides } from './theme1Export'
import { theme2Slides } from './theme2Export'
import { theme3Slides } from './theme3Export'
import { xmlSafeDeep } from '../text/xmlSafeText'
import { buildSharedBoard } from '../plenary/sharedBoardRows'
import { buildSummaryDeck, sharedBoardSummaryPages } from '../plenary/summaryDeck'
import type { SummaryPage } from '../plenary/summaryDeck'
import { COMMENTATOR_ROLE_LABELS, groupReviewers, groupReviewTexts } from '../plenary/reviewOps'

/**
 * buildExportDeck: a workshop as a title and, per group and theme, the slides to show. Pure and
 * deterministic (same doc and options, same deck), so the plenary view, the PPTX and the PDF
 * built from it agree. Deleted records never appear: everything is read through the live
 * queries the boards use.
 */

export interface ExportFilter {
  /** Groups to export (default: every live group). Kept in the workshop's order; unknown or
   * deleted ids are ignored. */
  groupIds?: readonly string[]
  /** Themes to export (default: all three), always in テーマ1, 2, 3 order. */
  themes?: readonly ThemeId[]
}

export interface ExportOptions extends ExportFilter {
  /** Room per slide or page; default EXPORT_CAPACITIES.slide16x9. */
  capacity?: Partial<ExportCapacity>
  /**
   * Leave out groups none of whose chosen themes holds anything (they are listed in
   * `deck.leftOut`), and in the other groups the themes with nothing (their cover says so).
   * Default false: every group and theme, an empty theme as one 「（記入なし）」 slide.
   */
  leaveOutEmpty?: boolean
  /** A cover per group: members with 司会・書記 and what each theme holds. Default false. */
  covers?: boolean
  /** The 問1-問5 worksheet page of every テーマ2 topic. Default false. */
  worksheets?: boolean
  /** The 共有用ボード of the exported groups after their slides. Default false. */
  sharedBoard?: boolean
  /**
   * The 総括 deck after the groups' slides (目的の再確認, 本日の振り返り: the 共有用ボード of the
   * exported groups, 実際の例). Default false; with it, `sharedBoard` adds nothing more.
   */
  summary?: boolean
}

/** The 総括 or the 共有用ボード pages an export asks for (none by default). */
function summaryPages(doc: WorkshopDoc, options: ExportOptions): SummaryPage[] {
  if (options.summary !== true && options.sharedBoard !== true) return []
  const board = buildSharedBoard(doc, options.groupIds)
  return options.summary === true ? buildSummaryDeck(doc, board) : sharedBoardSummaryPages(board)
}

/** The live groups to export, in the workshop's order. */
export function exportGroups(doc: WorkshopDoc, filter: ExportFilter = {}): Group[] {
  const groups = workshopGroups(doc)
  if (filter.groupIds === undefined) return groups
  const wanted = new Set(filter.groupIds)
  return groups.filter((g) => wanted.has(g.id))
}

/** The themes to export, in theme order. */
export function exportThemes(filter: ExportFilter = {}): ThemeId[] {
  if (filter.themes === undefined) return [...THEME_IDS]
  const wanted = new Set(filter.themes)
  return THEME_IDS.filter((t) => wanted.has(t))
}

const THEME_NAMES: Record<ThemeId, string> = {
  theme1: 'テーマ1',
  theme2: 'テーマ2',
  theme3: 'テーマ3',
}

/** The theme's slides; none when the group has filled nothing in. */
function contentDrafts(
  doc: WorkshopDoc,
  group: Group,
  themeId: ThemeId,
  capacity: ExportCapacity,
  options: ExportOptions,
): SlideDraft[] {
  const board = boardOf(doc, group.id, themeId)
  const keyBase = `${group.id}:${themeId}`
  if (!board) return []
  if (themeId === 'theme1') return theme1Slides(doc, board.id, capacity, keyBase)
  if (themeId === 'theme2') return theme2Slides(doc, board.id, capacity, keyBase, options)
  return theme3Slides(doc, board.id, capacity, keyBase)
}

/** An empty theme's one slide: the plenary sees that the group has nothing yet. */
function emptyDraft(group: Group, themeId: ThemeId): SlideDraft {
  return {
    kind: 'empty',
    key: `${group.id}:${themeId}:empty`,
    title: THEME_NAMES[themeId],
    continued: false,
    overflow: false,
    message: EMPTY_THEME_TEXT,
  }
}

function numbered(drafts: readonly SlideDraft[]): ExportSlide[] {
  const total = drafts.length
  return drafts.map((draft, i) => ({ ...draft, index: { n: i + 1, total } }))
}

export function buildExportDeck(doc: WorkshopDoc, options: ExportOptions = {}): ExportDeck {
  const capacity = normalizeCapacity(options.capacity)
  const themes = exportThemes(options)
  const leaveOut = options.leaveOutEmpty === true
  const sections: ExportSection[] = []
  const covers: ExportGroupCover[] = []
  const leftOut: LeftOutGroup[] = []
  const reviews: ExportReview[] = []
  for (const group of exportGroups(doc, options)) {
    const filled = themes.map((themeId) => ({
      themeId,
      card: cardFor(doc.workshop.variant, themeId),
      drafts: contentDrafts(doc, group, themeId, capacity, options),
    }))
    if (leaveOut && filled.every((f) => f.drafts.length === 0)) {
      leftOut.push({ groupId: group.id, groupName: group.name })
      continue
    }
    if (options.covers === true) {
      covers.push(
        groupCover(
          group,
          filled.map(({ themeId, card, drafts }) => ({
            themeId,
            themeLabel: card.label,
            themeTitle: cardTitleLine(card),
            empty: drafts.length === 0,
          })),
        ),
      )
    }
    const review = exportReview(doc, group.id, group.name)
    if (review) reviews.push(review)
    for (const { themeId, card, drafts } of filled) {
      if (leaveOut && drafts.length === 0) continue
      sections.push({
        key: `${group.id}:${themeId}`,
        groupId: group.id,
        groupName: group.name,
        themeId,
        themeLabel: card.label,
        themeTitle: cardTitleLine(card),
        slides: numbered(drafts.length > 0 ? drafts : [emptyDraft(group, themeId)]),
      })
    }
  }
  // Every writer draws this deck (PPTX, the print view and its PDF): no character XML forbids.
  return xmlSafeDeep({
    title: {
      workshopTitle: doc.workshop.title,
      dateText: formatJapaneseDate(doc.workshop.date),
      venue: doc.workshop.venue,
    },
    sections,
    covers,
    leftOut,
    summary: summaryPages(doc, options),
    reviews,
  })
}

/** A group's 講評メモ for the exports, or null when it has none. */
export function exportReview(
  doc: WorkshopDoc,
  groupId: string,
  groupName: string,
): ExportReview | null {
  const texts = groupReviewTexts(doc, groupId)
  if (texts.length === 0) return null
  return {
    key: `review:${groupId}`,
    groupId,
    groupName,
    texts,
    commentators: groupReviewers(doc, groupId).map(
      (c) => `${c.name}（${COMMENTATOR_ROLE_LABELS[c.role]}）`,
    ),
  }
}
