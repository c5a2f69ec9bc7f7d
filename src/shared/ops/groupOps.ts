import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import { THEME_IDS } from '../model/themes'
import type { AnyRecord, Board, Group, Member } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from './records'

export type MemberPatch = Partial<Omit<Member, 'id'>>
export type GroupRole = 'moderatorId' | 'scribeId'

/** The live groups of a workshop in display order. */
export function workshopGroups(doc: WorkshopDoc): Group[] {
  return live(doc.groups).sort(byOrder)
}

/** The board of a group for a theme (every group has one per theme). */
export function boardOf(
  doc: WorkshopDoc,
  groupId: string,
  themeId: Board['themeId'],
): Board | undefined {
  return live(doc.boards).find((b) => b.groupId === groupId && b.themeId === themeId)
}

/** The name the next group gets: Ａグループ, Ｂグループ, … (the poster's 「●グループ」). */
export function nextGroupName(doc: WorkshopDoc): string {
  const letters = 'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ'
  const taken = new Set(workshopGroups(doc).map((g) => g.name))
  for (const letter of letters) {
    const name = `${letter}グループ`
    if (!taken.has(name)) return name
  }
  return `グループ${workshopGroups(doc).length + 1}`
}

/** A new group and its three boards (テーマ1-3). */
export function addGroup(
  doc: WorkshopDoc,
  ctx: EditContext,
  name = nextGroupName(doc),
): AnyRecord[] {
  const group: Group = {
    ...newRecordBase(ctx),
    type: 'group',
    workshopId: doc.workshop.id,
    name,
    order: nextOrder(workshopGroups(doc)),
    members: [],
    moderatorId: null,
    scribeId: null,
  }
  const boards: Board[] = THEME_IDS.map((themeId) => ({
    ...newRecordBase(ctx),
    type: 'board',
    workshopId: doc.workshop.id,
    groupId: group.id,
    themeId,
  }))
  return [group, ...boards]
}

export function renameGroup(doc: WorkshopDoc, groupId: string, name: string): AnyRecord[] {
  const group = doc.groups[groupId]
  return group ? [{ ...group, name }] : []
}

/**
 * Tombstones the group with its boards and everything on them: notes, テーマ2 topics, causes,
 * countermeasures and 期待値/指標 (undo restores all of it).
 */
export function removeGroup(doc: WorkshopDoc, groupId: string, ctx: EditContext): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group || group.deletedAt) return []
  const now = ctx.now()
  const boards = live(doc.boards).filter((b) => b.groupId === groupId)
  const boardIds = new Set(boards.map((b) => b.id))
  const onBoards = <T extends { boardId: string; deletedAt: string | null }>(
    map: Record<string, T>,
  ) => live(map).filter((r) => boardIds.has(r.boardId))
  return [
    group,
    ...boards,
    ...onBoards(doc.notes),
    ...onBoards(doc.topics),
    ...onBoards(doc.causes),
    ...onBoards(doc.measures),
    ...onBoards(doc.outcomes),
    ...onBoards(doc.canvases),
    ...onBoards(doc.canvasNotes),
    ...onBoards(doc.canvasQas),
    ...onBoards(doc.cafeReactions),
  ].map((r) => ({ ...r, deletedAt: now }))
}

export function addMember(
  doc: WorkshopDoc,
  groupId: string,
  ctx: EditContext,
  init: MemberPatch = {},
): AnyRecord[] {
  const group = doc.groups[groupId]
  // A member beyond LIMITS.membersPerGroup would make the group record fail validation.
  if (!group || group.members.length >= LIMITS.membersPerGroup) return []
  const member: Member = {
    id: ctx.newId(),
    name: '',
    position: 'coordinator',
    affiliation: '',
    years: null,
    qualifications: [],
    ...init,
  }
  return [{ ...group, members: [...group.members, member] }]
}

export function updateMember(
  doc: WorkshopDoc,
  groupId: string,
  memberId: string,
  patch: MemberPatch,
): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group) return []
  // The 名簿 entry of the member (when they have one) stays alike (roster/rosterOps.ts).
  const person = doc.participants[memberId]
  return [
    { ...group, members: group.members.map((m) => (m.id === memberId ? { ...m, ...patch } : m)) },
    ...(person && !person.deletedAt ? [{ ...person, ...patch }] : []),
  ]
}

/** Removes a member; a role they held becomes unassigned. */
export function removeMember(doc: WorkshopDoc, groupId: string, memberId: string): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group) return []
  return [
    {
      ...group,
      members: group.members.filter((m) => m.id !== memberId),
      moderatorId: group.moderatorId === memberId ? null : group.moderatorId,
      scribeId: group.scribeId === memberId ? null : group.scribeId,
    },
  ]
}

/** Sets who is 司会 (moderatorId) or 書記 (scribeId); one member may hold both, as in the report. */
export function setRole(
  doc: WorkshopDoc,
  groupId: string,
  role: GroupRole,
  memberId: string | null,
): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group) return []
  if (memberId !== null && !group.members.some((m) => m.id === memberId)) return []
  return [{ ...group, [role]: memberId }]
}
