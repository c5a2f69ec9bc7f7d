import type { Group } from '../model/schemas'
import { MODERATOR_LABEL, POSITION_LABELS, SCRIBE_LABEL } from './exportLabels'
import type { ExportCoverTheme, ExportGroupCover, ExportMember } from './exportTypes'

/**
 * A group's cover page: its members (氏名・立場・所属) with 司会・書記 marked, as the setup
 * holds them, and a line per exported theme saying whether the group filled it in.
 */

function roleOf(group: Group, memberId: string): string {
  return [
    group.moderatorId === memberId ? MODERATOR_LABEL : '',
    group.scribeId === memberId ? SCRIBE_LABEL : '',
  ]
    .filter((r) => r !== '')
    .join('・')
}

function nameOf(group: Group, memberId: string | null): string {
  return group.members.find((m) => m.id === memberId)?.name ?? ''
}

export function groupCover(group: Group, themes: ExportCoverTheme[]): ExportGroupCover {
  const members: ExportMember[] = group.members.map((m) => ({
    id: m.id,
    name: m.name,
    position: POSITION_LABELS[m.position],
    affiliation: m.affiliation,
    role: roleOf(group, m.id),
  }))
  return {
    key: `${group.id}:cover`,
    groupId: group.id,
    groupName: group.name,
    members,
    moderator: nameOf(group, group.moderatorId),
    scribe: nameOf(group, group.scribeId),
    themes,
  }
}
