import type {
  AnyRecord,
  Board,
  Canvas,
  CanvasNote,
  CanvasQa,
  Cause,
  Group,
  Measure,
  Note,
  Outcome,
  TimetableRow,
  Topic,
  Workshop,
} from './schemas'
import type { EditContext } from './context'
import { nextVersion } from './versionVector'

/**
 * One workshop with everything that belongs to it, normalised by id.
 * Tombstoned records (deletedAt set) stay in the maps so that undo and merge can see them.
 */
export interface WorkshopDoc {
  workshop: Workshop
  rows: Record<string, TimetableRow>
  groups: Record<string, Group>
  boards: Record<string, Board>
  notes: Record<string, Note>
  /** テーマ2 topics (テーマ), causes, countermeasures and 期待値/指標 pairs. */
  topics: Record<string, Topic>
  causes: Record<string, Cause>
  measures: Record<string, Measure>
  outcomes: Record<string, Outcome>
  /** テーマ3 canvases (one per 地域課題), their notes and their questions and answers. */
  canvases: Record<string, Canvas>
  canvasNotes: Record<string, CanvasNote>
  canvasQas: Record<string, CanvasQa>
}

/** The keys of the doc's record maps (everything but the workshop). */
export type DocMapKey =
  | 'rows'
  | 'groups'
  | 'boards'
  | 'notes'
  | 'topics'
  | 'causes'
  | 'measures'
  | 'outcomes'
  | 'canvases'
  | 'canvasNotes'
  | 'canvasQas'

/** A set of new record versions. Deletions are versions with deletedAt set. */
export interface Change {
  records: AnyRecord[]
}

export function emptyDoc(workshop: Workshop): WorkshopDoc {
  return {
    workshop,
    rows: {},
    groups: {},
    boards: {},
    notes: {},
    topics: {},
    causes: {},
    measures: {},
    outcomes: {},
    canvases: {},
    canvasNotes: {},
    canvasQas: {},
  }
}

/** Every record of the doc, the workshop first. */
export function docRecords(doc: WorkshopDoc): AnyRecord[] {
  return [
    doc.workshop,
    ...Object.values(doc.rows),
    ...Object.values(doc.groups),
    ...Object.values(doc.boards),
    ...Object.values(doc.notes),
    ...Object.values(doc.topics),
    ...Object.values(doc.causes),
    ...Object.values(doc.measures),
    ...Object.values(doc.outcomes),
    ...Object.values(doc.canvases),
    ...Object.values(doc.canvasNotes),
    ...Object.values(doc.canvasQas),
  ]
}

/** Builds a doc from loose records; records of other workshops are ignored. */
export function docFromRecords(workshop: Workshop, records: readonly AnyRecord[]): WorkshopDoc {
  return applyRecords(emptyDoc(workshop), records)
}

/** Looks up the current version of a record of the doc. */
export function findRecord(doc: WorkshopDoc, record: AnyRecord): AnyRecord | undefined {
  switch (record.type) {
    case 'workshop':
      return doc.workshop.id === record.id ? doc.workshop : undefined
    case 'timetableRow':
      return doc.rows[record.id]
    case 'group':
      return doc.groups[record.id]
    case 'board':
      return doc.boards[record.id]
    case 'note':
      return doc.notes[record.id]
    case 'topic':
      return doc.topics[record.id]
    case 'cause':
      return doc.causes[record.id]
    case 'measure':
      return doc.measures[record.id]
    case 'outcome':
      return doc.outcomes[record.id]
    case 'canvas':
      return doc.canvases[record.id]
    case 'canvasNote':
      return doc.canvasNotes[record.id]
    case 'canvasQa':
      return doc.canvasQas[record.id]
  }
}

/** Returns a new doc with the given record versions put in place (structural sharing). */
export function applyRecords(doc: WorkshopDoc, records: readonly AnyRecord[]): WorkshopDoc {
  let next = doc
  const copied = new Set<string>()
  const own = <K extends DocMapKey>(key: K): WorkshopDoc[K] => {
    if (!copied.has(key)) {
      next = { ...next, [key]: { ...next[key] } }
      copied.add(key)
    }
    return next[key]
  }
  for (const record of records) {
    if (record.type !== 'workshop' && record.workshopId !== doc.workshop.id) continue
    switch (record.type) {
      case 'workshop':
        if (record.id === doc.workshop.id) next = { ...next, workshop: record }
        break
      case 'timetableRow':
        own('rows')[record.id] = record
        break
      case 'group':
        own('groups')[record.id] = record
        break
      case 'board':
        own('boards')[record.id] = record
        break
      case 'note':
        own('notes')[record.id] = record
        break
      case 'topic':
        own('topics')[record.id] = record
        break
      case 'cause':
        own('causes')[record.id] = record
        break
      case 'measure':
        own('measures')[record.id] = record
        break
      case 'outcome':
        own('outcomes')[record.id] = record
        break
      case 'canvas':
        own('canvases')[record.id] = record
        break
      case 'canvasNote':
        own('canvasNotes')[record.id] = record
        break
      case 'canvasQa':
        own('canvasQas')[record.id] = record
        break
    }
  }
  return next
}

/** When and by whom a change is made (see versionVector.ts for the editor). */
export interface Stamp {
  now: string
  editor: string
}

/** The stamp of a change made now through `ctx`. */
export function stampOf(ctx: Pick<EditContext, 'now' | 'editorId'>): Stamp {
  return { now: ctx.now(), editor: ctx.editorId }
}

/**
 * Stamps edited records with a new revision, editor count and time. `base` is the doc the edit
 * was made on: a record's new rev is one more than its rev there, and its editor's count in
 * `edits` one more (a new record keeps its rev, normally 1, and starts with this editor's 1).
 */
export function stampChange(
  base: WorkshopDoc,
  records: readonly AnyRecord[],
  stamp: Stamp,
): Change {
  return {
    records: records.map((record) => {
      const previous = findRecord(base, record)
      const version = previous
        ? nextVersion(previous, stamp.editor)
        : { rev: record.rev, edits: { [stamp.editor]: 1 } }
      return {
        ...record,
        ...version,
        updatedAt: stamp.now,
        createdAt: previous?.createdAt ?? record.createdAt,
      }
    }),
  }
}

/**
 * The record versions that undo `change` on `base`: previous versions come back, records the
 * change created become tombstones. Stamp the result with `stampChange` against the doc it is
 * applied to, so revisions keep increasing and the undo merges like any other edit.
 */
export function invertChange(base: WorkshopDoc, change: Change, now: string): AnyRecord[] {
  return change.records.map((record): AnyRecord => {
    const previous = findRecord(base, record)
    return previous ?? { ...record, deletedAt: now }
  })
}

/** Live (not deleted) values of a record map, in no particular order (sort with byOrder). */
export function live<T extends { deletedAt: string | null }>(map: Record<string, T>): T[] {
  return Object.values(map).filter((r) => r.deletedAt === null)
}

export function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order
}
