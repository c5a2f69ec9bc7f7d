import type { GridPoint } from '../model/schemas'

/**
 * Where a card placed by keyboard lands on a priority grid: the free spot nearest the middle, so
 * that cards placed one after another never pile up in the centre (issue 17, point 6).
 *
 * Spots are the points of a 0.02 lattice kept away from the edges (a card is drawn centred on its
 * point); a spot is free when no placed card is within about one card of it: SPREAD_X across,
 * SPREAD_Y up or down (cards are wider than tall). When no spot is free, the one farthest from
 * every card is taken. Deterministic: the same cards give the same spot.
 */

/** How far apart two cards must be, in grid units (the grid is 1 × 1). */
export const SPREAD_X = 0.3
export const SPREAD_Y = 0.22

const MIN = 0.2
const MAX = 0.8
const STEP = 0.02

function lattice(from: number, to: number): number[] {
  const count = Math.round((to - from) / STEP)
  return Array.from({ length: count + 1 }, (_, i) => Math.round((from + i * STEP) * 100) / 100)
}

/** Every candidate spot, nearest the middle first (ties: higher, then further left). */
const SPOTS: readonly GridPoint[] = (() => {
  const xs = lattice(MIN, MAX)
  const ys = lattice(0.12, 0.88)
  const spots = xs.flatMap((x) => ys.map((y) => ({ x, y })))
  const distance = (p: GridPoint) => Math.hypot((p.x - 0.5) / SPREAD_X, (p.y - 0.5) / SPREAD_Y)
  return spots.sort((a, b) => distance(a) - distance(b) || b.y - a.y || a.x - b.x)
})()

/** How close a spot is to the nearest card, in card sizes (≥ 1: free). */
function clearance(spot: GridPoint, occupied: readonly GridPoint[]): number {
  let nearest = Number.POSITIVE_INFINITY
  for (const p of occupied) {
    // Two cards do not overlap when they are far enough apart across OR up and down.
    const d = Math.max(Math.abs(spot.x - p.x) / SPREAD_X, Math.abs(spot.y - p.y) / SPREAD_Y)
    if (d < nearest) nearest = d
  }
  return nearest
}

export function freeGridSpot(occupied: readonly GridPoint[]): GridPoint {
  let best: GridPoint = { x: 0.5, y: 0.5 }
  let bestClearance = -1
  for (const spot of SPOTS) {
    const c = clearance(spot, occupied)
    if (c >= 1) return { ...spot }
    if (c > bestClearance + 1e-9) {
      best = spot
      bestClearance = c
    }
  }
  return { ...best }
}
