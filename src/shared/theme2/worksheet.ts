import type { EditContext } from '../model/context'
import type { AnyRecord, Cause, Measure } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addCause, setMainCause, updateCause } from './causeOps'
import { addMeasure, addOutcome, updateMeasure, updateOutcome } from './measureOps'
import { liveTopic } from './theme2Edit'
import {
  causeVotes,
  topicCauses,
  topicMeasures,
  topicOutcomes,
  topicView,
  type TopicSource,
} from './theme2Queries'
import { updateTopic } from './topicOps'

/**
 * The 問1-問5 worksheet (埼玉県立大学, digest §3.4) as a view of a topic, editable like the map:
 * テーマ / 目指す姿 / 原因1-4 and 最も大きな原因 / 対策1-3 with 対象 / 期待値1-3 with 指標.
 *
 * - 原因1-4: the topic's causes other than the main cause (which has its own row, as in the
 *   稲城市 example where the 根本原因 is not one of 原因1-4), by dots (most first), then top-level
 *   causes before "why?" sub-causes, then in map order. The sheet holds 4; `moreCauses` counts
 *   the rest.
 * - 対策1-3: chosen countermeasures first, then the others, each in order; `moreMeasures`.
 * - 期待値1-3: in order; `moreOutcomes`.
 * Editing a filled row edits its record; typing into an empty row creates one (it appears in the
 * first empty row). Clearing a row's text keeps the record (delete on the map: nothing is lost).
 */

export const WORKSHEET_ROWS = { causes: 4, measures: 3, outcomes: 3 } as const

export interface WorksheetCause {
  causeId: string | null
  text: string
  votes: number
  /** A "why?" sub-cause (the UI may show which cause it answers). */
  parentId: string | null
}

export interface WorksheetMeasure {
  measureId: string | null
  /** 対策の内容 */
  text: string
  /** 誰に対する対策 */
  target: string
  chosen: boolean
}

export interface WorksheetOutcome {
  outcomeId: string | null
  /** 何がどうなることを期待しますか？ */
  expectation: string
  /** 何の指標で測る？ */
  indicator: string
}

export interface Worksheet {
  topicId: string
  /** The topic's label (e.g. 「看取り（自宅）」); may be empty. */
  label: string
  /** 問1 テーマ */
  theme: string
  themeSource: TopicSource
  /** 問2 目指す姿 */
  goal: string
  /** The concrete worry (step ①; not a row of the paper sheet). */
  concern: string
  /** 問3 原因1-4 (always 4 rows; empty ones have causeId null). */
  causes: WorksheetCause[]
  moreCauses: number
  /** 問3 最も大きな原因 */
  mainCause: { causeId: string | null; text: string }
  /** 問4 対策1-3 */
  measures: WorksheetMeasure[]
  moreMeasures: number
  /** 問5 期待値1-3 and 指標 */
  outcomes: WorksheetOutcome[]
  moreOutcomes: number
  /** The one-line 地域課題 (not a row of the paper sheet). */
  statement: string
}

