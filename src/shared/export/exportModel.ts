import { THEME_IDS, type ThemeId } from '../model/themes'
import type { Group } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { boardOf, workshopGroups } from '../ops/groupOps'
import { cardFor, cardTitleLine } from '../templates/themeCards'
import { EMPTY_THEME_TEXT } from './exportLabels'
import type { ExportDeck, ExportSection, ExportSlide, SlideDraft } from './exportTypes'
import { formatJapaneseDate } from './japaneseDate'
import { normalizeCapacity, type ExportCapacity } from './textSize'
import { theme1Slides } from './theme1Export'
import { theme2Slides } from './theme2Export'
import { theme3Slides } from './theme3Export'
import { xmlSafeDeep } from '../text/xmlSafeText'

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

function themeDrafts(
  doc: WorkshopDoc,
  group: Group,
  themeId: ThemeId,
  capacity: ExportCapacity,
): SlideDraft[] {
  const board = boardOf(doc, group.id, themeId)
  const keyBase = `${group.id}:${themeId}`
  const drafts = !board
    ? []
    : themeId === 'theme1'
      ? theme1Slides(doc, board.id, capacity, keyBase)
      : themeId === 'theme2'
        ? theme2Slides(doc, board.id, capacity, keyBase)
        : theme3Slides(doc, board.id, capacity, keyBase)
  if (drafts.length > 0) return drafts
  // An empty theme still gets a slide: the plenary sees that the group has nothing yet.
  return [
    {
      kind: 'empty',
      key: `${keyBase}:empty`,
      title: THEME_NAMES[themeId],
      continued: false,
      overflow: false,
      message: EMPTY_THEME_TEXT,
    },
  ]
}

function numbered(drafts: readonly SlideDraft[]): ExportSlide[] {
  const total = drafts.length
  return drafts.map((draft, i) => ({ ...draft, index: { n: i + 1, total } }))
}

export function buildExportDeck(doc: WorkshopDoc, options: ExportOptions = {}): ExportDeck {
  const capacity = normalizeCapacity(options.capacity)
  const themes = exportThemes(options)
  const sections: ExportSection[] = []
  for (const group of exportGroups(doc, options)) {
    for (const themeId of themes) {
      const card = cardFor(doc.workshop.variant, themeId)
      sections.push({
        key: `${group.id}:${themeId}`,
        groupId: group.id,
        groupName: group.name,
        themeId,
        themeLabel: card.label,
        themeTitle: cardTitleLine(card),
        slides: numbered(themeDrafts(doc, group, themeId, capacity)),
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
  })
}
