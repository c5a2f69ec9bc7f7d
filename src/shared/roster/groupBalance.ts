import { QUALIFICATIONS, type MemberPosition, type Qualification } from '../model/schemas'
import { affiliationKey, careerBand, type Seated } from './careers'

/**
 * A table's balance as the report's grouping rule weighs it (L7164-7173), for the badges on each
 * group: 立場 counts, 所属 repeats, the spread of careers, the 資格 present, and whether a
 * 市町村担当者 is there (the 司会・書記 candidates).
 */
export type BalanceWarning =
  /** No 市町村担当者 at the table. */
  | 'noMunicipal'
  /** Fewer than two コーディネーター. */
  | 'fewCoordinators'
  /** Two or more people of the same 所属. */
  | 'sameAffiliation'
  /** Everyone's career in one band (or only one known). */
  | 'narrowCareers'
  /** Nobody with a 専門職資格. */
  | 'noQualification'

export interface GroupBalance {
  size: number
  positions: Record<MemberPosition, number>
  /** 所属 held by two or more people at the table, as written by the first of them. */
  repeatedAffiliations: string[]
  /** Shortest and longest known career (years); null when none is known. */
  years: { min: number; max: number } | null
  qualifications: Qualification[]
  warnings: BalanceWarning[]
}

export function groupBalance(people: readonly Seated[]): GroupBalance {
  const positions: Record<MemberPosition, number> = { coordinator: 0, municipal: 0, other: 0 }
  const affiliations = new Map<string, { label: string; count: number }>()
  const known: number[] = []
  const qualifications = new Set<Qualification>()
  for (const person of people) {
    positions[person.position] += 1
    const key = affiliationKey(person.affiliation)
    if (key !== '') {
      const entry = affiliations.get(key)
      if (entry) entry.count += 1
      else affiliations.set(key, { label: person.affiliation.trim(), count: 1 })
    }
    if (person.years !== null) known.push(person.years)
    for (const q of person.qualifications) qualifications.add(q)
  }
  const repeatedAffiliations = [...affiliations.values()]
    .filter((a) => a.count > 1)
    .map((a) => a.label)
  const years = known.length > 0 ? { min: Math.min(...known), max: Math.max(...known) } : null
  const bands = new Set(known.map(careerBand))
  const warnings: BalanceWarning[] = []
  if (people.length > 0) {
    if (positions.municipal === 0) warnings.push('noMunicipal')
    if (positions.coordinator < 2) warnings.push('fewCoordinators')
    if (repeatedAffiliations.length > 0) warnings.push('sameAffiliation')
    if (people.length > 1 && bands.size < 2) warnings.push('narrowCareers')
    if (qualifications.size === 0) warnings.push('noQualification')
  }
  return {
    size: people.length,
    positions,
    repeatedAffiliations,
    years,
    qualifications: QUALIFICATIONS.filter((q) => qualifications.has(q)),
    warnings,
  }
}
