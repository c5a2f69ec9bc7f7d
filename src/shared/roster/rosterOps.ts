import type { EditContext } from '../model/context'
import { LIMITS } from '../model/limits'
import type { AnyRecord, Group, Member, Participant } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase, nextOrder } from '../ops/records'

/**
 * The 名簿 (roster) and who sits where. A person is a participant record; the table they sit at
 * is the group whose `members` hold their id. The member is the table's copy of the person (name,
 * 立場, 所属, 期間, 資格: what covers, the plenary and dot votes read, never the 連絡先); every
 * edit here keeps the two alike.
 *
 * Data from before the roster (file format 5, Dexie schema 4) and members typed on a group's
 * card have no participant record: such a member is on the roster as a 受講者 of the member's id
 * (`rosterPeople`), and gets a record the first time the organiser edits them. Nothing is copied
 * when old data is read, so a table's old file can never bring a second copy of a person.
 */

/** What a new roster entry may be given (everything but the record fields). */
export type ParticipantInit = Partial<
  Omit<Participant, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'edits' | 'deletedAt' | 'type'>
>
export type ParticipantPatch = Omit<ParticipantInit, 'workshopId' | 'order'>

/** The fields the member copy holds. */
const MEMBER_FIELDS = ['name', 'position', 'affiliation', 'years', 'qualifications'] as const

/** The table's copy of a person. */
export function memberOf(person: Participant): Member {
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    affiliation: person.affiliation,
    years: person.years,
    qualifications: [...person.qualifications],
  }
}

/** A new roster entry (受講者 unless told), appended after the others. */
export function newParticipant(
  doc: WorkshopDoc,
  ctx: EditContext,
  init: ParticipantInit & { id?: string } = {},
  order = nextOrder(live(doc.participants)),
): Participant {
  const base = newRecordBase(ctx)
  return {
    ...base,
    id: init.id ?? base.id,
    type: 'participant',
    workshopId: doc.workshop.id,
    order,
    kind: init.kind ?? 'trainee',
    name: init.name ?? '',
    contact: init.contact ?? '',
    affiliation: init.affiliation ?? '',
    title: init.title ?? '',
    position: init.position ?? 'coordinator',
    years: init.years ?? null,
    qualifications: init.qualifications ? [...init.qualifications] : [],
    otherQualification: init.otherQualification ?? '',
    area: init.area ?? '',
    municipality: init.municipality ?? '',
    notes: init.notes ?? '',
  }
}

/**
 * The live roster in its order: the participant records, then the seated members who have none
 * (older data, members typed on a group's card), in group order.
 */
export function rosterPeople(doc: WorkshopDoc): Participant[] {
  const people = live(doc.participants).sort(byOrder)
  const last = nextOrder(people)
  const unrecorded: Participant[] = []
  for (const group of live(doc.groups).sort(byOrder)) {
    for (const member of group.members) {
      if (member.id in doc.participants) continue
      if (unrecorded.some((p) => p.id === member.id)) continue
      unrecorded.push(personOfMember(doc, group, member, last + unrecorded.length))
    }
  }
  return [...people, ...unrecorded]
}

/** The person of an id: the participant record, or the member who has none yet; else null. */
export function personById(doc: WorkshopDoc, personId: string): Participant | null {
  const record = doc.participants[personId]
  if (record) return record.deletedAt ? null : record
  for (const group of live(doc.groups).sort(byOrder)) {
    const member = group.members.find((m) => m.id === personId)
    if (member) return personOfMember(doc, group, member, nextOrder(live(doc.participants)))
  }
  return null
}

/** A seated member without a record, as the roster shows them (a 受講者; nothing else known). */
function personOfMember(
  doc: WorkshopDoc,
  group: Group,
  member: Member,
  order: number,
): Participant {
  return {
    id: member.id,
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
    rev: 1,
    deletedAt: null,
    type: 'participant',
    workshopId: doc.workshop.id,
    order,
    kind: 'trainee',
    name: member.name,
    contact: '',
    affiliation: member.affiliation,
    title: '',
    position: member.position,
    years: member.years,
    qualifications: [...member.qualifications],
    otherQualification: '',
    area: '',
    municipality: '',
    notes: '',
  }
}

/** The record to write for a person: theirs, or a new one of the member's id (first edit). */
function recordFor(doc: WorkshopDoc, person: Participant, ctx: EditContext): Participant {
  if (person.id in doc.participants) return person
  return { ...person, ...newRecordBase(ctx), id: person.id }
}

