import { boardIdOf, CHILD_RECORD_TYPES, RECORD_TYPES } from '../model/recordTypes'
import type { AnyRecord } from '../model/schemas'
import { docMap, docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { docName, type DocRef } from './docNames'

/**
 * The document a record of a workshop lives in (docNames.ts): meta for the workshop, its
 * timetable and its commentators, the group's document for the group, its boards, the records on
 * them and its 講評メモ; null for a
 * record on a board the workshop does not have, and for the 名簿 (personal data stays on the
 * organiser's computer).
 */
export function docRefOf(record: AnyRecord, doc: WorkshopDoc): DocRef | null {
  const workshopId = doc.workshop.id
  switch (RECORD_TYPES[record.type].scope) {
    case 'workshop':
    case 'timetable':
      return { kind: 'meta', workshopId }
    case 'group':
      return { kind: 'group', workshopId, groupId: record.id }
    case 'groupBoard':
    case 'board': {
      const groupId = groupIdOf(record, doc)
      return groupId ? { kind: 'group', workshopId, groupId } : null
    }
    case 'roster':
      return null
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

/**
 * The records of each group's document (the group, its boards and the records on them, deleted
 * ones too) by group id, in the doc's own order: a record that did not change keeps its place and
 * its object, so comparing two lists item by item tells whether anything of the group changed
 * (the console redraws only that group's thumbnail). One pass, no strings built per record.
 */
export function recordsByGroup(doc: WorkshopDoc): Map<string, AnyRecord[]> {
  const out = new Map<string, AnyRecord[]>()
  for (const type of CHILD_RECORD_TYPES) {
    const scope = RECORD_TYPES[type].scope
    if (scope === 'timetable') continue
    for (const record of Object.values(docMap(doc, type))) {
      const groupId = scope === 'group' ? record.id : groupIdOf(record, doc)
      if (!groupId) continue
      const list = out.get(groupId)
      if (list) list.push(record)
      else out.set(groupId, [record])
    }
  }
  return out
}

/** The group a board, or a record on a board, belongs to (null: a board the workshop lacks). */
function groupIdOf(record: AnyRecord, doc: WorkshopDoc): string | null {
  if (record.type === 'board' || record.type === 'review') return record.groupId
  const boardId = boardIdOf(record)
  return (boardId && doc.boards[boardId]?.groupId) || null
}
