import { LIMITS } from '../model/limits'
import type { AnyRecord, CafePlan, Group, PlenaryFormat, Workshop } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { workshopGroups } from '../ops/groupOps'
import type { ErrorRef } from '../errors/errorCodes'
import {
  maxCafeRounds,
  type CafeRotation,
  type CafeRotationProblem,
  type CafeTable,
} from './cafeRotation'

/** A rotation that could be made. */
export type CafeRotationPlan = Extract<CafeRotation, { ok: true }>

/**
 * The 全体共有's format and the ワールドカフェ set-up (report L7290-7292), kept on the workshop
 * record (file format 9): 発表 by default; ワールドカフェ as rounds × tables, the minutes of a
 * round and the host of each table (who stays). Pure edits like the other ops: each returns the
 * changed workshop record, or nothing when the value is refused or unchanged.
 */

/** Rounds offered at first: three, as the report's ワールドカフェ, or fewer when tables are few. */
export const DEFAULT_CAFE_ROUNDS = 3
/** Minutes of a round when the timetable has no 全体共有 row. */
export const DEFAULT_CAFE_ROUND_MINUTES = 15

export function plenaryFormatOf(workshop: Workshop): PlenaryFormat {
  return workshop.plenaryFormat ?? 'talks'
}

/** The first plan: three rounds (at most tables − 1, at least one) sharing the 全体共有 row. */
export function defaultCafePlan(tableCount: number, plenaryMinutes: number): CafePlan {
  const rounds = Math.max(1, Math.min(DEFAULT_CAFE_ROUNDS, maxCafeRounds(tableCount)))
  const roundMinutes =
    plenaryMinutes > 0
      ? Math.min(LIMITS.cafeRoundMinutes, Math.max(1, Math.floor(plenaryMinutes / rounds)))
      : DEFAULT_CAFE_ROUND_MINUTES
  return { rounds, roundMinutes, hosts: {} }
}

/** The workshop's plan, or the first plan for its tables and 全体共有 minutes. */
export function cafePlanOf(doc: WorkshopDoc, plenaryMinutes: number): CafePlan {
  return doc.workshop.cafePlan ?? defaultCafePlan(workshopGroups(doc).length, plenaryMinutes)
}

/** A table's host unless the facilitator chose one: its 司会, else its first member, else none. */
export function defaultHostOf(group: Group): string | null {
  const ids = group.members.map((m) => m.id)
  if (group.moderatorId !== null && ids.includes(group.moderatorId)) return group.moderatorId
  return ids[0] ?? null
}

/** The host of a group under a plan: the chosen one while still a member, else the default. */
export function hostOf(group: Group, plan: CafePlan): string | null {
  const chosen = Object.hasOwn(plan.hosts, group.id) ? plan.hosts[group.id] : undefined
  return chosen !== undefined && group.members.some((m) => m.id === chosen)
    ? chosen
    : defaultHostOf(group)
}

/** The tables of the rotation: every group in its order, with its members and host. */
export function cafeTables(doc: WorkshopDoc, plan: CafePlan): CafeTable[] {
  return workshopGroups(doc).map((group) => ({
    id: group.id,
    memberIds: group.members.map((m) => m.id),
    hostId: hostOf(group, plan),
  }))
}

function withWorkshop(doc: WorkshopDoc, patch: Partial<Workshop>): AnyRecord[] {
  const next = { ...doc.workshop, ...patch }
  return JSON.stringify(next) === JSON.stringify(doc.workshop) ? [] : [next]
}

/** 発表 or ワールドカフェ; choosing ワールドカフェ the first time sets up the first plan. */
export function setPlenaryFormat(
  doc: WorkshopDoc,
  format: PlenaryFormat,
  plenaryMinutes: number,
): AnyRecord[] {
  const cafePlan = format === 'cafe' ? cafePlanOf(doc, plenaryMinutes) : doc.workshop.cafePlan
  return withWorkshop(
    doc,
    cafePlan ? { plenaryFormat: format, cafePlan } : { plenaryFormat: format },
  )
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

/** The number of rounds (1 to LIMITS.cafeRounds; more than tables − 1 is allowed and explained). */
export function setCafeRounds(doc: WorkshopDoc, rounds: number, plenaryMinutes: number) {
  if (!isWhole(rounds, 1, LIMITS.cafeRounds)) return []
  return withWorkshop(doc, { cafePlan: { ...cafePlanOf(doc, plenaryMinutes), rounds } })
}

/** The minutes of a round (1 to LIMITS.cafeRoundMinutes). */
export function setCafeRoundMinutes(doc: WorkshopDoc, minutes: number, plenaryMinutes: number) {
  if (!isWhole(minutes, 1, LIMITS.cafeRoundMinutes)) return []
  return withWorkshop(doc, {
    cafePlan: { ...cafePlanOf(doc, plenaryMinutes), roundMinutes: minutes },
  })
}

/** The host of a table: one of its members (the default host clears the choice). */
export function setCafeHost(
  doc: WorkshopDoc,
  groupId: string,
  memberId: string,
  plenaryMinutes: number,
): AnyRecord[] {
  const group = doc.groups[groupId]
  if (!group || group.deletedAt !== null) return []
  if (!group.members.some((m) => m.id === memberId)) return []
  const plan = cafePlanOf(doc, plenaryMinutes)
  const hosts = Object.fromEntries(Object.entries(plan.hosts).filter(([id]) => id !== groupId))
  if (memberId !== defaultHostOf(group)) hosts[groupId] = memberId
  return withWorkshop(doc, { cafePlan: { ...plan, hosts } })
}

/** Why no rotation can be made, as the error the UI shows (errorMessages: `cafe.*`). */
export function cafeProblemRef(problem: CafeRotationProblem): ErrorRef {
  switch (problem.code) {
    case 'tooFewTables':
      return { code: 'cafe.tooFewTables', params: { tables: problem.tables } }
    case 'noRounds':
      return { code: 'cafe.noRounds', params: undefined }
    case 'tooManyRounds':
      return {
        code: 'cafe.tooManyRounds',
        params: { rounds: problem.rounds, maxRounds: problem.maxRounds, tables: problem.tables },
      }
  }
}

/** Where the members of one table go in one round: the host stays, each visitor to a table. */
export interface CafeTableMoves {
  tableId: string
  hostId: string | null
  moves: { memberId: string; toTableId: string }[]
}

/** A round of a rotation by home table (what a member looks for: their table, then their name). */
export function movesInRound(rotation: CafeRotationPlan, round: number): CafeTableMoves[] {
  const first = rotation.rounds[0]
  if (!first) return []
  return first.tables.map((table) => ({
    tableId: table.tableId,
    hostId: table.hostId,
    moves: rotation.visitors
      .filter((v) => v.homeTableId === table.tableId)
      .map((v) => ({ memberId: v.memberId, toTableId: v.tableIds[round - 1] ?? '' })),
  }))
}