/** Whether a person sits at a table (受講者); the other kinds sit at none. */
export function sitsAtTable(person: Participant): boolean {
  return person.kind === 'trainee'
}

/** Where each seated person sits: person id → group id (live groups only). */
export function seatsOf(doc: WorkshopDoc): Map<string, string> {
  const seats = new Map<string, string>()
  for (const group of live(doc.groups).sort(byOrder)) {
    for (const member of group.members) if (!seats.has(member.id)) seats.set(member.id, group.id)
  }
  return seats
}

/** The 受講者 who sit at no table yet (the unassigned pool), in roster order. */
export function unassignedPeople(doc: WorkshopDoc): Participant[] {
  const seats = seatsOf(doc)
  return rosterPeople(doc).filter((p) => sitsAtTable(p) && !seats.has(p.id))
}

/** Adds people to the 名簿 (an import: one edit, one undo step); none beyond the limit. */
export function addParticipants(
  doc: WorkshopDoc,
  inits: readonly ParticipantInit[],
  ctx: EditContext,
): Participant[] {
  const room = LIMITS.participantsPerWorkshop - Object.keys(doc.participants).length
  let order = nextOrder(live(doc.participants))
  return inits.slice(0, Math.max(0, room)).map((init) => newParticipant(doc, ctx, init, order++))
}

/**
 * Changes a person; their member copy at a table changes alike. A person who stops being a
 * 受講者 (講師・アドバイザー, オブザーバー, 傍聴) leaves their table.
 */
export function updateParticipant(
  doc: WorkshopDoc,
  personId: string,
  patch: ParticipantPatch,
  ctx: EditContext,
): AnyRecord[] {
  const person = personById(doc, personId)
  if (!person) return []
  const next: Participant = { ...recordFor(doc, person, ctx), ...patch }
  const groupId = seatsOf(doc).get(personId)
  const group = groupId ? doc.groups[groupId] : undefined
  if (!group) return [next]
  if (!sitsAtTable(next)) return [next, withoutMember(group, personId)]
  const touchesMember = MEMBER_FIELDS.some((field) => field in patch)
  if (!touchesMember) return [next]
  return [
    next,
    { ...group, members: group.members.map((m) => (m.id === personId ? memberOf(next) : m)) },
  ]
}

/** Takes people off the 名簿 (tombstones; undo brings them back) and off their tables. */
export function removeParticipants(
  doc: WorkshopDoc,
  personIds: readonly string[],
  ctx: EditContext,
): AnyRecord[] {
  const people = personIds.flatMap((id) => personById(doc, id) ?? [])
  const ids = new Set(people.map((p) => p.id))
  const now = ctx.now()
  const groups = live(doc.groups)
    .filter((g) => g.members.some((m) => ids.has(m.id)))
    .map((g) => [...ids].reduce(withoutMember, g))
  // A person without a record is only a member: leaving the table is enough.
  const records = people
    .filter((p) => p.id in doc.participants)
    .map((p) => ({ ...p, deletedAt: now }))
  return [...records, ...groups]
}

/** The group without the person; a role they held becomes unassigned. */
function withoutMember(group: Group, personId: string): Group {
  return {
    ...group,
    members: group.members.filter((m) => m.id !== personId),
    moderatorId: group.moderatorId === personId ? null : group.moderatorId,
    scribeId: group.scribeId === personId ? null : group.scribeId,
  }
}

/**
 * Moves a person to a table (`toGroupId`) or back to the pool (null), at `index` among the
 * target's members (the end by default). Their roles at the old table become unassigned. Nothing
 * when they are not a 受講者, already there, or the target is full.
 */
export function moveParticipant(
  doc: WorkshopDoc,
  personId: string,
  toGroupId: string | null,
  index?: number,
): Group[] {
  const person = personById(doc, personId)
  if (!person || !sitsAtTable(person)) return []
  const fromId = seatsOf(doc).get(personId) ?? null
  if (fromId === toGroupId) return []
  const target = toGroupId ? doc.groups[toGroupId] : undefined
  if (toGroupId && (!target || target.deletedAt)) return []
  if (target && target.members.length >= LIMITS.membersPerGroup) return []
  const out: Group[] = []
  const from = fromId ? doc.groups[fromId] : undefined
  if (from) out.push(withoutMember(from, personId))
  if (target) {
    const members = [...target.members]
    members.splice(index ?? members.length, 0, memberOf(person))
    out.push({ ...target, members })
  }
  return out
}
