import type { EditContext } from '../model/context'
import type { AnyRecord } from '../model/schemas'
import { applyRecords, type WorkshopDoc } from '../model/workshopDoc'
import { addNote, type NoteInit } from './theme1Ops'

/**
 * Adds several notes in one edit (a pasted list: one undo step), each after the one before, as
 * addNote adds one. Returns each changed record once, in its last version; stops adding when
 * addNote refuses (the workshop's limit reached).
 */
export function addNoteList(
  doc: WorkshopDoc,
  boardId: string,
  inits: readonly NoteInit[],
  ctx: EditContext,
): AnyRecord[] {
  const changed = new Map<string, AnyRecord>()
  let current = doc
  for (const init of inits) {
    const records = addNote(current, boardId, init, ctx)
    if (records.length === 0) break
    for (const r of records) changed.set(`${r.type}:${r.id}`, r)
    current = applyRecords(current, records)
  }
  return [...changed.values()]
}
