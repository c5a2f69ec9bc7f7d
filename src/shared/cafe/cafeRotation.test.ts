import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cafeRotation, maxCafeRounds, type CafeTable } from './cafeRotation'

/** Tables of `sizes` members named t<i>m<j>; the host is member `hosts[i]` (null: none). */
function tablesOf(sizes: readonly number[], hosts: readonly (number | null)[] = []): CafeTable[] {
  return sizes.map((size, i) => {
    const memberIds = Array.from({ length: size }, (_, j) => `t${String(i)}m${String(j)}`)
    const host = hosts[i] ?? null
    return {
      id: `t${String(i)}`,
      memberIds,
      hostId: host === null ? null : (memberIds[host] ?? null),
    }
  })
}

const SEED = 20261207

/** Random tables: 2 to 15 tables of 0 to 8 members, each with a host or none, and a round count. */
const cafeCase = fc
  .array(
    fc
      .integer({ min: 0, max: 8 })
      .chain((size) =>
        fc.tuple(fc.constant(size), size === 0 ? fc.constant(null) : fc.option(fc.nat(size - 1))),
      ),
    { minLength: 2, maxLength: 15 },
  )
  .chain((tables) => fc.tuple(fc.constant(tables), fc.integer({ min: 1, max: tables.length - 1 })))
  .map(([specs, rounds]) => ({
    tables: tablesOf(
      specs.map(([size]) => size),
      specs.map(([, host]) => host),
    ),
    rounds,
  }))

describe('cafeRotation', () => {
  it('sends the visitors of a 5-table cafe round without repeats, hosts staying', () => {
    const tables = tablesOf([4, 4, 4, 4, 4], [0, 0, 0, 0, 0])
    const plan = cafeRotation(tables, 3)
    if (!plan.ok) throw new Error('no plan')
    expect(plan.visitors.find((v) => v.memberId === 't0m1')?.tableIds).toEqual(['t1', 't2', 't3'])
    expect(plan.visitors.find((v) => v.memberId === 't0m2')?.tableIds).toEqual(['t2', 't3', 't4'])
    expect(plan.visitors.find((v) => v.memberId === 't4m3')?.tableIds).toEqual(['t2', 't3', 't0'])
    // equal tables: every table receives as many visitors as it sends (3), each round
    for (const round of plan.rounds) {
      expect(round.tables.map((t) => t.visitors.length)).toEqual([3, 3, 3, 3, 3])
      expect(round.tables.map((t) => t.hostId)).toEqual(['t0m0', 't1m0', 't2m0', 't3m0', 't4m0'])
    }
  })

  it('explains when the numbers make a rotation without repeats impossible', () => {
    expect(cafeRotation(tablesOf([3]), 1)).toEqual({
      ok: false,
      problem: { code: 'tooFewTables', tables: 1 },
    })
    expect(cafeRotation(tablesOf([3, 3, 3]), 3)).toEqual({
      ok: false,
      problem: { code: 'tooManyRounds', rounds: 3, maxRounds: 2, tables: 3 },
    })
    expect(cafeRotation(tablesOf([3, 3]), 0)).toEqual({ ok: false, problem: { code: 'noRounds' } })
    expect(maxCafeRounds(13)).toBe(12)
  })

  it('ignores a host who is not a member of the table (everyone moves)', () => {
    const tables: CafeTable[] = [
      { id: 'a', memberIds: ['a1', 'a2'], hostId: 'b1' },
      { id: 'b', memberIds: ['b1'], hostId: 'b1' },
    ]
    const plan = cafeRotation(tables, 1)
    if (!plan.ok) throw new Error('no plan')
    expect(plan.rounds[0]?.tables.map((t) => t.hostId)).toEqual([null, 'b1'])
    expect(plan.visitors.map((v) => v.memberId)).toEqual(['a1', 'a2'])
  })

  it('property: no visitor sees a table twice or their own; hosts stay; everyone is placed', () => {
    fc.assert(
      fc.property(cafeCase, ({ tables, rounds }) => {
        const plan = cafeRotation(tables, rounds)
        if (!plan.ok) return false
        const hosts = new Set(tables.map((t) => t.hostId).filter((id) => id !== null))
        const visitorCount = tables.reduce(
          (sum, t) => sum + t.memberIds.filter((id) => id !== t.hostId).length,
          0,
        )
        if (plan.visitors.length !== visitorCount) return false
        for (const visitor of plan.visitors) {
          if (hosts.has(visitor.memberId)) return false
          if (visitor.tableIds.length !== rounds) return false
          if (new Set(visitor.tableIds).size !== rounds) return false
          if (visitor.tableIds.includes(visitor.homeTableId)) return false
        }
        for (const round of plan.rounds) {
          // each table keeps its host, and every visitor is at exactly one table
          if (round.tables.some((t, i) => t.hostId !== tables[i]?.hostId)) return false
          const placed = round.tables.flatMap((t) => t.visitors.map((v) => v.memberId))
          if (placed.length !== visitorCount || new Set(placed).size !== visitorCount) return false
          if (round.tables.some((t) => t.visitors.some((v) => v.homeTableId === t.tableId))) {
            return false
          }
        }
        // deterministic
        expect(cafeRotation(tables, rounds)).toEqual(plan)
        return true
      }),
      { seed: SEED, numRuns: 300 },
    )
  }, 30_000)

  it('property: more rounds than tables − 1 is refused with the numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 15 }), fc.integer({ min: 0, max: 5 }), (n, extra) => {
        const rounds = n + extra
        expect(cafeRotation(tablesOf(Array(n).fill(3) as number[]), rounds)).toEqual({
          ok: false,
          problem: { code: 'tooManyRounds', rounds, maxRounds: n - 1, tables: n },
        })
      }),
      { seed: SEED, numRuns: 100 },
    )
  })

  it('property: visitors of one table go to different tables while they are fewer than T', () => {
    fc.assert(
      fc.property(cafeCase, ({ tables, rounds }) => {
        const plan = cafeRotation(tables, rounds)
        if (!plan.ok) return false
        for (const table of tables) {
          const mine = plan.visitors.filter((v) => v.homeTableId === table.id)
          if (mine.length > tables.length - 1) continue
          for (let r = 0; r < rounds; r++) {
            const where = mine.map((v) => v.tableIds[r])
            if (new Set(where).size !== where.length) return false
          }
        }
        return true
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})
