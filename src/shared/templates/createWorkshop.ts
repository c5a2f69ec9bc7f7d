import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import {
  dateSchema,
  type Board,
  type Canvas,
  type CanvasNote,
  type CanvasQa,
  type Cause,
  type Group,
  type Measure,
  type Note,
  type Outcome,
  type TimetableRow,
  type Topic,
  type Votes,
  type Workshop,
} from '../model/schemas'
import { byOrder, docFromRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { recomputeTimes } from '../ops/timetableOps'
import { canvasNoteText, canvasView } from '../theme3/theme3Queries'
import type { WorkshopTemplate } from './types'

/** What the 新しい研修会 dialog asks for. */
export interface NewWorkshopInput {
  /** Blank means the template's defaultTitle. */
  title: string
  /** YYYY-MM-DD or '' (not decided yet); anything else is stored as ''. */
  date: string
  venue: string
}

/**
 * The common fields of a brand-new record; all records of one creation share `now`. A copy of a
 * record starts its own history: rev 1, made by this editor (never the original's `edits`).
 */
function fresh(id: string, now: string, editor: string) {
  return { id, createdAt: now, updatedAt: now, rev: 1, edits: { [editor]: 1 }, deletedAt: null }
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text
}

/**
 * A new workshop from a template: the workshop record and its timetable, with start times
 * computed from the template's dayStart. It starts with no groups: the organiser adds them on
 * the setup screen (「グループを追加」), where the number of tables is known.
 */
export function createWorkshopFromTemplate(
  template: WorkshopTemplate,
  input: NewWorkshopInput,
  ctx: EditContext,
): WorkshopDoc {
  const now = ctx.now()
  const workshop: Workshop = {
    ...fresh(ctx.newId(), now, ctx.editorId),
    type: 'workshop',
    title: clip(input.title.trim() || template.defaultTitle, LIMITS.titleChars),
    date: dateSchema.safeParse(input.date.trim()).success ? input.date.trim() : '',
    venue: clip(input.venue.trim(), LIMITS.shortTextChars),
    variant: template.id,
    scenes: [...template.scenes],
    dayStart: template.dayStart,
    isSample: false,
  }
  const rows = template.rows.map((row, index): TimetableRow => ({
    ...fresh(ctx.newId(), now, ctx.editorId),
    type: 'timetableRow',
    workshopId: workshop.id,
    order: index + 1,
    start: template.dayStart,
    durationMin: row.durationMin,
    kind: row.kind,
    item: row.item,
    content: row.content,
    themeId: row.themeId,
  }))
  return docFromRecords(workshop, withTimes(rows, workshop.dayStart))
}

/** The rows with order 1..n and start times recomputed (recomputeTimes returns only changes). */
function withTimes(rows: TimetableRow[], dayStart: string): TimetableRow[] {
  const changed = new Map(recomputeTimes(rows, dayStart).map((r) => [r.id, r]))
  return rows.map((r) => changed.get(r.id) ?? r)
}

/**
 * A copy of a workshop to run it again: every record gets a new id (members too), every
 * reference is remapped, tombstoned records are left behind (and so are live records that hang
 * off a tombstoned one), revisions start again at 1. The copy is never a sample.
 */
export function duplicateWorkshop(
  doc: WorkshopDoc,
  ctx: EditContext,
  titleSuffix = '（コピー）',
): WorkshopDoc {
  const now = ctx.now()
  const workshop: Workshop = {
    ...doc.workshop,
    ...fresh(ctx.newId(), now, ctx.editorId),
    title: clip(doc.workshop.title + titleSuffix, LIMITS.titleChars),
    isSample: false,
  }
  const rows = live(doc.rows)
    .sort(byOrder)
    .map((row): TimetableRow => ({
      ...row,
      ...fresh(ctx.newId(), now, ctx.editorId),
      workshopId: workshop.id,
    }))

  const groupIds = new Map<string, string>()
  /** Old member id → new member id, per old group id (dots are keyed by member id). */
  const memberIdsByGroup = new Map<string, Map<string, string>>()
  const groups = live(doc.groups)
    .sort(byOrder)
    .map((group): Group => {
      const copy = { ...group, ...fresh(ctx.newId(), now, ctx.editorId), workshopId: workshop.id }
      groupIds.set(group.id, copy.id)
      const memberIds = new Map(group.members.map((m) => [m.id, ctx.newId()]))
      memberIdsByGroup.set(group.id, memberIds)
      const remapMember = (id: string | null) => (id === null ? null : (memberIds.get(id) ?? null))
      return {
        ...copy,
        members: group.members.map((m) => ({
          ...m,
          id: memberIds.get(m.id) ?? m.id,
          qualifications: [...m.qualifications],
        })),
        moderatorId: remapMember(group.moderatorId),
        scribeId: remapMember(group.scribeId),
      }
    })

  const boardIds = new Map<string, string>()
  const boards: Board[] = []
  for (const board of live(doc.boards)) {
    const groupId = groupIds.get(board.groupId)
    if (groupId === undefined) continue
    const copy: Board = {
      ...board,
      ...fresh(ctx.newId(), now, ctx.editorId),
      workshopId: workshop.id,
      groupId,
    }
    boardIds.set(board.id, copy.id)
    boards.push(copy)
  }

  const noteIds = new Map<string, string>()
  const kept = live(doc.notes).filter((note) => boardIds.has(note.boardId))
  for (const note of kept) noteIds.set(note.id, ctx.newId())
  const notes = kept.map((note): Note => ({
    ...note,
    ...fresh(noteIds.get(note.id) ?? ctx.newId(), now, ctx.editorId),
    workshopId: workshop.id,
    boardId: boardIds.get(note.boardId) ?? note.boardId,
    parentId: note.parentId === null ? null : (noteIds.get(note.parentId) ?? null),
    scenes: [...note.scenes],
    who: [...note.who],
  }))
  const maps: DuplicateMaps = {
    workshopId: workshop.id,
    now,
    ctx,
    boardIds,
    noteIds,
    memberIdsByGroup,
  }
  const theme2 = duplicateTheme2(doc, maps)
  return docFromRecords(workshop, [
    ...withTimes(rows, workshop.dayStart),
    ...groups,
    ...boards,
    ...notes,
    ...theme2.records,
    ...duplicateTheme3(doc, maps, theme2.ids),
  ])
}

interface DuplicateMaps {
  workshopId: string
  now: string
  ctx: EditContext
  /** Old → new ids of the records already copied. */
  boardIds: ReadonlyMap<string, string>
  noteIds: ReadonlyMap<string, string>
  memberIdsByGroup: ReadonlyMap<string, ReadonlyMap<string, string>>
}

/**
 * Copies the テーマ2 records of the copied boards with new ids and every reference remapped. A
 * topic linked to a タネ that is not copied (deleted on テーマ1) keeps the text it showed as its
 * title; a reference to a record that is not copied becomes null; dots keep their voters (member
 * ids remapped, anonymous seats as they are).
 */
function duplicateTheme2(
  doc: WorkshopDoc,
  maps: DuplicateMaps,
): { records: (Topic | Cause | Measure | Outcome)[]; ids: Theme2IdMaps } {
  const { workshopId, now, ctx, boardIds, noteIds } = maps
  const newIds = (records: readonly { id: string }[]) =>
    new Map(records.map((r) => [r.id, ctx.newId()]))
  const remap = (ids: ReadonlyMap<string, string>, id: string | null) =>
    id === null ? null : (ids.get(id) ?? null)
  const base = (id: string | undefined, boardId: string) => ({
    ...fresh(id ?? ctx.newId(), now, ctx.editorId),
    workshopId,
    boardId: boardIds.get(boardId) ?? boardId,
  })

  const keptTopics = live(doc.topics).filter((t) => boardIds.has(t.boardId))
  const topicIds = newIds(keptTopics)
  const keptCauses = live(doc.causes).filter((c) => topicIds.has(c.topicId))
  const causeIds = newIds(keptCauses)
  const keptMeasures = live(doc.measures).filter((m) => topicIds.has(m.topicId))
  const measureIds = newIds(keptMeasures)
  const keptOutcomes = live(doc.outcomes).filter((o) => topicIds.has(o.topicId))
  const outcomeIds = newIds(keptOutcomes)

  const topics = keptTopics.map((topic): Topic => {
    const sourceNoteId = remap(noteIds, topic.sourceNoteId)
    const lastText = topic.sourceNoteId === null ? '' : (doc.notes[topic.sourceNoteId]?.text ?? '')
    return {
      ...topic,
      ...base(topicIds.get(topic.id), topic.boardId),
      sourceNoteId,
      title: sourceNoteId === null && topic.title === '' ? lastText : topic.title,
      mainCauseId: remap(causeIds, topic.mainCauseId),
      causeAxes: { ...topic.causeAxes },
      measureAxes: { ...topic.measureAxes },
    }
  })
  const votesFor = (cause: Cause): Votes => {
    const groupId = doc.boards[cause.boardId]?.groupId ?? ''
    const members = maps.memberIdsByGroup.get(groupId)
    return Object.fromEntries(
      Object.entries(cause.votes).map(([voter, n]) => [members?.get(voter) ?? voter, n]),
    )
  }
  const causes = keptCauses.map((cause): Cause => ({
    ...cause,
    ...base(causeIds.get(cause.id), cause.boardId),
    topicId: topicIds.get(cause.topicId) ?? cause.topicId,
    parentId: remap(causeIds, cause.parentId),
    grid: cause.grid && { ...cause.grid },
    votes: votesFor(cause),
  }))
  const measures = keptMeasures.map((measure): Measure => ({
    ...measure,
    ...base(measureIds.get(measure.id), measure.boardId),
    topicId: topicIds.get(measure.topicId) ?? measure.topicId,
    causeId: remap(causeIds, measure.causeId),
    grid: measure.grid && { ...measure.grid },
  }))
  const outcomes = keptOutcomes.map((outcome): Outcome => ({
    ...outcome,
    ...base(outcomeIds.get(outcome.id), outcome.boardId),
    topicId: topicIds.get(outcome.topicId) ?? outcome.topicId,
    measureId: remap(measureIds, outcome.measureId),
  }))
  return {
    records: [...topics, ...causes, ...measures, ...outcomes],
    ids: { topic: topicIds, cause: causeIds, measure: measureIds, outcome: outcomeIds },
  }
}

/** Old → new ids of the copied テーマ2 records, by record type. */
type Theme2IdMaps = Record<'topic' | 'cause' | 'measure' | 'outcome', ReadonlyMap<string, string>>

/**
 * Copies the テーマ3 records of the copied boards: canvases (linked to their copied topic), their
 * notes and questions. A reference to a record that was not copied (deleted) becomes a note of its
 * own with the text it showed; a canvas whose topic was not copied keeps the title it showed.
 */
function duplicateTheme3(
  doc: WorkshopDoc,
  maps: DuplicateMaps,
  theme2: Theme2IdMaps,
): (Canvas | CanvasNote | CanvasQa)[] {
  const { workshopId, now, ctx, boardIds, noteIds } = maps
  const base = (boardId: string) => ({
    ...fresh(ctx.newId(), now, ctx.editorId),
    workshopId,
    boardId: boardIds.get(boardId) ?? boardId,
  })
  const canvasIds = new Map<string, string>()
  const canvases = live(doc.canvases)
    .filter((c) => boardIds.has(c.boardId))
    .map((canvas): Canvas => {
      const copy = base(canvas.boardId)
      canvasIds.set(canvas.id, copy.id)
      const sourceTopicId =
        canvas.sourceTopicId === null ? null : (theme2.topic.get(canvas.sourceTopicId) ?? null)
      const title =
        sourceTopicId === null && canvas.sourceTopicId !== null && canvas.title === ''
          ? canvasView(doc, canvas).title
          : canvas.title
      return { ...canvas, ...copy, sourceTopicId, title, brief: { ...canvas.brief } }
    })
  const refIds = { note: noteIds, ...theme2 }
  const notes = live(doc.canvasNotes)
    .filter((n) => canvasIds.has(n.canvasId))
    .map((note): CanvasNote => {
      const copy = { ...note, ...base(note.boardId), canvasId: canvasIds.get(note.canvasId) ?? '' }
      if (note.ref === null) return copy
      const id = refIds[note.ref.type].get(note.ref.id)
      if (id !== undefined) return { ...copy, ref: { type: note.ref.type, id } }
      return { ...copy, ref: null, text: canvasNoteText(doc, note) }
    })
  const qas = live(doc.canvasQas)
    .filter((q) => canvasIds.has(q.canvasId))
    .map((qa): CanvasQa => ({
      ...qa,
      ...base(qa.boardId),
      canvasId: canvasIds.get(qa.canvasId) ?? '',
    }))
  return [...canvases, ...notes, ...qas]
}
