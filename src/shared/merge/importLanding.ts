import { boardIdOf } from '../model/recordTypes'
import type { ThemeId } from '../model/themes'
import { docRecords, type WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'

/**
 * Where the user lands after importing a file: a file of one group (a table's file) opens that
 * group on the theme of its latest change, so the facilitator sees what came in; a file of
 * several groups opens the workshop's groups. Pure: read from the file's own records.
 */

export interface GroupLanding {
  groupId: string
  groupName: string
  themeId: ThemeId
}

/** The theme of the group's latest change in the doc (テーマ1 when its boards are empty). */
export function latestTheme(doc: WorkshopDoc, groupId: string): ThemeId {
  let latest: { at: string; themeId: ThemeId } | null = null
  for (const record of docRecords(doc)) {
    const boardId = boardIdOf(record)
    const board = boardId === null ? undefined : doc.boards[boardId]
    if (board?.groupId !== groupId) continue
    if (latest === null || record.updatedAt > latest.at) {
      latest = { at: record.updatedAt, themeId: board.themeId }
    }
  }
  return latest?.themeId ?? 'theme1'
}

/** The group a file of one live group carries and its latest theme; null for several or none. */
export function importLanding(incoming: WorkshopDoc): GroupLanding | null {
  const groups = workshopGroups(incoming)
  const [only] = groups
  if (groups.length !== 1 || !only) return null
  return { groupId: only.id, groupName: only.name, themeId: latestTheme(incoming, only.id) }
}
