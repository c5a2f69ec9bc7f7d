import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import {
  BRIEF_PARTS,
  type AnyRecord,
  type BriefEdits,
  type BriefPart,
  type Canvas,
} from '../model/schemas'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'
import { cleanText, ifChanged, liveTopic } from '../theme2/theme2Edit'
import { generateBriefParts, textFingerprint } from './brief'
import { boardCanvases, liveCanvas, sameGroupBoard, theme3Board } from './theme3Queries'

/**
 * Canvases of a テーマ3 board (one per 地域課題) and the edits of their 伝達シート. Like every op:
 * pure functions of the doc returning only the record versions they change (none when nothing
 * changes or the edit is not possible); deletions are tombstones; the store stamps revisions.
 */

export const EMPTY_BRIEF_EDITS: BriefEdits = Object.freeze(
  Object.fromEntries(BRIEF_PARTS.map((part) => [part, null])) as BriefEdits,
)

function newCanvas(
  doc: WorkshopDoc,
  boardId: string,
  title: string,
  sourceTopicId: string | null,
  ctx: EditContext,
): Canvas {
  return {
    ...newRecordBase(ctx),
    type: 'canvas',
    workshopId: doc.workshop.id,
    boardId,
    order: nextOrder(boardCanvases(doc, boardId)),
    sourceTopicId,
    title: cleanText(title).trim(),
    brief: { ...EMPTY_BRIEF_EDITS },
  }
}

function hasRoom(doc: WorkshopDoc, boardId: string): boolean {
  return (
    theme3Board(doc, boardId) !== undefined &&
    boardCanvases(doc, boardId).length < LIMITS.canvasesPerBoard
  )
}

/** A canvas for a 地域課題 the table words here (「新しい地域課題」). */
export function createCanvas(
  doc: WorkshopDoc,
  boardId: string,
  title: string,
  ctx: EditContext,
): AnyRecord[] {
  if (!hasRoom(doc, boardId)) return []
  return [newCanvas(doc, boardId, title, null, ctx)]
}

/**
 * A canvas for a テーマ2 topic of the same group: linked, not copied (its title stays empty, so
 * the topic's 地域課題 shows live).
 */
export function createCanvasFromTopic(
  doc: WorkshopDoc,
  boardId: string,
  topicId: string,
  ctx: EditContext,
): AnyRecord[] {
  const topic = liveTopic(doc, topicId)
  const theme2 = sameGroupBoard(doc, boardId, 'theme2')
  if (!topic || topic.boardId !== theme2?.id || !hasRoom(doc, boardId)) return []
  return [newCanvas(doc, boardId, '', topicId, ctx)]
}

/** Renames the 地域課題 of a canvas (empty: show the linked topic's again). */
export function renameCanvas(doc: WorkshopDoc, canvasId: string, title: string): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return []
  return ifChanged(canvas, { ...canvas, title: cleanText(title).trim() })
}

/**
 * Edits one part of the 伝達シート. `text` null goes back to the part generated from the canvas;
 * a text equal to what the canvas generates now also goes back, so an untouched part keeps
 * following the canvas. An edit remembers a fingerprint of the generated text it replaced.
 */
export function setBriefPart(
  doc: WorkshopDoc,
  canvasId: string,
  part: BriefPart,
  text: string | null,
): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  const generated = generateBriefParts(doc, canvasId)?.[part]
  if (!canvas || generated === undefined) return []
  const cleaned = text === null ? null : cleanText(text, LIMITS.longTextChars)
  const value =
    cleaned === null || cleaned === generated
      ? null
      : { text: cleaned, basedOn: textFingerprint(generated) }
  return ifChanged(canvas, { ...canvas, brief: { ...canvas.brief, [part]: value } })
}

/** Every part of the 伝達シート back to what the canvas generates. */
export function resetBrief(doc: WorkshopDoc, canvasId: string): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return []
  return ifChanged(canvas, { ...canvas, brief: { ...EMPTY_BRIEF_EDITS } })
}

/** Moves a canvas before another of the board (null: to the end). */
export function moveCanvas(
  doc: WorkshopDoc,
  canvasId: string,
  beforeId: string | null,
): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return []
  const rest = boardCanvases(doc, canvas.boardId).filter((c) => c.id !== canvasId)
  const at = beforeId === null ? rest.length : rest.findIndex((c) => c.id === beforeId)
  const sequence = [
    ...rest.slice(0, at < 0 ? rest.length : at),
    canvas,
    ...rest.slice(at < 0 ? rest.length : at),
  ]
  return sequence.flatMap((c, index) => ifChanged(c, { ...c, order: index + 1 }))
}

/** Deletes a canvas with its notes and questions (tombstones: one undo brings all back). */
export function deleteCanvas(doc: WorkshopDoc, canvasId: string, ctx: EditContext): AnyRecord[] {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return []
  const now = ctx.now()
  return [
    canvas,
    ...live(doc.canvasNotes).filter((n) => n.canvasId === canvasId),
    ...live(doc.canvasQas).filter((q) => q.canvasId === canvasId),
  ].map((r) => ({ ...r, deletedAt: now }))
}
