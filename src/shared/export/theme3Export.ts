import {
  BRIEF_PARTS,
  CANVAS_AREAS,
  type BriefPart,
  type Canvas,
  type CanvasArea,
} from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { BRIEF_PART_LABELS, buildBrief } from '../theme3/brief'
import { CANVAS_AREA_LABELS } from '../theme3/canvasLabels'
import {
  REF_KIND_LABELS,
  boardCanvases,
  canvasAreaNotes,
  canvasQas,
  canvasView,
  resolveRef,
  type CanvasView,
} from '../theme3/theme3Queries'
import { GAP, continuedTitle } from './exportLabels'
import type {
  BriefBlock,
  ExportCanvasNote,
  ExportField,
  ExportQa,
  SlideDraft,
  Theme3Block,
} from './exportTypes'
import { paginateFlow, type FlowBlock } from './paginate'
import { estimateLines, type ExportCapacity } from './textSize'

/**
 * テーマ3 in exports, per canvas: the 地域課題, the four areas of the 【ポイント】 with their notes
 * (references resolved live, marked 参照) and the likely questions with their answers; then the
 * 伝達シート as buildBrief makes it (the table's edits included).
 */

export interface CanvasContent {
  canvas: Canvas
  view: CanvasView
  areas: Record<CanvasArea, ExportCanvasNote[]>
  qas: ExportQa[]
}

/** Everything of a live canvas the exports show; references read as they are now. */
export function canvasContent(doc: WorkshopDoc, canvas: Canvas): CanvasContent {
  const groupId = doc.boards[canvas.boardId]?.groupId ?? null
  const byArea = canvasAreaNotes(doc, canvas.id)
  const areas = Object.fromEntries(
    CANVAS_AREAS.map((area) => [
      area,
      byArea[area].map((note): ExportCanvasNote => {
        if (note.ref === null) return { id: note.id, text: note.text, ref: null }
        const resolved = resolveRef(doc, note.ref, groupId)
        return {
          id: note.id,
          text: resolved.text,
          ref: {
            kind: resolved.kind,
            label: REF_KIND_LABELS[resolved.kind].ja,
            deleted: resolved.deleted,
            missing: resolved.missing,
          },
        }
      }),
    ]),
  ) as Record<CanvasArea, ExportCanvasNote[]>
  const qas = canvasQas(doc, canvas.id).map((q): ExportQa => ({
    id: q.id,
    question: q.question,
    answer: q.answer,
  }))
  return { canvas, view: canvasView(doc, canvas), areas, qas }
}

/** 「参照：テーマ1 付箋」, with 「（削除済み）」 / 「（参照先なし）」 when the source is gone. */
export function refMark(note: ExportCanvasNote): string {
  if (note.ref === null) return ''
  const state = note.ref.missing ? '（参照先なし）' : note.ref.deleted ? '（削除済み）' : ''
  return `参照：${note.ref.label}${state}`
}

const qaText = (qa: ExportQa) => `Q. ${qa.question}\nA. ${qa.answer}`

function flow<T>(
  heading: string,
  items: readonly T[],
  display: (item: T) => string,
  capacity: ExportCapacity,
  make: (heading: string, continued: boolean, items: T[], from: number) => Theme3Block,
): FlowBlock<Theme3Block> {
  return {
    headingLines: 1,
    emptyLines: 1,
    itemLines: items.map((item) => estimateLines(display(item), capacity.charsPerLine)),
    build: (from, to, continued) =>
      make(continuedTitle(heading, continued), continued, items.slice(from, to), from),
  }
}

