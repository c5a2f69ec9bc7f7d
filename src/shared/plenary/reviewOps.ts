import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord, Commentator, CommentatorRole, Review } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'

/**
 * 講評 (report L7284-7292): the workshop's commentators (講師・アドバイザー) and each group's
 * 講評メモ. Pure edits returning the changed record versions, like every op.
 */

/** The report's words for the roles (講師, アドバイザー: L7287-7289), for the exports. */
export const COMMENTATOR_ROLE_LABELS: Record<CommentatorRole, string> = {
  lecturer: '講師',
  advisor: 'アドバイザー',
}

/** The live commentators in display order. */
export function workshopCommentators(doc: WorkshopDoc): Commentator[] {
  return live(doc.commentators).sort(byOrder)
}

export interface CommentatorInput {
  name: string
  role: CommentatorRole
  affiliation?: string
}

/** A new commentator at the end of the list; nothing past LIMITS.commentatorsPerWorkshop. */
export function addCommentator(
  doc: WorkshopDoc,
  input: CommentatorInput,
  ctx: EditContext,
): AnyRecord[] {
  const list = workshopCommentators(doc)
  const name = input.name.trim()
  if (name === '' || list.length >= LIMITS.commentatorsPerWorkshop) return []
  const commentator: Commentator = {
    ...newRecordBase(ctx),
    type: 'commentator',
    workshopId: doc.workshop.id,
    name,
    role: input.role,
    affiliation: (input.affiliation ?? '').trim(),
    order: nextOrder(list),
  }
  return [commentator]
}

export function updateCommentator(
  doc: WorkshopDoc,
  id: string,
  patch: Partial<Pick<Commentator, 'name' | 'role' | 'affiliation'>>,
): AnyRecord[] {
  const current = doc.commentators[id]
  if (!current || current.deletedAt !== null) return []
  const next = { ...current, ...patch }
  if (next.name.trim() === '') return []
  return [next]
}

/** Tombstones a commentator; the 講評メモ naming them keep the id (undo brings the name back). */
export function removeCommentator(doc: WorkshopDoc, id: string, ctx: EditContext): AnyRecord[] {
  const current = doc.commentators[id]
  if (!current || current.deletedAt !== null) return []
  return [{ ...current, deletedAt: ctx.now() }]
}

/**
 * A group's live 講評メモ, the oldest first. Normally one; a merge that kept both versions of a
 * conflict (「両方残す」) leaves two, and every reader shows them all.
 */
export function groupReviews(doc: WorkshopDoc, groupId: string): Review[] {
  return live(doc.reviews)
    .filter((r) => r.groupId === groupId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/** The 講評メモ the console edits: the group's first one (null before anything was typed). */
export function groupReview(doc: WorkshopDoc, groupId: string): Review | null {
  return groupReviews(doc, groupId)[0] ?? null
}

/** The group's 講評メモ texts (all of them, see groupReviews), without empty ones. */
export function groupReviewTexts(doc: WorkshopDoc, groupId: string): string[] {
  return groupReviews(doc, groupId)
    .map((r) => r.text.trim())
    .filter((t) => t !== '')
}

/** Who commented on a group (live commentators only, in the memo's order). */
export function groupReviewers(doc: WorkshopDoc, groupId: string): Commentator[] {
  const ids = groupReviews(doc, groupId).flatMap((r) => r.commentatorIds)
  return [...new Set(ids)]
    .map((id) => doc.commentators[id])
    .filter((c): c is Commentator => c !== undefined && c.deletedAt === null)
}

/** The names of who commented on a group. */
export function groupReviewerNames(doc: WorkshopDoc, groupId: string): string[] {
  return groupReviewers(doc, groupId).map((c) => c.name)
}

function withReview(
  doc: WorkshopDoc,
  groupId: string,
  ctx: EditContext,
  change: (review: Review) => Review,
): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group || group.deletedAt !== null) return []
  const current = groupReview(doc, groupId)
  const base: Review = current ?? {
    ...newRecordBase(ctx),
    type: 'review',
    workshopId: doc.workshop.id,
    groupId,
    text: '',
    commentatorIds: [],
  }
  const next = change(base)
  if (current && next.text === current.text && sameIds(next.commentatorIds, current.commentatorIds))
    return []
  if (!current && next.text === '' && next.commentatorIds.length === 0) return []
  return [next]
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** Sets the text of a group's 講評メモ (creating it with the first text). */
export function setReviewText(
  doc: WorkshopDoc,
  groupId: string,
  text: string,
  ctx: EditContext,
): AnyRecord[] {
  return withReview(doc, groupId, ctx, (r) => ({ ...r, text: text.slice(0, LIMITS.longTextChars) }))
}

/** Marks a commentator as having commented on the group, or not. */
export function setReviewer(
  doc: WorkshopDoc,
  groupId: string,
  commentatorId: string,
  commented: boolean,
  ctx: EditContext,
): AnyRecord[] {
  if (commented && !doc.commentators[commentatorId]) return []
  return withReview(doc, groupId, ctx, (r) => {
    const without = r.commentatorIds.filter((id) => id !== commentatorId)
    const ids = commented ? [...without, commentatorId] : without
    return { ...r, commentatorIds: ids.slice(0, LIMITS.commentatorsPerWorkshop) }
  })
}