/** The causes 原因1-4 are taken from, in sheet order (the main cause left out). */
export function worksheetCauses(doc: WorkshopDoc, topicId: string): Cause[] {
  const main = liveTopic(doc, topicId)?.mainCauseId ?? null
  const causes = topicCauses(doc, topicId)
  const rank = new Map(causes.map((c, i) => [c.id, i]))
  const ids = new Set(causes.map((c) => c.id))
  const depth = (c: Cause) => (c.parentId !== null && ids.has(c.parentId) ? 1 : 0)
  return causes
    .filter((c) => c.id !== main)
    .sort(
      (a, b) =>
        causeVotes(b) - causeVotes(a) ||
        depth(a) - depth(b) ||
        (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
    )
}

/** The countermeasures 対策1-3 are taken from, in sheet order. */
export function worksheetMeasures(doc: WorkshopDoc, topicId: string): Measure[] {
  const measures = topicMeasures(doc, topicId)
  return [...measures.filter((m) => m.chosen), ...measures.filter((m) => !m.chosen)]
}

function rows<T, R>(items: readonly T[], count: number, row: (item: T | undefined) => R): R[] {
  return Array.from({ length: count }, (_, i) => row(items[i]))
}

/** The worksheet of a live topic (null when the topic is not live). */
export function buildWorksheet(doc: WorkshopDoc, topicId: string): Worksheet | null {
  const topic = liveTopic(doc, topicId)
  if (!topic) return null
  const view = topicView(doc, topic)
  const causes = worksheetCauses(doc, topicId)
  const measures = worksheetMeasures(doc, topicId)
  const outcomes = topicOutcomes(doc, topicId)
  const main = topic.mainCauseId === null ? undefined : doc.causes[topic.mainCauseId]
  const { causes: nc, measures: nm, outcomes: no } = WORKSHEET_ROWS
  return {
    topicId,
    label: topic.label,
    theme: view.title,
    themeSource: view.source,
    goal: topic.goal,
    concern: topic.concern,
    causes: rows(causes, nc, (c) => ({
      causeId: c?.id ?? null,
      text: c?.text ?? '',
      votes: c ? causeVotes(c) : 0,
      parentId: c?.parentId ?? null,
    })),
    moreCauses: Math.max(0, causes.length - nc),
    mainCause:
      main && main.deletedAt === null
        ? { causeId: main.id, text: main.text }
        : { causeId: null, text: '' },
    measures: rows(measures, nm, (m) => ({
      measureId: m?.id ?? null,
      text: m?.text ?? '',
      target: m?.target ?? '',
      chosen: m?.chosen ?? false,
    })),
    moreMeasures: Math.max(0, measures.length - nm),
    outcomes: rows(outcomes, no, (o) => ({
      outcomeId: o?.id ?? null,
      expectation: o?.expectation ?? '',
      indicator: o?.indicator ?? '',
    })),
    moreOutcomes: Math.max(0, outcomes.length - no),
    statement: topic.statement,
  }
}

/** A cell of the worksheet; `row` counts from 0 (原因1 is { kind: 'cause', row: 0 }). */
export type WorksheetField =
  | { kind: 'theme' | 'goal' | 'concern' | 'statement' | 'mainCause' }
  | { kind: 'cause'; row: number }
  | { kind: 'measureText' | 'measureTarget'; row: number }
  | { kind: 'expectation' | 'indicator'; row: number }

/**
 * Edits the topic through its worksheet; returns the changed records like any op.
 * - テーマ: the topic's title. On a topic linked to a タネ, the タネ's own text (or blank) keeps
 *   the live link (empty title).
 * - 原因n: edits that cause; in an empty row, adds a top-level cause.
 * - 最も大きな原因: edits the main cause; without one, adds a cause and marks it main.
 * - 対策n / 対象n: edit that countermeasure; in an empty row, add one on the main cause (or on no
 *   cause yet: marking a main cause later attaches it).
 * - 期待値n / 指標n: edit that pair; in an empty row, add one.
 * Typing nothing into an empty row, a row outside the sheet or a gone topic change nothing.
 */
export function applyWorksheetEdit(
  doc: WorkshopDoc,
  topicId: string,
  field: WorksheetField,
  value: string,
  ctx: EditContext,
): AnyRecord[] {
  const sheet = buildWorksheet(doc, topicId)
  const topic = liveTopic(doc, topicId)
  if (!sheet || !topic) return []
  switch (field.kind) {
    case 'theme': {
      const tane = topicView(doc, topic).taneText
      const title = topic.sourceNoteId !== null && value === tane ? '' : value
      return updateTopic(doc, topicId, { title })
    }
    case 'goal':
      return updateTopic(doc, topicId, { goal: value })
    case 'concern':
      return updateTopic(doc, topicId, { concern: value })
    case 'statement':
      return updateTopic(doc, topicId, { statement: value })
    case 'mainCause': {
      if (sheet.mainCause.causeId !== null)
        return updateCause(doc, sheet.mainCause.causeId, { text: value })
      if (value.trim() === '') return []
      const added = addCause(doc, topicId, value, null, ctx)
      const cause = added[0]
      if (!cause) return []
      return [...added, ...setMainCause(applyRecords(doc, added), topicId, cause.id)]
    }
    case 'cause': {
      const row = rowOf(sheet.causes, field.row)
      if (!row) return []
      if (row.causeId !== null) return updateCause(doc, row.causeId, { text: value })
      return value.trim() === '' ? [] : addCause(doc, topicId, value, null, ctx)
    }
    case 'measureText':
    case 'measureTarget': {
      const row = rowOf(sheet.measures, field.row)
      if (!row) return []
      const patch = field.kind === 'measureText' ? { text: value } : { target: value }
      if (row.measureId !== null) return updateMeasure(doc, row.measureId, patch)
      if (value.trim() === '') return []
      return addMeasure(doc, topicId, topic.mainCauseId, patch.text ?? '', patch.target ?? '', ctx)
    }
    case 'expectation':
    case 'indicator': {
      const row = rowOf(sheet.outcomes, field.row)
      if (!row) return []
      const patch = field.kind === 'expectation' ? { expectation: value } : { indicator: value }
      if (row.outcomeId !== null) return updateOutcome(doc, row.outcomeId, patch)
      return value.trim() === '' ? [] : addOutcome(doc, topicId, patch, ctx)
    }
  }
}

function rowOf<T>(rows: readonly T[], row: number): T | undefined {
  return Number.isInteger(row) ? rows[row] : undefined
}
