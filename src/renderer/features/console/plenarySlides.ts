import { buildExportDeck } from '../../../shared/export/exportModel'
import type { ExportSection, ExportSlide } from '../../../shared/export/exportTypes'
import { THEME_IDS, type ThemeId } from '../../../shared/model/themes'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'
import { timetableRows } from '../../../shared/ops/timetableOps'
import { plenaryMinutes, timerPlanFromDoc } from '../../../shared/timer/timerPlan'
import { plenaryBack, plenaryNext, type PlenaryState } from '../../../shared/timer/plenaryTimer'
import {
  groupSummary,
  hasNothingToShow,
  shownThemes,
  type GroupSummary,
} from '../../../shared/plenary/groupSummary'
import type { ConsoleData } from './consoleState'
import type { TimerState } from '../../../shared/timer/timerState'
import { timerView } from '../../../shared/timer/timerView'

/**
 * The slides of the 全体共有 and the group overview. In the 全体共有 a group shows one summary
 * slide (タネ → 主たる原因 → 対策 → 伝え方, shared/plenary/groupSummary.ts) and, when chosen, its
 * theme slides read from the export model (the same slides as the PPTX and the PDF; a theme with
 * nothing in it has none). Pure: the console, the projector window and the tests agree.
 */

/** One slide with the section (group and theme) it belongs to. */
export interface GroupSlide {
  section: ExportSection
  slide: ExportSlide
}

/**
 * The themes the plenary shows: those the timetable has a グループワーク row for, in theme
 * order (試行② 半日 may drop one); all three when the timetable names none. Both windows derive
 * it from the document, so the console and the projector always show the same slide.
 */
export function plenaryThemes(doc: WorkshopDoc): ThemeId[] {
  const used = new Set(
    timetableRows(doc)
      .filter((r) => r.kind === 'theme' && r.themeId !== null)
      .map((r) => r.themeId),
  )
  const themes = THEME_IDS.filter((t) => used.has(t))
  return themes.length > 0 ? themes : [...THEME_IDS]
}

/** A group's slides for the themes, theme by theme (an empty theme has its 「記入なし」 slide). */
export function groupSlides(
  doc: WorkshopDoc,
  groupId: string,
  themes: readonly ThemeId[],
): GroupSlide[] {
  const deck = buildExportDeck(doc, { groupIds: [groupId], themes })
  return deck.sections.flatMap((section) => section.slides.map((slide) => ({ section, slide })))
}

/** One thing a group shows in the 全体共有: its summary slide, or one of its theme slides. */
export type PlenaryItem =
  | { kind: 'summary'; key: string; summary: GroupSummary }
  | ({ kind: 'slide'; key: string } & GroupSlide)

/**
 * What a group shows, in order: the summary slide, then the slides of the themes chosen for it
 * (PlenaryState.extraThemes; none by default, see shownThemes) that the timetable runs.
 */
export function groupItems(
  doc: WorkshopDoc,
  groupId: string,
  themes: readonly ThemeId[],
  state: PlenaryState | null,
): PlenaryItem[] {
  const summary = groupSummary(doc, groupId)
  const extra = shownThemes(summary, state?.extraThemes?.[groupId]).filter((t) =>
    themes.includes(t),
  )
  const slides =
    extra.length === 0
      ? []
      : buildExportDeck(doc, { groupIds: [groupId], themes: extra, leaveOutEmpty: true }).sections
  return [
    { kind: 'summary', key: `summary:${groupId}`, summary },
    ...slides.flatMap((section) =>
      section.slides.map((slide): PlenaryItem => ({
        kind: 'slide',
        key: slide.key,
        section,
        slide,
      })),
    ),
  ]
}

/**
 * The groups that present, in the order given: groups with nothing on any board are left out
 * (listed as `skipped`), so the room never watches an empty slide.
 */
export function presentingGroups(
  doc: WorkshopDoc,
  groupIds: readonly string[],
): { order: string[]; skipped: string[] } {
  const order: string[] = []
  const skipped: string[] = []
  for (const id of groupIds) {
    if (hasNothingToShow(groupSummary(doc, id))) skipped.push(id)
    else order.push(id)
  }
  return { order, skipped }
}

