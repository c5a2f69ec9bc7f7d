import type { Group, Member, MemberPosition } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { THEME_IDS, type ThemeId } from '../model/themes'
import { workshopGroups } from '../ops/groupOps'
import { timetableRows } from '../ops/timetableOps'
import { cardFor } from '../templates/themeCards'
import { computeSchedule } from '../timetable/schedule'

/**
 * 「グループ用の資料」 (report L7164-7167): one A4 sheet a table keeps in front of it all day —
 * who sits there and who is 司会・書記, the day's timetable, and each theme's card with its 問い.
 * Nothing on it is personal data beyond the names, 立場 and 所属 the members say aloud anyway:
 * a 連絡先 never reaches a table sheet.
 */

export type TableRole = 'moderator' | 'scribe'

export interface TableSheetMember {
  id: string
  name: string
  position: MemberPosition
  affiliation: string
  /** 司会 / 書記 / both, in that order. */
  roles: TableRole[]
}

export interface TableSheetRow {
  start: string
  end: string
  item: string
  /** The theme this row works on (the sheet marks the group-work rows). */
  themeId: ThemeId | null
}

export interface TableSheetTheme {
  themeId: ThemeId
  /** 「テーマ 1」 */
  label: string
  /** The card's title (line breaks kept), verbatim. */
  title: string
  subtitle: string | null
  /** 「【検討の所要時間：目安】 40分程度」 */
  duration: string
  /** The facilitator's 問い, verbatim. */
  questions: string[]
}

export interface TableSheet {
  groupId: string
  groupName: string
  members: TableSheetMember[]
}

export interface TableSheets {
  title: string
  /** YYYY-MM-DD or ''. */
  date: string
  venue: string
  /** The day's rows, the same on every sheet. */
  rows: TableSheetRow[]
  /** テーマ1-3's cards, the same on every sheet. */
  themes: TableSheetTheme[]
  sheets: TableSheet[]
}

export function memberRoles(
  group: Pick<Group, 'moderatorId' | 'scribeId'>,
  member: Pick<Member, 'id'>,
): TableRole[] {
  const roles: TableRole[] = []
  if (group.moderatorId === member.id) roles.push('moderator')
  if (group.scribeId === member.id) roles.push('scribe')
  return roles
}

/** One sheet per live group, in the groups' order; members in their order at the table. */
export function buildTableSheets(doc: WorkshopDoc): TableSheets {
  const { workshop } = doc
  const schedule = computeSchedule(timetableRows(doc), workshop.dayStart)
  return {
    title: workshop.title,
    date: workshop.date,
    venue: workshop.venue,
    rows: schedule.rows.map(({ row, start, end }) => ({
      start,
      end,
      item: row.item,
      themeId: row.kind === 'theme' ? row.themeId : null,
    })),
    themes: THEME_IDS.map((themeId) => {
      const card = cardFor(workshop.variant, themeId)
      return {
        themeId,
        label: card.label,
        title: card.title,
        subtitle: card.subtitle,
        duration: card.duration,
        questions: card.questions,
      }
    }),
    sheets: workshopGroups(doc).map((group) => ({
      groupId: group.id,
      groupName: group.name,
      members: group.members.map((member) => ({
        id: member.id,
        name: member.name,
        position: member.position,
        affiliation: member.affiliation,
        roles: memberRoles(group, member),
      })),
    })),
  }
}
