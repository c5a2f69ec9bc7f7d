import { BRIEF_PARTS, type BriefPart, type CanvasArea, type Group } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { liveCause } from '../theme2/theme2Edit'
import { CANVAS_AREA_LABELS } from './canvasLabels'
import {
  canvasAreaNotes,
  canvasNoteText,
  canvasQas,
  canvasTopic,
  canvasView,
  liveCanvas,
} from './theme3Queries'

/**
 * The 伝達シート: a one-page brief for the municipality, generated from a canvas. Every part is
 * generated live from the canvas until the table edits it (canvas.brief[part]); an edited part
 * keeps its words, and the sheet says when the canvas has moved on since.
 */

export const BRIEF_PART_LABELS: Record<BriefPart, { ja: string; en: string }> = {
  title: { ja: '地域課題', en: 'Regional issue' },
  tane: { ja: '地域課題のタネ', en: 'Seed of the regional issue' },
  facts: { ja: CANVAS_AREA_LABELS.facts.ja, en: CANVAS_AREA_LABELS.facts.en },
  thoughts: {
    ja: 'そこから考えられること（仮説・評価・見解）',
    en: CANVAS_AREA_LABELS.thoughts.en,
  },
  materials: { ja: CANVAS_AREA_LABELS.materials.ja, en: CANVAS_AREA_LABELS.materials.en },
  share: { ja: '共有の方法（提案）', en: 'Proposed way to share' },
  qa: {
    ja: '市町村担当者からの質問と答え',
    en: 'Questions from the municipal officer, and answers',
  },
}

export interface BriefPartView {
  part: BriefPart
  /** What the canvas generates now. */
  generated: string
  /** The table's words, or null while the part follows the canvas. */
  edited: string | null
  /** What the sheet shows: the edit, else the generated text. */
  text: string
  /** Edited, and the canvas generates something else now than when the part was edited. */
  differs: boolean
}

export interface Brief {
  canvasId: string
  workshopTitle: string
  /** YYYY-MM-DD or ''. */
  date: string
  venue: string
  groupName: string
  parts: Record<BriefPart, BriefPartView>
}

const BULLET = '・'

function bullets(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `${BULLET}${line.replace(/\n+/g, ' ')}`)
    .join('\n')
}

/**
 * A short fingerprint of a text (FNV-1a, 32 bits, with the length): enough to tell whether the
 * generated text changed since a part was edited, without storing a copy of it.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`
}

/** What the canvas generates for each part of the sheet. */
export function generateBriefParts(
  doc: WorkshopDoc,
  canvasId: string,
): Record<BriefPart, string> | null {
  const canvas = liveCanvas(doc, canvasId)
  if (!canvas) return null
  const view = canvasView(doc, canvas)
  const topic = canvasTopic(doc, canvas)
  const areas = canvasAreaNotes(doc, canvasId)
  const areaText = (area: CanvasArea) => bullets(areas[area].map((n) => canvasNoteText(doc, n)))

  const tane: string[] = []
  if (view.taneText) tane.push(view.taneText)
  else if (view.topicTitle && view.topicTitle !== view.title) tane.push(view.topicTitle)
  if (topic && topic.goal !== '') tane.push(`目指す姿：${topic.goal}`)
  const mainCause = topic?.mainCauseId ? liveCause(doc, topic.mainCauseId) : undefined
  if (mainCause) tane.push(`主たる原因：${mainCause.text}`)

  const qa = canvasQas(doc, canvasId)
    .filter((q) => q.question.trim() !== '' || q.answer.trim() !== '')
    // An unanswered question still reminds the table to prepare an answer.
    .map((q) => (q.answer.trim() === '' ? `Q. ${q.question}` : `Q. ${q.question}\nA. ${q.answer}`))
    .join('\n')

  const parts: Record<BriefPart, string> = {
    title: view.title,
    tane: bullets(tane),
    facts: areaText('facts'),
    thoughts: areaText('thoughts'),
    materials: areaText('materials'),
    share: areaText('share'),
    qa,
  }
  return parts
}

function groupOf(doc: WorkshopDoc, boardId: string): Group | undefined {
  const groupId = doc.boards[boardId]?.groupId
  return groupId === undefined ? undefined : doc.groups[groupId]
}

/** The 伝達シート of a canvas, or null when the canvas is not live. */
export function buildBrief(doc: WorkshopDoc, canvasId: string): Brief | null {
  const canvas = liveCanvas(doc, canvasId)
  const generated = generateBriefParts(doc, canvasId)
  if (!canvas || !generated) return null
  const parts = Object.fromEntries(
    BRIEF_PARTS.map((part) => {
      const edit = canvas.brief[part]
      const view: BriefPartView = {
        part,
        generated: generated[part],
        edited: edit?.text ?? null,
        text: edit?.text ?? generated[part],
        differs: edit !== null && edit.basedOn !== textFingerprint(generated[part]),
      }
      return [part, view]
    }),
  ) as Record<BriefPart, BriefPartView>
  return {
    canvasId,
    workshopTitle: doc.workshop.title,
    date: doc.workshop.date,
    venue: doc.workshop.venue,
    groupName: groupOf(doc, canvas.boardId)?.name ?? '',
    parts,
  }
}