function canvasFlows(
  content: CanvasContent,
  capacity: ExportCapacity,
  key: string,
): FlowBlock<Theme3Block>[] {
  const fields: ExportField[] = [{ key: 'title', label: '地域課題', text: content.view.title }]
  if (content.view.taneText !== null && content.view.taneText !== content.view.title) {
    fields.push({ key: 'tane', label: '地域課題のタネ', text: content.view.taneText })
  }
  const flows: FlowBlock<Theme3Block>[] = [
    flow(
      '地域課題',
      fields,
      (f) => `${f.label}：${f.text}`,
      capacity,
      (heading, continued, items, from) => ({
        type: 'fields',
        key: `${key}:summary:${from}`,
        heading,
        continued,
        fields: items,
      }),
    ),
  ]
  for (const area of CANVAS_AREAS) {
    const label = CANVAS_AREA_LABELS[area]
    flows.push(
      flow(
        label.ja,
        content.areas[area],
        (n) => `${refMark(n)} ${n.text}`,
        capacity,
        (heading, continued, notes, from) => ({
          type: 'canvasArea',
          key: `${key}:${area}:${from}`,
          heading,
          continued,
          area,
          hint: label.hintJa,
          notes,
        }),
      ),
    )
  }
  if (content.qas.length > 0) {
    flows.push(
      flow(
        '市町村担当者からの質問と答え',
        content.qas,
        qaText,
        capacity,
        (heading, continued, qas, from) => ({
          type: 'qa',
          key: `${key}:qa:${from}`,
          heading,
          continued,
          qas,
        }),
      ),
    )
  }
  return flows
}

/**
 * The items of a 伝達シート part, one per line. In the Q&A part every line after a 「Q. …」 line
 * (its answer 「A. …」, or a question or answer running over several lines) stays with it, so a
 * question is never on another slide than its answer.
 */
export function briefLines(part: BriefPart, text: string): string[] {
  const lines: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const last = lines[lines.length - 1]
    if (part === 'qa' && last?.startsWith('Q. ') && !line.startsWith('Q. ')) {
      lines[lines.length - 1] = `${last}\n${line}`
    } else lines.push(line)
  }
  return lines
}

function briefFlows(
  doc: WorkshopDoc,
  canvasId: string,
  capacity: ExportCapacity,
  key: string,
): FlowBlock<BriefBlock>[] {
  const brief = buildBrief(doc, canvasId)
  if (!brief) return []
  return BRIEF_PARTS.map((part) => {
    const view = brief.parts[part]
    const lines = briefLines(part, view.text)
    return {
      headingLines: 1,
      emptyLines: 1,
      itemLines: lines.map((line) => estimateLines(line, capacity.charsPerLine)),
      build: (from, to, continued): BriefBlock => ({
        type: 'briefPart',
        key: `${key}:${part}:${from}`,
        heading: continuedTitle(BRIEF_PART_LABELS[part].ja, continued),
        continued,
        part,
        lines: lines.slice(from, to),
        edited: view.edited !== null,
        differs: view.differs,
      }),
    }
  })
}

/** The slides of a テーマ3 board: per canvas its pages, then its 伝達シート; none without canvases. */
export function theme3Slides(
  doc: WorkshopDoc,
  boardId: string,
  capacity: ExportCapacity,
  keyBase: string,
): SlideDraft[] {
  const slides: SlideDraft[] = []
  for (const [i, canvas] of boardCanvases(doc, boardId).entries()) {
    const content = canvasContent(doc, canvas)
    const canvasKey = `${keyBase}:canvas-${canvas.id}`
    const pages = paginateFlow(canvasFlows(content, capacity, canvasKey), capacity.linesPerSlide)
    for (const [p, page] of pages.entries()) {
      slides.push({
        kind: 'theme3Canvas',
        key: `${canvasKey}:p${p + 1}`,
        title: continuedTitle(`テーマ3${GAP}伝え方 ${i + 1}`, p > 0),
        continued: p > 0,
        overflow: page.overflow,
        canvasId: canvas.id,
        blocks: page.blocks,
      })
    }
    const briefKey = `${keyBase}:brief-${canvas.id}`
    const briefPages = paginateFlow(
      briefFlows(doc, canvas.id, capacity, briefKey),
      capacity.linesPerSlide,
    )
    for (const [p, page] of briefPages.entries()) {
      slides.push({
        kind: 'theme3Brief',
        key: `${briefKey}:p${p + 1}`,
        title: continuedTitle(`テーマ3${GAP}伝達シート ${i + 1}`, p > 0),
        continued: p > 0,
        overflow: page.overflow,
        canvasId: canvas.id,
        blocks: page.blocks,
      })
    }
  }
  return slides
}
