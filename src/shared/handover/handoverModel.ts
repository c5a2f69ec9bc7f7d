import type { MemberPosition, Participant, ParticipantKind } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups, boardOf } from '../ops/groupOps'
import { rosterPeople } from '../roster/rosterOps'
import { boardCanvases } from '../theme3/theme3Queries'
import { municipalityKey } from './municipalityKey'

/**
 * 市町村への引き継ぎ資料 (issue 21 p5; 「行政の担当者が毎年変わり引継ぎも不十分」, report L11054):
 * which municipalities the 名簿 names, who from each took part and where they sat, and the
 * groups (with their テーマ3 伝達シート) that include someone from it. Pure: the screen and the
 * print read it.
 */

/** The key of the entry for the people whose 市町村 is not given. */
export const NO_MUNICIPALITY = ''

export interface HandoverPerson {
  id: string
  name: string
  affiliation: string
  position: MemberPosition
  kind: ParticipantKind
  /** The groups the person is a member of, in the workshop's group order. */
  groupIds: string[]
}

export interface HandoverGroup {
  groupId: string
  name: string
  /** The live テーマ3 canvases of the group, in display order: one 伝達シート each. */
  canvasIds: string[]
}

export interface HandoverMunicipality {
  /** municipalityKey of the 市町村; NO_MUNICIPALITY for the people without one. */
  key: string
  /** The 市町村 as shown (normalised as its key); '' for the people without one. */
  label: string
  /** The 圏域 its people gave (normalised, first-seen order). */
  areas: string[]
  /** Its people in roster order (never their 連絡先). */
  people: HandoverPerson[]
  /** The groups with at least one of its people, in the workshop's group order. */
  groups: HandoverGroup[]
}

/** Why there is nothing to list: no one on the 名簿, or no one with a 市町村. */
export type HandoverProblem = 'noRoster' | 'noMunicipality'

export interface Handover {
  /** The municipalities in 圏域 then first-seen order; the people without one last. */
  municipalities: HandoverMunicipality[]
  problem: HandoverProblem | null
}

function personOf(person: Participant, groupIds: string[]): HandoverPerson {
  return {
    id: person.id,
    name: person.name.trim(),
    affiliation: person.affiliation.trim(),
    position: person.position,
    kind: person.kind,
    groupIds,
  }
}

/** The 市町村 of the 名簿 with their people, groups and 伝達シート. */
export function buildHandover(doc: WorkshopDoc): Handover {
  const people = rosterPeople(doc).filter((p) => p.name.trim() !== '')
  if (people.length === 0) return { municipalities: [], problem: 'noRoster' }

  const groups = workshopGroups(doc)
  const groupsOf = new Map<string, string[]>()
  for (const group of groups) {
    for (const member of group.members) {
      const list = groupsOf.get(member.id) ?? []
      if (!list.includes(group.id)) list.push(group.id)
      groupsOf.set(member.id, list)
    }
  }

  const byKey = new Map<string, HandoverMunicipality>()
  const areaOrder: string[] = []
  for (const person of people) {
    const key = municipalityKey(person.municipality)
    const area = municipalityKey(person.area)
    if (key !== NO_MUNICIPALITY && area !== '' && !areaOrder.includes(area)) areaOrder.push(area)
    let entry = byKey.get(key)
    if (!entry) {
      entry = { key, label: key, areas: [], people: [], groups: [] }
      byKey.set(key, entry)
    }
    if (area !== '' && !entry.areas.includes(area)) entry.areas.push(area)
    entry.people.push(personOf(person, groupsOf.get(person.id) ?? []))
  }

  const canvasesOf = (groupId: string): string[] => {
    const board = boardOf(doc, groupId, 'theme3')
    return board ? boardCanvases(doc, board.id).map((c) => c.id) : []
  }
  for (const entry of byKey.values()) {
    const ids = new Set(entry.people.flatMap((p) => p.groupIds))
    entry.groups = groups
      .filter((g) => ids.has(g.id))
      .map((g) => ({ groupId: g.id, name: g.name, canvasIds: canvasesOf(g.id) }))
  }

  const areaRank = (entry: HandoverMunicipality) => {
    const first = entry.areas[0]
    return first === undefined ? areaOrder.length : areaOrder.indexOf(first)
  }
  const named = [...byKey.values()].filter((m) => m.key !== NO_MUNICIPALITY)
  // A stable sort: within a 圏域, the order the 名簿 first names them.
  named.sort((a, b) => areaRank(a) - areaRank(b))
  const unnamed = byKey.get(NO_MUNICIPALITY)
  return {
    municipalities: unnamed ? [...named, unnamed] : named,
    problem: named.length === 0 ? 'noMunicipality' : null,
  }
}

/** Every 伝達シート (canvas id) of a municipality's groups, group by group. */
export function handoverCanvasIds(entry: HandoverMunicipality): string[] {
  return entry.groups.flatMap((g) => g.canvasIds)
}
