/**
 * ワールドカフェ方式の全体共有 (report L7290-7292): every table keeps a host (ホスト) who stays and
 * explains the table's outputs; the other members (visitors, 訪問者) go round the other tables,
 * one table per round, and leave comments and 「いいね」 there.
 *
 * The rotation is pure and deterministic (the same tables, members, hosts and rounds always give
 * the same plan, so a reprint or a second laptop shows the same thing):
 *
 * - Tables are numbered 0…T−1 in the order given (the groups' order), a table's visitors
 *   0…V−1 in member order, the host left out.
 * - In round r (1…R) visitor j of table t goes to table t + 1 + ((j + r − 1) mod (T − 1)), mod T.
 *   For one visitor the step 1 + ((j + r − 1) mod (T − 1)) takes R different values in 1…T−1, so
 *   nobody visits their own table (they made it) and nobody sees a table twice, as long as
 *   R ≤ T − 1. That is also the most rounds any rotation can have without a repeat: a visitor
 *   has only T − 1 other tables to see.
 * - In one round the visitors of one table go to different tables (while V ≤ T − 1), so every
 *   table hears from several other tables; with tables of equal size every table receives as
 *   many visitors as it sends.
 */

/** One table (a group): its members in order, the host among them (null: nobody stays). */
export interface CafeTable {
  id: string
  memberIds: readonly string[]
  hostId: string | null
}

/** Why no rotation can be made (the UI explains it with the numbers). */
export type CafeRotationProblem =
  | { code: 'tooFewTables'; tables: number }
  | { code: 'noRounds' }
  | { code: 'tooManyRounds'; rounds: number; maxRounds: number; tables: number }

/** Where one visitor goes: `tableIds[r − 1]` in round r. */
export interface CafeVisitorPlan {
  memberId: string
  homeTableId: string
  tableIds: string[]
}

/** One table in one round: its host, and the visitors who come (by their home table's order). */
export interface CafeRoundTable {
  tableId: string
  hostId: string | null
  visitors: { memberId: string; homeTableId: string }[]
}

export interface CafeRound {
  /** 1-based. */
  round: number
  tables: CafeRoundTable[]
}

export type CafeRotation =
  | { ok: true; rounds: CafeRound[]; visitors: CafeVisitorPlan[] }
  | { ok: false; problem: CafeRotationProblem }

/** The most rounds without a repeat for `tables` tables (0 when fewer than two). */
export function maxCafeRounds(tables: number): number {
  return tables >= 2 ? tables - 1 : 0
}

/** The host of a table if it is one of its members, else null. */
export function effectiveHost(table: CafeTable): string | null {
  return table.hostId !== null && table.memberIds.includes(table.hostId) ? table.hostId : null
}

/** The members who move: everyone but the host, in member order. */
export function visitorsOf(table: CafeTable): string[] {
  const host = effectiveHost(table)
  return table.memberIds.filter((id) => id !== host)
}

export function cafeRotation(tables: readonly CafeTable[], rounds: number): CafeRotation {
  const count = tables.length
  if (count < 2) return { ok: false, problem: { code: 'tooFewTables', tables: count } }
  if (!Number.isInteger(rounds) || rounds < 1) return { ok: false, problem: { code: 'noRounds' } }
  const maxRounds = maxCafeRounds(count)
  if (rounds > maxRounds) {
    return { ok: false, problem: { code: 'tooManyRounds', rounds, maxRounds, tables: count } }
  }
  const visitors: CafeVisitorPlan[] = []
  tables.forEach((table, home) => {
    visitorsOf(table).forEach((memberId, j) => {
      const tableIds: string[] = []
      for (let round = 1; round <= rounds; round++) {
        const step = 1 + ((j + round - 1) % (count - 1))
        tableIds.push((tables[(home + step) % count] as CafeTable).id)
      }
      visitors.push({ memberId, homeTableId: table.id, tableIds })
    })
  })
  const plan: CafeRound[] = []
  for (let round = 1; round <= rounds; round++) {
    plan.push({
      round,
      tables: tables.map((table) => ({
        tableId: table.id,
        hostId: effectiveHost(table),
        visitors: visitors
          .filter((v) => v.tableIds[round - 1] === table.id)
          .map((v) => ({ memberId: v.memberId, homeTableId: v.homeTableId })),
      })),
    })
  }
  return { ok: true, rounds: plan, visitors }
}
