import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord, GridPoint, Measure, Outcome } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'
import { nudgedPoint, placedPoints } from './causeOps'
import { freeGridSpot } from './gridSpots'
import {
  clampPoint,
  cleanLine,
  cleanText,
  ifChanged,
  liveCause,
  liveMeasure,
  liveOutcome,
  liveTopic,
  ofTopic,
} from './theme2Edit'

/**
 * Countermeasures (問4: 対策の内容 and 誰に対する対策), their place on the 効果 × 実現可能性 grid
 * and the chosen ones (step ⑤); 期待値 and 指標 (問5).
 */

export interface MeasurePatch {
  text?: string
  target?: string
  /** A live cause of the same topic, or null (not attached to a cause). */
  causeId?: string | null
}

/** A usable cause for a countermeasure of `topicId`: null, or a live cause of that topic. */
function usableCause(doc: WorkshopDoc, topicId: string, causeId: string | null): boolean {
  return causeId === null || liveCause(doc, causeId)?.topicId === topicId
}

/**
 * A new countermeasure at the end of the topic's, attached to `causeId` (normally the main
 * cause; any cause of the topic, or null for none yet).
 */
export function addMeasure(
  doc: WorkshopDoc,
  topicId: string,
  causeId: string | null,
  text: string,
  target: string,
  ctx: EditContext,
): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  if (!topic || !usableCause(doc, topicId, causeId)) return []
  const measures = ofTopic(doc.measures, topicId)
  if (measures.length >= LIMITS.measuresPerTopic) return []
  const measure: Measure = {
    ...newRecordBase(ctx),
    type: 'measure',
    workshopId: doc.workshop.id,
    boardId: topic.boardId,
    topicId,
    causeId,
    text: cleanText(text),
    target: cleanLine(target, LIMITS.shortTextChars),
    grid: null,
    chosen: false,
    order: nextOrder(measures),
  }
  return [measure]
}

export function updateMeasure(
  doc: WorkshopDoc,
  measureId: string,
  patch: MeasurePatch,
): AnyRecord[] {
  const measure = liveMeasure(doc, measureId)
  if (!measure) return []
  const next: Measure = { ...measure }
  if (patch.text !== undefined) next.text = cleanText(patch.text)
  if (patch.target !== undefined) next.target = cleanLine(patch.target, LIMITS.shortTextChars)
  if (patch.causeId !== undefined) {
    if (!usableCause(doc, measure.topicId, patch.causeId)) return []
    next.causeId = patch.causeId
  }
  return ifChanged(measure, next)
}

/** Places a countermeasure on the 効果 × 実現可能性 grid (clamped), or takes it off (null). */
export function placeMeasure(
  doc: WorkshopDoc,
  measureId: string,
  grid: GridPoint | null,
): AnyRecord[] {
  const measure = liveMeasure(doc, measureId)
  if (!measure) return []
  const point = grid === null ? null : clampPoint(grid)
  if (grid !== null && point === null) return []
  return ifChanged(measure, { ...measure, grid: point })
}

/**
 * Keyboard placement of a countermeasure: dx, dy steps (see nudgedPoint); an unplaced one lands
 * on the free spot nearest the middle, clear of the topic's other countermeasures.
 */
export function nudgeMeasure(
  doc: WorkshopDoc,
  measureId: string,
  dx: number,
  dy: number,
): AnyRecord[] {
  const measure = liveMeasure(doc, measureId)
  if (!measure) return []
  const point =
    measure.grid === null
      ? freeGridSpot(placedPoints(ofTopic(doc.measures, measure.topicId)))
      : nudgedPoint(measure.grid, dx, dy)
  return point === null ? [] : ifChanged(measure, { ...measure, grid: point })
}

/** Marks a countermeasure as chosen (効果的かつ現実的) or not. */
export function setChosen(doc: WorkshopDoc, measureId: string, chosen: boolean): AnyRecord[] {
  const measure = liveMeasure(doc, measureId)
  if (!measure) return []
  return ifChanged(measure, { ...measure, chosen })
}

/** Tombstones a countermeasure; 期待値/指標 expected from it stay, no longer linked to it. */
export function deleteMeasure(doc: WorkshopDoc, measureId: string, ctx: EditContext): AnyRecord[] {
  const measure = liveMeasure(doc, measureId)
  if (!measure) return []
  const outcomes = ofTopic(doc.outcomes, measure.topicId).filter((o) => o.measureId === measureId)
  return [{ ...measure, deletedAt: ctx.now() }, ...outcomes.map((o) => ({ ...o, measureId: null }))]
}

export interface OutcomeInit {
  expectation?: string
  indicator?: string
  /** A live countermeasure of the same topic, or null. */
  measureId?: string | null
}

function usableMeasure(doc: WorkshopDoc, topicId: string, measureId: string | null): boolean {
  return measureId === null || liveMeasure(doc, measureId)?.topicId === topicId
}

/** A new 期待値/指標 pair at the end of the topic's. */
export function addOutcome(
  doc: WorkshopDoc,
  topicId: string,
  init: OutcomeInit,
  ctx: EditContext,
): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  const measureId = init.measureId ?? null
  if (!topic || !usableMeasure(doc, topicId, measureId)) return []
  const outcomes = ofTopic(doc.outcomes, topicId)
  if (outcomes.length >= LIMITS.outcomesPerTopic) return []
  const outcome: Outcome = {
    ...newRecordBase(ctx),
    type: 'outcome',
    workshopId: doc.workshop.id,
    boardId: topic.boardId,
    topicId,
    measureId,
    expectation: cleanText(init.expectation ?? ''),
    indicator: cleanText(init.indicator ?? ''),
    order: nextOrder(outcomes),
  }
  return [outcome]
}

export function updateOutcome(
  doc: WorkshopDoc,
  outcomeId: string,
  patch: OutcomeInit,
): AnyRecord[] {
  const outcome = liveOutcome(doc, outcomeId)
  if (!outcome) return []
  const next: Outcome = { ...outcome }
  if (patch.expectation !== undefined) next.expectation = cleanText(patch.expectation)
  if (patch.indicator !== undefined) next.indicator = cleanText(patch.indicator)
  if (patch.measureId !== undefined) {
    if (!usableMeasure(doc, outcome.topicId, patch.measureId)) return []
    next.measureId = patch.measureId
  }
  return ifChanged(outcome, next)
}

export function deleteOutcome(doc: WorkshopDoc, outcomeId: string, ctx: EditContext): AnyRecord[] {
  const outcome = liveOutcome(doc, outcomeId)
  return outcome ? [{ ...outcome, deletedAt: ctx.now() }] : []
}
