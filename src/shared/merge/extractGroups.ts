import { RECORD_TYPES } from '../model/recordTypes'
import type { AnyRecord } from '../model/schemas'
import { docRecords, emptyDoc, applyRecords, type WorkshopDoc } from '../model/workshopDoc'

export interface ExtractOptions {
  /**
   * Also carry the 名簿 (participants, with their 連絡先): personal data, so only when the
   * organiser chooses it (a table's file leaves it out; the whole workshop's file keeps it).
   */
  roster?: boolean
}

/**
 * The part of a workshop that one exported file carries: the workshop record, the whole
 * timetable, the chosen groups, their boards and every record on those boards (テーマ1 notes,
 * テーマ2 topics, causes, measures and outcomes, テーマ3 canvases, canvas notes and Q&A), and the
 * 名簿 only when `options.roster` says so. Tombstones are included, so deletions travel with the
 * file. Unknown group ids are ignored.
 */
export function extractGroups(
  doc: WorkshopDoc,
  groupIds: readonly string[],
  options: ExtractOptions = {},
): WorkshopDoc {
  const groups = new Set(groupIds.filter((id) => id in doc.groups))
  const boards = new Set(
    Object.values(doc.boards)
      .filter((board) => groups.has(board.groupId))
      .map((board) => board.id),
  )
  // By the registry's scope of each type (see recordTypes.ts).
  const keep = (record: AnyRecord): boolean => {
    switch (RECORD_TYPES[record.type].scope) {
      case 'workshop':
        return false // emptyDoc already holds it
      case 'timetable':
        return true
      case 'group':
        return groups.has(record.id)
      case 'groupBoard':
        return 'groupId' in record && groups.has(record.groupId)
      case 'board':
        return 'boardId' in record && boards.has(record.boardId)
      case 'roster':
        return options.roster === true
    }
  }
  return applyRecords(emptyDoc(doc.workshop), docRecords(doc).filter(keep))
}

/** The whole workshop as an export (every group and the 名簿). */
export function extractWorkshop(doc: WorkshopDoc): WorkshopDoc {
  return extractGroups(doc, Object.keys(doc.groups), { roster: true })
}
