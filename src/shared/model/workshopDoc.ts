import type { EditContext } from './context'
import { liftLegacyImportedMark } from './importedMark'
import {
  CHILD_RECORD_TYPES,
  docKeyOf,
  type ChildRecordType,
  type DocKeyOf,
  type RecordOf,
} from './recordTypes'
import type { AnyRecord, Workshop } from './schemas'
import { nextVersion } from './versionVector'

export type { DocMapKey } from './recordTypes'

/**
 * One workshop with everything that belongs to it, normalised by id: the workshop, and for every
 * other registered record type (recordTypes.ts) a map by id under its `docKey` (`rows`, `groups`,
 * `boards`, `notes`; テーマ2 `topics`, `causes`, `measures`, `outcomes`; テーマ3 `canvases`,
 * `canvasNotes`, `canvasQas`). Tombstoned records (deletedAt set) stay in the maps so that undo
 * and merge can see them.
 */
export type WorkshopDoc = { workshop: Workshop } & {
  [T in ChildRecordType as DocKeyOf<T>]: Record<string, RecordOf<T>>
}

/** A set of new record versions. Deletions are versions with deletedAt set. */
export interface Change {
  records: AnyRecord[]
}

/** The doc's map of records of `type`. */
export function docMap<T extends ChildRecordType>(
  doc: WorkshopDoc,
  type: T,
): Record<string, RecordOf<T>> {
  return (doc as unknown as Record<DocKeyOf<T>, Record<string, RecordOf<T>>>)[docKeyOf(type)]
}

export function emptyDoc(workshop: Workshop): WorkshopDoc {
  const maps = Object.fromEntries(CHILD_RECORD_TYPES.map((type) => [docKeyOf(type), {}]))
  return { workshop, ...maps } as WorkshopDoc
}

/** Every record of the doc, the workshop first, then by type in registry order. */
export function docRecords(doc: WorkshopDoc): AnyRecord[] {
  return [
    doc.workshop,
    ...CHILD_RECORD_TYPES.flatMap((type): AnyRecord[] => Object.values(docMap(doc, type))),
  ]
}

/**
 * Builds a doc from loose records (as loaded or read from a file); records of other workshops
 * are ignored, old conflict copies marked in their text get the `importedCopy` flag instead.
 */
export function docFromRecords(workshop: Workshop, records: readonly AnyRecord[]): WorkshopDoc {
  return applyRecords(emptyDoc(workshop), records.map(liftLegacyImportedMark))
}

/** Looks up the current version of a record of the doc. */
export function findRecord(doc: WorkshopDoc, record: AnyRecord): AnyRecord | undefined {
  if (record.type === 'workshop') return doc.workshop.id === record.id ? doc.workshop : undefined
  return docMap(doc, record.type)[record.id]
}

/** Returns a new doc with the given record versions put in place (structural sharing). */
export function applyRecords(doc: WorkshopDoc, records: readonly AnyRecord[]): WorkshopDoc {
  let next = doc
  const copied = new Set<ChildRecordType>()
  const own = (type: ChildRecordType): Record<string, AnyRecord> => {
    if (!copied.has(type)) {
      next = { ...next, [docKeyOf(type)]: { ...docMap(next, type) } }
      copied.add(type)
    }
    return docMap(next, type)
  }
  for (const record of records) {
    if (record.type === 'workshop') {
      if (record.id === doc.workshop.id) next = { ...next, workshop: record }
    } else if (record.workshopId === doc.workshop.id) {
      own(record.type)[record.id] = record
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
