import type { MemberPosition, Participant, ParticipantKind, Qualification } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import { rosterPeople, seatsOf } from '../roster/rosterOps'
import { memberRoles, type TableRole } from './tableSheet'

/**
 * The printed 名簿 (report L7164-7167: 「名簿の他にグループ用の資料もつくっておく」): everyone on
 * the roster, table by table in the groups' order (司会・書記 marked), then the 受講者 at no table
 * yet, then those who sit at none (講師・アドバイザー, オブザーバー, 傍聴). The 連絡先 is personal data:
 * it is on the sheet only when the organiser asks (`withContact`), and the sheet then says so.
 */

export interface RosterSheetPerson {
  id: string
  /** Trimmed; '' when the person has no name yet. */
  name: string
  position: MemberPosition
  /** 所属と役職 */
  affiliation: string
  title: string
  /** 圏域・市町村 */
  area: string
  municipality: string
  years: number | null
  /** The 図表-76 qualifications held; その他 only when no other qualification is written. */
  qualifications: Qualification[]
  otherQualification: string
  /** '' unless the sheet is printed with the 連絡先. */
  contact: string
  /** 司会 / 書記 / both at their table; none off the tables. */
  roles: TableRole[]
}

export type RosterSectionKind = 'group' | 'unassigned' | Exclude<ParticipantKind, 'trainee'>

export interface RosterSheetSection {
  kind: RosterSectionKind
  /** The group's id for a table's section, else the kind. */
  key: string
  /** The group's name (trimmed; '' when it has none); '' for the other sections. */
  groupName: string
  people: RosterSheetPerson[]
}

export interface RosterSheet {
  title: string
  /** YYYY-MM-DD or ''. */
  date: string
  venue: string
  withContact: boolean
  /** Everyone on the sheet. */
  total: number
  /** The 受講者 among them. */
  trainees: number
  sections: RosterSheetSection[]
}

export interface RosterSheetOptions {
  /** Prints the 連絡先 (personal data); off unless the organiser ticks it. */
  withContact: boolean
}

const OFF_TABLE_KINDS = ['lecturer', 'observer', 'auditor'] as const

/**
 * The sheet of the workshop: a section per live group that has anyone (or is empty but exists,
 * so that the list of tables is whole), then 未割り当て, then each kind off the tables; the
 * sections other than the groups only when someone is in them.
 */
export function buildRosterSheet(doc: WorkshopDoc, options: RosterSheetOptions): RosterSheet {
  const people = rosterPeople(doc)
  const byId = new Map(people.map((p) => [p.id, p]))
  const seats = seatsOf(doc)
  const line = (person: Participant, roles: TableRole[]) =>
    sheetPerson(person, roles, options.withContact)

  const sections: RosterSheetSection[] = workshopGroups(doc).map((group) => ({
    kind: 'group',
    key: group.id,
    groupName: group.name.trim(),
    people: group.members.flatMap((member) => {
      const person = byId.get(member.id)
      // A person listed at two tables (never made by the app) is printed at the first only.
      if (!person || seats.get(member.id) !== group.id) return []
      return [line(person, memberRoles(group, member))]
    }),
  }))
  const unassigned = people.filter((p) => p.kind === 'trainee' && !seats.has(p.id))
  if (unassigned.length > 0) {
    sections.push({
      kind: 'unassigned',
      key: 'unassigned',
      groupName: '',
      people: unassigned.map((p) => line(p, [])),
    })
  }
  for (const kind of OFF_TABLE_KINDS) {
    const ofKind = people.filter((p) => p.kind === kind)
    if (ofKind.length === 0) continue
    sections.push({ kind, key: kind, groupName: '', people: ofKind.map((p) => line(p, [])) })
  }

  const printed = sections.flatMap((s) => s.people)
  return {
    title: doc.workshop.title.trim(),
    date: doc.workshop.date,
    venue: doc.workshop.venue.trim(),
    withContact: options.withContact,
    total: printed.length,
    trainees: printed.filter((p) => byId.get(p.id)?.kind === 'trainee').length,
    sections,
  }
}

function sheetPerson(
  person: Participant,
  roles: TableRole[],
  withContact: boolean,
): RosterSheetPerson {
  const other = person.otherQualification.trim()
  return {
    id: person.id,
    name: person.name.trim(),
    position: person.position,
    affiliation: person.affiliation.trim(),
    title: person.title.trim(),
    area: person.area.trim(),
    municipality: person.municipality.trim(),
    years: person.years,
    qualifications: person.qualifications.filter((q) => q !== 'その他' || other === ''),
    otherQualification: other,
    contact: withContact ? person.contact.trim() : '',
    roles,
  }
}
