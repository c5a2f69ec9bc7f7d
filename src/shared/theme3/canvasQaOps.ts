import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord, CanvasQa, QaPrompt } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'
import { cleanText, ifChanged } from '../theme2/theme2Edit'
import { INAGI_PROMPTS, QA_PROMPT_TEXTS } from './canvasLabels'
import { canvasQas, liveCanvas, liveCanvasQa } from './theme3Queries'

/**
 * The questions a municipal officer will likely ask about a canvas, and the table's answers,
 * guided by 稲城市's three questions and 「なぜそう考えるのか」. Pure ops like the others.
 */

export interface QaInit {
  prompt?: QaPrompt | null
  /** Blank with a prompt: the prompt's question. */
  question?: string
  answer?: string
}

/** New question-and-answer pairs at the end of the canvas's list; none when there is no room. */
function newQas(
  doc: WorkshopDoc,
  canvasId: string,
  inits: readonly QaInit[],
  ctx: EditContext,
): CanvasQa[] {
  const canvas = liveCanvas(doc, canvasId)
  const existing = canvasQas(doc, canvasId)
  if (!canvas || existing.length + inits.length > LIMITS.qasPerCanvas) return []
  let order = existing.reduce((max, q) => Math.max(max, q.order), 0)
  return inits.map((init) => {
    const prompt = init.prompt ?? null
    const typed = cleanText(init.question ?? '')
    const question = typed === '' && prompt !== null ? QA_PROMPT_TEXTS[prompt].ja : typed
    order += 1
    return {
      ...newRecordBase(ctx),
      type: 'canvasQa',
      workshopId: doc.workshop.id,
      boardId: canvas.boardId,
      canvasId,
      order,
      prompt,
      question,
      answer: cleanText(init.answer ?? ''),
    }
  })
}

export function addQa(
  doc: WorkshopDoc,
  canvasId: string,
  init: QaInit,
  ctx: EditContext,
): AnyRecord[] {
  return newQas(doc, canvasId, [init], ctx)
}

/** 稲城市's three questions the canvas does not have yet (live), in the report's order. */
export function addInagiQuestions(
  doc: WorkshopDoc,
  canvasId: string,
  ctx: EditContext,
): AnyRecord[] {
  const have = new Set(canvasQas(doc, canvasId).map((q) => q.prompt))
  const missing = INAGI_PROMPTS.filter((p) => !have.has(p))
  return newQas(
    doc,
    canvasId,
    missing.map((prompt) => ({ prompt })),
    ctx,
  )
}

export function updateQa(
  doc: WorkshopDoc,
  qaId: string,
  patch: { question?: string; answer?: string },
): AnyRecord[] {
  const qa = liveCanvasQa(doc, qaId)
  if (!qa) return []
  return ifChanged(qa, {
    ...qa,
    ...(patch.question !== undefined ? { question: cleanText(patch.question) } : {}),
    ...(patch.answer !== undefined ? { answer: cleanText(patch.answer) } : {}),
  })
}

/** Moves a question one place up or down. */
export function moveQa(doc: WorkshopDoc, qaId: string, direction: 'up' | 'down'): AnyRecord[] {
  const qa = liveCanvasQa(doc, qaId)
  if (!qa) return []
  const list = canvasQas(doc, qa.canvasId)
  const index = list.findIndex((q) => q.id === qaId)
  const other = list[direction === 'up' ? index - 1 : index + 1]
  if (!other) return []
  const reordered = list.map((q) => (q.id === qaId ? other : q.id === other.id ? qa : q))
  return reordered.flatMap((q, i) => ifChanged(q, { ...q, order: i + 1 }))
}

export function deleteQa(doc: WorkshopDoc, qaId: string, ctx: EditContext): AnyRecord[] {
  const qa = liveCanvasQa(doc, qaId)
  return qa ? [{ ...qa, deletedAt: ctx.now() }] : []
}
