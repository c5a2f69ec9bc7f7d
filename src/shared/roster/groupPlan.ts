import type { Participant } from '../model/schemas'
import { affiliationKey, affiliationKind, careerBand } from './careers'
import { mulberry32 as seededRandom, shuffled } from '../timer/seededRandom'

/**
 * 「グループ案をつくる」: a proposal of who sits at which table, pure and deterministic for a seed.
 *
 * - mixed (the report's rule, L7164-7173): groups of 5～6; 市町村担当者 spread first so that
 *   every table has one (司会・書記 candidates) when there are enough, then コーディネーター
 *   longest career first, each to the table where they add most: another 立場, another 所属 (and
 *   kind of 所属: 医師会・病院・包括・直営), another career band (短い人と長い人を一緒に), another
 *   資格; the seed only breaks ties.
 * - area: by 圏域 (試行②, L4928-4931, L5282-5283): each 圏域 (or 市町村 when no 圏域 is given)
 *   keeps together, split into tables of at most `size` mixed as above.
 *
 * Every person gets the reason of their place (`reasons`), shown beside the plan.
 */
export type PlanMode = 'mixed' | 'area'

export type PlacementReason =
  | { code: 'municipalSpread' }
  | { code: 'careerMix'; years: number }
  | { code: 'affiliationMix'; affiliation: string }
  | { code: 'qualificationMix'; qualification: string }
  | { code: 'positionMix' }
  | { code: 'sizeBalance' }

export interface PlannedGroup {
  personIds: string[]
  /** The 圏域 (or 市町村) of the table in area mode; '' for people who gave none. */
  area: string | null
}

export interface GroupPlan {
  mode: PlanMode
  seed: number
  groups: PlannedGroup[]
  reasons: Record<string, PlacementReason>
}

export interface PlanOptions {
  mode: PlanMode
  seed: number
  /** The most people at one table (the report: 5～6). */
  size?: number
}

export const DEFAULT_TABLE_SIZE = 6

export function makeGroupPlan(people: readonly Participant[], options: PlanOptions): GroupPlan {
  const size = Math.max(2, options.size ?? DEFAULT_TABLE_SIZE)
  const random = seededRandom(options.seed)
  const reasons: Record<string, PlacementReason> = {}
  const groups: PlannedGroup[] = []
  if (options.mode === 'mixed') {
    for (const ids of mixTables(people, size, random, reasons))
      groups.push({ personIds: ids, area: null })
  } else {
    for (const [area, members] of byArea(people)) {
      for (const ids of mixTables(members, size, random, reasons))
        groups.push({ personIds: ids, area })
    }
  }
  return { mode: options.mode, seed: options.seed, groups, reasons }
}

/** The 圏域 a person's table is chosen by: 圏域, else 市町村, else '' (last). */
export function areaOf(person: Participant): string {
  return person.area.trim() || person.municipality.trim()
}

function byArea(people: readonly Participant[]): [string, Participant[]][] {
  const areas = new Map<string, Participant[]>()
  for (const person of people) {
    const key = areaOf(person)
    const list = areas.get(key)
    if (list) list.push(person)
    else areas.set(key, [person])
  }
  return [...areas].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ja')))
}

interface Table {
  ids: string[]
  people: Participant[]
  capacity: number
}

/** People into ceil(n / size) tables of near-equal size, placed one by one at the best table. */
function mixTables(
  people: readonly Participant[],
  size: number,
  random: () => number,
  reasons: Record<string, PlacementReason>,
): string[][] {
  if (people.length === 0) return []
  const count = Math.ceil(people.length / size)
  const tables: Table[] = Array.from({ length: count }, (_, i) => ({
    ids: [],
    people: [],
    capacity: Math.floor(people.length / count) + (i < people.length % count ? 1 : 0),
  }))
  const order = placingOrder(shuffled(people, random))
  // Ties go to the table the seed put first, then to the emptier one.
  const tieRank = new Map(shuffled(tables, random).map((t, i) => [t, i]))
  for (const person of order) {
    let best: Table | null = null
    let bestCost = Infinity
    for (const table of tables) {
      if (table.people.length >= table.capacity) continue
      const cost =
        costAt(person, table) * 1000 + table.people.length * 10 + (tieRank.get(table) ?? 0)
      if (cost < bestCost) {
        bestCost = cost
        best = table
      }
    }
    if (!best) continue // not reachable: the capacities add up to the people
    reasons[person.id] = reasonAt(person, best)
    best.people.push(person)
    best.ids.push(person.id)
  }
  return tables.map((t) => t.ids)
}

/** 市町村担当者 first, then コーディネーター longest career first, then the others. */
function placingOrder(people: readonly Participant[]): Participant[] {
  const rank = (p: Participant) =>
    p.position === 'municipal' ? 0 : p.position === 'coordinator' ? 1 : 2
  return [...people].sort((a, b) => rank(a) - rank(b) || (b.years ?? -1) - (a.years ?? -1))
}

/** How much a person repeats what the table already has (lower: a better mix). */
function costAt(person: Participant, table: Table): number {
  let cost = 0
  const band = careerBand(person.years)
  const key = affiliationKey(person.affiliation)
  const kind = affiliationKind(person.affiliation)
  for (const other of table.people) {
    if (other.position === person.position) cost += person.position === 'municipal' ? 40 : 8
    if (key !== '' && affiliationKey(other.affiliation) === key) cost += 6
    else if (affiliationKind(other.affiliation) === kind) cost += 2
    if (band !== 'unknown' && careerBand(other.years) === band) cost += 3
    cost += person.qualifications.filter((q) => other.qualifications.includes(q)).length * 2
  }
  return cost
}

/** Why the person went where they did: the first thing they add to the table. */
function reasonAt(person: Participant, table: Table): PlacementReason {
  const others = table.people
  if (person.position === 'municipal') return { code: 'municipalSpread' }
  if (others.length === 0) return { code: 'sizeBalance' }
  if (!others.some((o) => o.position === person.position)) return { code: 'positionMix' }
  const band = careerBand(person.years)
  if (
    person.years !== null &&
    !others.some((o) => o.position === 'coordinator' && careerBand(o.years) === band)
  ) {
    return { code: 'careerMix', years: person.years }
  }
  const key = affiliationKey(person.affiliation)
  if (key !== '' && !others.some((o) => affiliationKey(o.affiliation) === key)) {
    return { code: 'affiliationMix', affiliation: person.affiliation }
  }
  const fresh = person.qualifications.find((q) => !others.some((o) => o.qualifications.includes(q)))
  if (fresh) return { code: 'qualificationMix', qualification: fresh }
  return { code: 'sizeBalance' }
}
