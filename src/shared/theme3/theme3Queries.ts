import { indexTheme1Board } from '../board/theme1Layout'
import { SCENE_LABELS } from '../model/scenes'
import {
  CANVAS_AREAS,
  type Board,
  type Canvas,
  type CanvasArea,
  type CanvasNote,
  type CanvasQa,
  type CanvasRef,
  type Topic,
} from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { boardTopics, topicView } from '../theme2/theme2Queries'

/** Read-side of the テーマ3 board: what the canvas, the 伝達シート and the projector show. */

/** A live テーマ3 board. */
export function theme3Board(doc: WorkshopDoc, boardId: string): Board | undefined {
  const board = doc.boards[boardId]
  return board && board.deletedAt === null && board.themeId === 'theme3' ? board : undefined
}

/** The live board of a theme of the same group as `boardId`. */
export function sameGroupBoard(
  doc: WorkshopDoc,
  boardId: string,
  themeId: Board['themeId'],
): Board | undefined {
  const groupId = doc.boards[boardId]?.groupId
  return live(doc.boards).find((b) => b.groupId === groupId && b.themeId === themeId)
}

export function liveCanvas(doc: WorkshopDoc, id: string): Canvas | undefined {
  const canvas = doc.canvases[id]
  return canvas && canvas.deletedAt === null ? canvas : undefined
}

export function liveCanvasNote(doc: WorkshopDoc, id: string): CanvasNote | undefined {
  const note = doc.canvasNotes[id]
  return note && note.deletedAt === null ? note : undefined
}

export function liveCanvasQa(doc: WorkshopDoc, id: string): CanvasQa | undefined {
  const qa = doc.canvasQas[id]
  return qa && qa.deletedAt === null ? qa : undefined
}

/** The live canvases of a テーマ3 board in display order. */
export function boardCanvases(doc: WorkshopDoc, boardId: string): Canvas[] {
  return live(doc.canvases)
    .filter((c) => c.boardId === boardId)
    .sort(byOrder)
}

