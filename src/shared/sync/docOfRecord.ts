import type { AnyRecord } from '../model/schemas'
import { docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { docName, type DocRef } from './docNames'

/**
 * The document a record of a workshop lives in (docNames.ts): meta for the workshop and its
 * timetable, the group's document for the group, its boards and the records on them; null for a
 * record on a board the workshop does not have.
 */
export function docRefOf(record: AnyRecord, doc: WorkshopDoc): DocRef | null {
  const workshopId = doc.workshop.id
  switch (record.type) {
    case 'workshop':
    case 'timetableRow':
      return { kind: 'meta', workshopId }
    case 'group':
      return { kind: 'group', workshopId, groupId: record.id }
    case 'board':
      return { kind: 'group', workshopId, groupId: record.groupId }
    case 'note':
    case 'topic':
    case 'cause':
    case 'measure':
    case 'outcome':
    case 'canvas':
    case 'canvasNote':
    case 'canvasQa': {
      const board = doc.boards[record.boardId]
      return board ? { kind: 'group', workshopId, groupId: board.groupId } : null
    }
  }
}

/** Every record of the workshop by the name of the document it lives in. */
export function recordsByDoc(doc: WorkshopDoc): Map<string, AnyRecord[]> {
  const out = new Map<string, AnyRecord[]>()
  for (const record of docRecords(doc)) {
    const ref = docRefOf(record, doc)
    if (!ref) continue
    const name = docName(ref)
    const list = out.get(name)
    if (list) list.push(record)
    else out.set(name, [record])
  }
  return out
}
