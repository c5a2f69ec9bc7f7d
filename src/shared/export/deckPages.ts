import type { SummaryPage } from '../plenary/summaryDeck'
import type {
  ExportDeck,
  ExportGroupCover,
  ExportReview,
  ExportSection,
  ExportSlide,
} from './exportTypes'

/** A page of a document made from the deck: a group's cover, or a slide of a section. */
export type DeckPage =
  | { kind: 'cover'; key: string; cover: ExportGroupCover }
  | { kind: 'slide'; key: string; section: ExportSection; slide: ExportSlide }
  | { kind: 'summary'; key: string; page: SummaryPage }
  | { kind: 'review'; key: string; review: ExportReview }

/**
 * Every page in reading order: per group its cover (when the deck has covers), then the slides of
 * its sections, then its 講評メモ (when it has one); then the 総括 (or the 共有用ボード) when
 * asked. The PDF and the PPTX both page through this, so they agree.
 */
export function deckPages(deck: ExportDeck): DeckPage[] {
  const covers = new Map(deck.covers.map((c) => [c.groupId, c]))
  const pages: DeckPage[] = []
  const covered = new Set<string>()
  const addCover = (groupId: string) => {
    const cover = covers.get(groupId)
    if (!cover || covered.has(groupId)) return
    covered.add(groupId)
    pages.push({ kind: 'cover', key: cover.key, cover })
  }
  const reviews = new Map((deck.reviews ?? []).map((r) => [r.groupId, r]))
  deck.sections.forEach((section, i) => {
    addCover(section.groupId)
    for (const slide of section.slides) {
      pages.push({ kind: 'slide', key: slide.key, section, slide })
    }
    const review = reviews.get(section.groupId)
    if (review && deck.sections[i + 1]?.groupId !== section.groupId) {
      pages.push({ kind: 'review', key: review.key, review })
    }
  })
  for (const page of deck.summary ?? []) pages.push({ kind: 'summary', key: page.key, page })
  return pages
}