/** The slide index to show, kept inside the group's slides. */
export function clampSlide(index: number, count: number): number {
  if (count <= 0) return 0
  return Math.min(Math.max(0, Math.trunc(index)), count - 1)
}

/**
 * How much a section holds: テーマ1 notes (each once, multi-scene notes counted at their primary
 * place), テーマ2 causes, countermeasures and outcomes, テーマ3 canvas notes and Q&A. Read from
 * the slides, so it counts what the plenary shows.
 */
export function sectionItemCount(section: ExportSection): number {
  const ids = new Set<string>()
  for (const slide of section.slides) {
    if (slide.kind === 'theme1') {
      for (const block of slide.blocks)
        for (const cluster of block.clusters) {
          if (cluster.head && !cluster.head.isSecondary) ids.add(cluster.head.id)
          for (const child of cluster.children) ids.add(child.id)
        }
    } else if (slide.kind === 'theme2Topic') {
      for (const block of slide.blocks) {
        if (block.type === 'causes') for (const c of block.causes) ids.add(c.id)
        if (block.type === 'measures') for (const m of block.measures) ids.add(m.id)
        if (block.type === 'outcomes') for (const o of block.outcomes) ids.add(o.id)
      }
    } else if (slide.kind === 'theme3Canvas') {
      for (const block of slide.blocks) {
        if (block.type === 'canvasArea') for (const n of block.notes) ids.add(n.id)
        if (block.type === 'qa') for (const q of block.qas) ids.add(q.id)
      }
    }
  }
  return ids.size
}

export const THEME_NAMES: Record<ThemeId, string> = {
  theme1: 'テーマ1',
  theme2: 'テーマ2',
  theme3: 'テーマ3',
}

/** The theme of the timetable row running now, else テーマ1. */
export function timerThemeId(doc: WorkshopDoc | null, timer: TimerState, nowMs: number): ThemeId {
  if (!doc) return 'theme1'
  try {
    return timerView(timer, timerPlanFromDoc(doc), nowMs).current?.row.themeId ?? 'theme1'
  } catch {
    return 'theme1'
  }
}

/**
 * The group whose slides are shown: the speaking group; before the start the first in the order
 * (the facilitator can check its slides); after the last group none.
 */
export function shownGroupId(state: PlenaryState | null): string | null {
  if (!state) return null
  if (state.index < 0) return state.order[0] ?? null
  return state.order[state.index] ?? null
}

/** The 全体共有 minutes of the workshop's timetable (0 when it has no such row). */
export function plenaryTotalMinutes(doc: WorkshopDoc | null): number {
  return doc ? (plenaryMinutes(timetableRows(doc)) ?? 0) : 0
}

/**
 * One step of the plenary: a slide forward or back (the summary, then the chosen theme slides),
 * across groups (pure, for the tests too).
 */
export function stepPlenary(
  data: ConsoleData,
  doc: WorkshopDoc,
  direction: 1 | -1,
  nowMs: number,
): ConsoleData {
  const state = data.plenary
  if (!state) return data
  const themes = plenaryThemes(doc)
  const groupId = shownGroupId(state)
  const count = groupId ? groupItems(doc, groupId, themes, state).length : 0
  const slide = clampSlide(data.plenarySlide, count)
  if (direction === 1) {
    if (slide < count - 1) return { ...data, plenarySlide: slide + 1 }
    // The last slide of the group: the next group speaks (from before the start: the second).
    if (state.index >= state.order.length - 1) return data
    const from = state.index < 0 ? plenaryNext(state, nowMs) : state
    return { ...data, plenary: plenaryNext(from, nowMs), plenarySlide: 0 }
  }
  if (slide > 0) return { ...data, plenarySlide: slide - 1 }
  if (state.index <= 0) return data
  const back = plenaryBack(state, nowMs)
  const previous = shownGroupId(back)
  const last = previous ? groupItems(doc, previous, themes, back).length - 1 : 0
  return { ...data, plenary: back, plenarySlide: Math.max(0, last) }
}
