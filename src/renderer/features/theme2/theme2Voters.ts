import type { Group } from '../../../shared/model/schemas'
import { seatVoterId } from '../../../shared/theme2/theme2Queries'

/** Seats at a table without member names: each seat votes anonymously. */
export const SEAT_COUNT = 6

export interface Voter {
  id: string
  /** A member's name, or null for an anonymous seat (its number is `seat`). */
  name: string | null
  seat: number
}

/** Who votes at a table: its members, or its seats when no member is registered. */
export function votersOf(group: Pick<Group, 'members'> | undefined): Voter[] {
  const members = group?.members ?? []
  if (members.length > 0) {
    return members.map((m, i) => ({ id: m.id, name: m.name.trim() || null, seat: i + 1 }))
  }
  return Array.from({ length: SEAT_COUNT }, (_, i) => ({
    id: seatVoterId(i + 1),
    name: null,
    seat: i + 1,
  }))
}
