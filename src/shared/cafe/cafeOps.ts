import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord, CafeReaction, CafeTarget } from '../model/schemas'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'
import { cleanLine, cleanText } from '../theme2/theme2Edit'

/**
 * ワールドカフェ edits: a visitor's 「いいね」 or comment on one of a host table's outputs (a テーマ1
 * タネ note, a テーマ2 topic, a テーマ3 canvas). A reaction is a record of its own on the output's
 * board: the output itself is never touched. Pure ops like the others; none when the output is
 * gone or the board is full.
 */

/** The board of a live output a reaction may be about, or null. */
export function cafeTargetBoard(doc: WorkshopDoc, target: CafeTarget): string | null {
  const record =
    target.type === 'note'
      ? doc.notes[target.id]
      : target.type === 'topic'
        ? doc.topics[target.id]
        : doc.canvases[target.id]
  if (!record || record.deletedAt !== null) return null
  const board = doc.boards[record.boardId]
  return board && board.deletedAt === null ? board.id : null
}

/** The live reactions of a board. */
export function boardReactions(doc: WorkshopDoc, boardId: string): CafeReaction[] {
  return live(doc.cafeReactions).filter((r) => r.boardId === boardId)
}

function newReaction(
  doc: WorkshopDoc,
  target: CafeTarget,
  fields: Pick<CafeReaction, 'kind' | 'text' | 'author'>,
  ctx: EditContext,
): AnyRecord[] {
  const boardId = cafeTargetBoard(doc, target)
  if (boardId === null) return []
  if (boardReactions(doc, boardId).length >= LIMITS.cafeReactionsPerBoard) return []
  const reaction: CafeReaction = {
    ...newRecordBase(ctx),
    type: 'cafeReaction',
    workshopId: doc.workshop.id,
    boardId,
    target: { type: target.type, id: target.id },
    ...fields,
  }
  return [reaction]
}

/** One more 「いいね」 on an output (a visitor may give several; each is one record). */
export function addCafeLike(doc: WorkshopDoc, target: CafeTarget, ctx: EditContext): AnyRecord[] {
  return newReaction(doc, target, { kind: 'like', text: '', author: '' }, ctx)
}

/** A visitor's comment on an output; none when the text is blank. */
export function addCafeComment(
  doc: WorkshopDoc,
  target: CafeTarget,
  text: string,
  author: string,
  ctx: EditContext,
): AnyRecord[] {
  const words = cleanText(text, LIMITS.cafeCommentChars).trim()
  if (words === '') return []
  const by = cleanLine(author, LIMITS.shortTextChars)
  return newReaction(doc, target, { kind: 'comment', text: words, author: by }, ctx)
}

/** Removes a reaction (a tombstone: undo brings it back). */
export function removeCafeReaction(
  doc: WorkshopDoc,
  reactionId: string,
  ctx: EditContext,
): AnyRecord[] {
  const reaction = doc.cafeReactions[reactionId]
  if (!reaction || reaction.deletedAt !== null) return []
  return [{ ...reaction, deletedAt: ctx.now() }]
}
