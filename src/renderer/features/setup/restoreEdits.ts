import type { AnyRecord, Member, TimetableRow } from '../../../shared/model/schemas'
import { live, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import { recomputeTimes, timetableRows } from '../../../shared/ops/timetableOps'
import type { Edit } from '../../stores/storeTypes'

/**
 * Edits behind the 元に戻す button of a notice. Unlike a global undo they restore exactly the
 * thing the notice is about, even when other edits were made since.
 */

/** Brings a deleted timetable row back at its old position; later rows shift again. */
export function restoreRow(rowId: string, index: number): Edit {
  return (doc: WorkshopDoc) => {
    const row = doc.rows[rowId]
    if (!row || row.deletedAt === null) return []
    const restored: TimetableRow = { ...row, deletedAt: null }
    const rows = timetableRows(doc)
    rows.splice(Math.min(Math.max(index, 0), rows.length), 0, restored)
    const byId = new Map<string, AnyRecord>([[restored.id, restored]])
    for (const changed of recomputeTimes(rows, doc.workshop.dayStart)) {
      byId.set(changed.id, changed)
    }
    return [...byId.values()]
  }
}

/** Brings back a deleted group with the boards and notes deleted together with it. */
export function restoreGroup(groupId: string): Edit {
  return (doc: WorkshopDoc) => {
    const group = doc.groups[groupId]
    if (!group?.deletedAt) return []
    const when = group.deletedAt
    const boards = Object.values(doc.boards).filter(
      (b) => b.groupId === groupId && b.deletedAt === when,
    )
    const boardIds = new Set(boards.map((b) => b.id))
    const notes = Object.values(doc.notes).filter(
      (n) => boardIds.has(n.boardId) && n.deletedAt === when,
    )
    return [group, ...boards, ...notes].map((r) => ({ ...r, deletedAt: null }))
  }
}

/** Puts a removed member back at their old place, with the roles they held if still free. */
export function restoreMember(
  groupId: string,
  member: Member,
  index: number,
  roles: { moderator: boolean; scribe: boolean },
): Edit {
  return (doc: WorkshopDoc) => {
    const group = live(doc.groups).find((g) => g.id === groupId)
    if (!group || group.members.some((m) => m.id === member.id)) return []
    const members = [...group.members]
    members.splice(Math.min(index, members.length), 0, member)
    return [
      {
        ...group,
        members,
        moderatorId: roles.moderator && group.moderatorId === null ? member.id : group.moderatorId,
        scribeId: roles.scribe && group.scribeId === null ? member.id : group.scribeId,
      },
    ]
  }
}
