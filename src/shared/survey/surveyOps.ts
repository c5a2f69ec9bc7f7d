import type { EditContext } from '../model/context'
import type { AnyRecord, SurveyAnswer, SurveyItem } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'
import { BUILT_IN_ITEMS } from './surveyBuiltIn'
import type { ImportedAnswer } from './surveyImport'
import type { SurveyScale } from './surveyScales'
import type { SurveyPhase } from './surveyTypes'

/**
 * Edits of the 事前・事後アンケート: pure, returning the changed record versions; the workshop
 * session commits each as one undo step (an import of a whole sheet included).
 */

export function surveyItems(doc: WorkshopDoc): SurveyItem[] {
  return live(doc.surveyItems).sort(byOrder)
}

export function surveyAnswers(doc: WorkshopDoc): SurveyAnswer[] {
  return live(doc.surveyAnswers).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
}

function item(doc: WorkshopDoc, scale: SurveyScale, text: string, order: number, ctx: EditContext) {
  const record: SurveyItem = {
    ...newRecordBase(ctx),
    type: 'surveyItem',
    workshopId: doc.workshop.id,
    scale,
    text,
    order,
  }
  return record
}

/** The report's items (Ⅰ 1-6, Ⅱ 1-3 and the two free-text fields), after any already there. */
export function addBuiltInItems(doc: WorkshopDoc, ctx: EditContext): AnyRecord[] {
  const last = surveyItems(doc).at(-1)?.order ?? 0
  return BUILT_IN_ITEMS.map((b, i) => item(doc, b.scale, b.text, last + i + 1, ctx))
}

/** A new item at the end of its scale's section (so Ⅰ stays before Ⅱ and 自由記述). */
export function addSurveyItem(
  doc: WorkshopDoc,
  scale: SurveyScale,
  text: string,
  ctx: EditContext,
): AnyRecord[] {
  const items = surveyItems(doc)
  const rank = { fiveStep: 0, fourStep: 1, freeText: 2 } as const
  const before = items.filter((i) => rank[i.scale] <= rank[scale]).at(-1)
  const after = items.find((i) => rank[i.scale] > rank[scale])
  const lo = before?.order ?? (after ? after.order - 1 : 0)
  const hi = after?.order ?? lo + 2
  return [item(doc, scale, text, (lo + hi) / 2, ctx)]
}

export function rewordSurveyItem(doc: WorkshopDoc, itemId: string, text: string): AnyRecord[] {
  const current = doc.surveyItems[itemId]
  if (!current || current.deletedAt !== null || current.text === text) return []
  return [{ ...current, text }]
}

/** Moves an item one place up (-1) or down (+1) among the items of its own scale. */
export function moveSurveyItem(doc: WorkshopDoc, itemId: string, step: -1 | 1): AnyRecord[] {
  const current = doc.surveyItems[itemId]
  if (!current) return []
  const same = surveyItems(doc).filter((i) => i.scale === current.scale)
  const index = same.findIndex((i) => i.id === itemId)
  const other = same[index + step]
  if (index < 0 || !other) return []
  return [
    { ...current, order: other.order },
    { ...other, order: current.order },
  ]
}

export function deleteSurveyItem(doc: WorkshopDoc, itemId: string, ctx: EditContext): AnyRecord[] {
  const current = doc.surveyItems[itemId]
  if (!current || current.deletedAt !== null) return []
  return [{ ...current, deletedAt: ctx.now() }]
}

/**
 * A sheet's answers as records of one phase. `replace`: the phase's earlier answers are deleted
 * in the same edit (a corrected sheet read again); otherwise they are added beside them.
 */
export function importSurveyAnswers(
  doc: WorkshopDoc,
  phase: SurveyPhase,
  rows: readonly ImportedAnswer[],
  replace: boolean,
  ctx: EditContext,
): AnyRecord[] {
  const removed: AnyRecord[] = replace
    ? surveyAnswers(doc)
        .filter((a) => a.phase === phase)
        .map((a) => ({ ...a, deletedAt: ctx.now() }))
    : []
  const added = rows.map((row): SurveyAnswer => ({
    ...newRecordBase(ctx),
    type: 'surveyAnswer',
    workshopId: doc.workshop.id,
    phase,
    name: row.name,
    position: row.position,
    affiliation: row.affiliation,
    answers: row.answers,
    pairedWith: null,
  }))
  return [...removed, ...added]
}

/** Pairs a post answer with a pre answer by hand (null: back to matching by name). */
export function pairSurveyAnswers(
  doc: WorkshopDoc,
  postId: string,
  preId: string | null,
): AnyRecord[] {
  const post = doc.surveyAnswers[postId]
  if (!post || post.phase !== 'post' || post.pairedWith === preId) return []
  if (preId !== null && doc.surveyAnswers[preId]?.phase !== 'pre') return []
  // a pre answer is paired with one post answer at most: an earlier hand pair with it is undone
  const earlier = surveyAnswers(doc).filter(
    (a) => preId !== null && a.id !== postId && a.pairedWith === preId,
  )
  return [{ ...post, pairedWith: preId }, ...earlier.map((a) => ({ ...a, pairedWith: null }))]
}