export function compareByOrder(
  a: { order: number; createdAt: string; id: string },
  b: { order: number; createdAt: string; id: string },
): number {
  if (a.order !== b.order) return a.order - b.order
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The live notes of a canvas, per area, each area in display order. */
export function canvasAreaNotes(
  doc: WorkshopDoc,
  canvasId: string,
): Record<CanvasArea, CanvasNote[]> {
  const areas = Object.fromEntries(CANVAS_AREAS.map((a) => [a, [] as CanvasNote[]])) as Record<
    CanvasArea,
    CanvasNote[]
  >
  for (const note of Object.values(doc.canvasNotes)) {
    if (note.deletedAt === null && note.canvasId === canvasId) areas[note.area].push(note)
  }
  for (const area of CANVAS_AREAS) areas[area].sort(compareByOrder)
  return areas
}

/** The live notes of one area of a canvas in display order. */
export function areaNotes(doc: WorkshopDoc, canvasId: string, area: CanvasArea): CanvasNote[] {
  return live(doc.canvasNotes)
    .filter((n) => n.canvasId === canvasId && n.area === area)
    .sort(compareByOrder)
}

/** The live questions of a canvas in display order. */
export function canvasQas(doc: WorkshopDoc, canvasId: string): CanvasQa[] {
  return live(doc.canvasQas)
    .filter((q) => q.canvasId === canvasId)
    .sort(compareByOrder)
}

/** The topic a canvas is about, when it is linked to one (deleted topics too: shown marked). */
export function canvasTopic(doc: WorkshopDoc, canvas: Canvas): Topic | undefined {
  return canvas.sourceTopicId === null ? undefined : doc.topics[canvas.sourceTopicId]
}

/**
 * Where a canvas's 地域課題 comes from: typed here, a live テーマ2 topic, a topic deleted on
 * テーマ2 (its last words still shown, marked) or a topic not in the doc at all.
 */
export type CanvasSource = 'typed' | 'topic' | 'topicDeleted' | 'topicMissing'

export interface CanvasView {
  canvas: Canvas
  /** The 地域課題 as shown: the canvas's own title, else the topic's 地域課題 statement or テーマ. */
  title: string
  source: CanvasSource
  /** The linked topic's 問1 テーマ (its タネ's text when it has no title of its own). */
  topicTitle: string | null
  /** The linked topic's one-line 地域課題 statement ('' when none). */
  statement: string
  /** The テーマ1 タネ the linked topic came from, if any. */
  taneText: string | null
}

export function canvasView(doc: WorkshopDoc, canvas: Canvas): CanvasView {
  const topic = canvasTopic(doc, canvas)
  const source: CanvasSource =
    canvas.sourceTopicId === null
      ? 'typed'
      : topic === undefined
        ? 'topicMissing'
        : topic.deletedAt === null
          ? 'topic'
          : 'topicDeleted'
  const view = topic ? topicView(doc, topic) : null
  const statement = topic?.statement ?? ''
  const fromTopic = statement !== '' ? statement : (view?.title ?? '')
  return {
    canvas,
    title: canvas.title !== '' ? canvas.title : fromTopic,
    source,
    topicTitle: view?.title ?? null,
    statement,
    taneText: view?.taneText ?? null,
  }
}

/** The テーマ2 topics of the group that a new canvas can be about (with their canvases). */
export interface TopicCandidate {
  topic: Topic
  title: string
  /** Live canvases of this board already about the topic. */
  canvasIds: string[]
}

export function topicCandidates(doc: WorkshopDoc, boardId: string): TopicCandidate[] {
  const theme2 = sameGroupBoard(doc, boardId, 'theme2')
  if (!theme3Board(doc, boardId) || !theme2) return []
  const canvases = boardCanvases(doc, boardId)
  return boardTopics(doc, theme2.id).map((topic) => {
    const view = topicView(doc, topic)
    return {
      topic,
      title: topic.statement !== '' ? topic.statement : view.title,
      canvasIds: canvases.filter((c) => c.sourceTopicId === topic.id).map((c) => c.id),
    }
  })
}

// ---- Live references to テーマ1 and テーマ2 content ----

/** Where a reference points: which theme and what kind of record (for its badge). */
export type RefKind = 'theme1Note' | 'topic' | 'cause' | 'mainCause' | 'measure' | 'outcome'

export const REF_KIND_LABELS: Record<RefKind, { ja: string; en: string }> = {
  theme1Note: { ja: 'テーマ1 付箋', en: 'Theme 1 note' },
  topic: { ja: 'テーマ2 テーマ', en: 'Theme 2 topic' },
  cause: { ja: 'テーマ2 原因', en: 'Theme 2 cause' },
  mainCause: { ja: 'テーマ2 主たる原因', en: 'Theme 2 main cause' },
  measure: { ja: 'テーマ2 対策', en: 'Theme 2 countermeasure' },
  outcome: { ja: 'テーマ2 期待値・指標', en: 'Theme 2 expected effect' },
}

export interface ResolvedRef {
  kind: RefKind
  /** The referenced text as it is now (a deleted record's last text). */
  text: string
  /** Extra context for the badge: the テーマ1 scenes, or the テーマ2 topic. */
  context: string
  /** The referenced record was deleted on its board; its last text is shown, marked. */
  deleted: boolean
  /** The record is not in the doc (e.g. a partial import): nothing to show. */
  missing: boolean
  /** The record belongs to another group than the canvas (merged data): shown as missing. */
  foreign: boolean
}

function outcomeText(expectation: string, indicator: string): string {
  if (indicator === '') return expectation
  if (expectation === '') return `指標：${indicator}`
  return `${expectation}（指標：${indicator}）`
}

function topicLabel(doc: WorkshopDoc, topicId: string): string {
  const topic = doc.topics[topicId]
  return topic ? topicView(doc, topic).title : ''
}

/** What a reference shows, read live from the doc. */
export function resolveRef(doc: WorkshopDoc, ref: CanvasRef, groupId: string | null): ResolvedRef {
  const missing = (kind: RefKind): ResolvedRef => ({
    kind,
    text: '',
    context: '',
    deleted: false,
    missing: true,
    foreign: false,
  })
  const done = (
    kind: RefKind,
    record: { deletedAt: string | null; boardId: string },
    text: string,
    context: string,
  ): ResolvedRef => {
    // Another group's record (only reachable through a merged or hand-made file) is never shown:
    // it reads as missing, so no group's words appear on another group's canvas.
    if (groupId !== null && doc.boards[record.boardId]?.groupId !== groupId) {
      return { ...missing(kind), foreign: true }
    }
    return {
      kind,
      text,
      context,
      deleted: record.deletedAt !== null,
      missing: false,
      foreign: false,
    }
  }
  switch (ref.type) {
    case 'note': {
      const note = doc.notes[ref.id]
      if (!note) return missing('theme1Note')
      const scenes = note.scenes.map((s) => SCENE_LABELS[s].ja).join('・')
      return done('theme1Note', note, note.text, scenes === '' ? '未分類' : scenes)
    }
    case 'topic': {
      const topic = doc.topics[ref.id]
      if (!topic) return missing('topic')
      const view = topicView(doc, topic)
      const text = topic.statement !== '' ? topic.statement : view.title
      return done('topic', topic, text, topic.statement !== '' ? view.title : '')
    }
    case 'cause': {
      const cause = doc.causes[ref.id]
      if (!cause) return missing('cause')
      const isMain = doc.topics[cause.topicId]?.mainCauseId === cause.id
      return done(isMain ? 'mainCause' : 'cause', cause, cause.text, topicLabel(doc, cause.topicId))
    }
    case 'measure': {
      const measure = doc.measures[ref.id]
      if (!measure) return missing('measure')
      const text =
        measure.target === '' ? measure.text : `${measure.text}（対象：${measure.target}）`
      return done('measure', measure, text, topicLabel(doc, measure.topicId))
    }
    case 'outcome': {
      const outcome = doc.outcomes[ref.id]
      if (!outcome) return missing('outcome')
      const text = outcomeText(outcome.expectation, outcome.indicator)
      return done('outcome', outcome, text, topicLabel(doc, outcome.topicId))
    }
  }
}

/** The text a canvas note shows: its own, or its reference's as it is now (own group only). */
export function canvasNoteText(doc: WorkshopDoc, note: CanvasNote): string {
  if (note.ref === null) return note.text
  return resolveRef(doc, note.ref, doc.boards[note.boardId]?.groupId ?? null).text
}

/** Something of テーマ1 or テーマ2 the table can bring into the canvas. */
export interface RefCandidate {
  ref: CanvasRef
  kind: RefKind
  text: string
  context: string
  /** A テーマ1 note marked タネ. */
  tane: boolean
}

/**
 * What the group has on its テーマ1 and テーマ2 boards, in board order: テーマ1 notes (タネ first),
 * then per テーマ2 topic: the topic, its causes (the main cause first), countermeasures (採用 first)
 * and 期待値/指標. Empty texts are left out.
 */
export function refCandidates(doc: WorkshopDoc, boardId: string): RefCandidate[] {
  const groupId = doc.boards[boardId]?.groupId ?? null
  const out: RefCandidate[] = []
  const push = (ref: CanvasRef, tane = false) => {
    const resolved = resolveRef(doc, ref, groupId)
    if (resolved.missing || resolved.deleted || resolved.text.trim() === '') return
    out.push({ ref, kind: resolved.kind, text: resolved.text, context: resolved.context, tane })
  }
  const theme1 = sameGroupBoard(doc, boardId, 'theme1')
  if (theme1) {
    // In the board's reading order (tray, then the scenes, 見出し before their notes), タネ first.
    const { rank } = indexTheme1Board(doc, theme1.id)
    const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER
    const notes = live(doc.notes)
      .filter((n) => n.boardId === theme1.id)
      .sort((a, b) => Number(b.tane) - Number(a.tane) || at(a.id) - at(b.id))
    for (const note of notes) push({ type: 'note', id: note.id }, note.tane)
  }
  const theme2 = sameGroupBoard(doc, boardId, 'theme2')
  if (theme2) {
    for (const topic of boardTopics(doc, theme2.id)) {
      push({ type: 'topic', id: topic.id })
      const causes = live(doc.causes)
        .filter((c) => c.topicId === topic.id)
        .sort(
          (a, b) =>
            Number(b.id === topic.mainCauseId) - Number(a.id === topic.mainCauseId) ||
            compareByOrder(a, b),
        )
      for (const cause of causes) push({ type: 'cause', id: cause.id })
      const measures = live(doc.measures)
        .filter((m) => m.topicId === topic.id)
        .sort((a, b) => Number(b.chosen) - Number(a.chosen) || compareByOrder(a, b))
      for (const measure of measures) push({ type: 'measure', id: measure.id })
      const outcomes = live(doc.outcomes)
        .filter((o) => o.topicId === topic.id)
        .sort(compareByOrder)
      for (const outcome of outcomes) push({ type: 'outcome', id: outcome.id })
    }
  }
  return out
}
