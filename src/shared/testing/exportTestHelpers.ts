import type { EditContext } from '../model/context'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { fakeContext } from './fakeContext'
import { canvasNoteText } from '../theme3/theme3Queries'
import type { ExportDeck, ExportSlide, Theme1Note } from '../export/exportTypes'

/**
 * Walks over export decks for tests: every string a slide holds, the テーマ1 notes in slide
 * order, the texts every live record should show. Imported only by tests.
 */

/** Every string value in a value (objects and arrays walked), in order. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

export function deckSlides(deck: ExportDeck): ExportSlide[] {
  return deck.sections.flatMap((s) => s.slides)
}

/** The テーマ1 notes of slides in reading order, secondary appearances left out. */
export function theme1Notes(slides: readonly ExportSlide[]): Theme1Note[] {
  const notes: Theme1Note[] = []
  for (const slide of slides) {
    if (slide.kind !== 'theme1') continue
    for (const block of slide.blocks) {
      for (const cluster of block.clusters) {
        if (cluster.head && !cluster.head.isSecondary) notes.push(cluster.head)
        notes.push(...cluster.children)
      }
    }
  }
  return notes
}

/** Ids of the items of テーマ2 and テーマ3 slides (causes, measures, outcomes, canvas notes, Q&A). */
export function itemIds(slides: readonly ExportSlide[]): string[] {
  const ids: string[] = []
  for (const slide of slides) {
    if (slide.kind === 'theme2Topic') {
      for (const block of slide.blocks) {
        if (block.type === 'causes') ids.push(...block.causes.map((c) => c.id))
        if (block.type === 'measures') ids.push(...block.measures.map((m) => m.id))
        if (block.type === 'outcomes') ids.push(...block.outcomes.map((o) => o.id))
      }
    }
    if (slide.kind === 'theme3Canvas') {
      for (const block of slide.blocks) {
        if (block.type === 'canvasArea') ids.push(...block.notes.map((n) => n.id))
        if (block.type === 'qa') ids.push(...block.qas.map((q) => q.id))
      }
    }
  }
  return ids
}

/** The texts of every live note-like record of live groups (what an export must show). */
export function liveTexts(doc: WorkshopDoc): string[] {
  const liveBoards = new Set(
    live(doc.boards)
      .filter((b) => doc.groups[b.groupId]?.deletedAt === null)
      .map((b) => b.id),
  )
  const onBoard = <T extends { boardId: string; deletedAt: string | null }>(
    map: Record<string, T>,
  ) => live(map).filter((r) => liveBoards.has(r.boardId))
  return [
    ...onBoard(doc.notes).map((n) => n.text),
    ...onBoard(doc.causes).map((c) => c.text),
    ...onBoard(doc.measures).flatMap((m) => [m.text, m.target]),
    ...onBoard(doc.outcomes).flatMap((o) => [o.expectation, o.indicator]),
    ...onBoard(doc.topics).flatMap((t) => [t.goal, t.statement]),
    ...onBoard(doc.canvasNotes).map((n) => canvasNoteText(doc, n)),
    ...onBoard(doc.canvasQas).flatMap((q) => [q.question, q.answer]),
  ].filter((t) => t !== '')
}

/**
 * A context for edits made after a doc was built: its ids ('later-id-1', …) cannot collide with
 * the ids fakeContext gave the doc, and its clock runs later.
 */
export function laterContext(): EditContext {
  const base = fakeContext('2030-01-01T00:00:00.000Z')
  return { now: () => base.now(), newId: () => `later-${base.newId()}`, editorId: base.editorId }
}
