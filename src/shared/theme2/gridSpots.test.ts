import { describe, expect, it } from 'vitest'
import type { GridPoint } from '../model/schemas'
import { SPREAD_X, SPREAD_Y, freeGridSpot } from './gridSpots'

const apart = (a: GridPoint, b: GridPoint) =>
  Math.abs(a.x - b.x) >= SPREAD_X - 1e-9 || Math.abs(a.y - b.y) >= SPREAD_Y - 1e-9

describe('freeGridSpot', () => {
  it('the first card goes to the middle', () => {
    expect(freeGridSpot([])).toEqual({ x: 0.5, y: 0.5 })
  })

  it('cards placed one after another never pile up: each lands clear of the others', () => {
    const placed: GridPoint[] = []
    for (let i = 0; i < 9; i++) {
      const spot = freeGridSpot(placed)
      for (const p of placed) expect(apart(spot, p)).toBe(true)
      expect(spot.x).toBeGreaterThanOrEqual(0.2)
      expect(spot.x).toBeLessThanOrEqual(0.8)
      expect(spot.y).toBeGreaterThanOrEqual(0.12)
      expect(spot.y).toBeLessThanOrEqual(0.88)
      placed.push(spot)
    }
    expect(new Set(placed.map((p) => `${String(p.x)},${String(p.y)}`)).size).toBe(9)
  })

  it('the second card goes next to the first, near the middle', () => {
    const spot = freeGridSpot([{ x: 0.5, y: 0.5 }])
    expect(Math.abs(spot.x - 0.5) <= SPREAD_X && Math.abs(spot.y - 0.5) <= SPREAD_Y).toBe(true)
  })

  it('a full grid still gives the spot farthest from every card, never a card’s own spot', () => {
    const crowded: GridPoint[] = []
    for (let x = 0; x <= 1; x += 0.1) for (let y = 0; y <= 1; y += 0.1) crowded.push({ x, y })
    const spot = freeGridSpot(crowded)
    expect(crowded.some((p) => p.x === spot.x && p.y === spot.y)).toBe(false)
    expect(freeGridSpot(crowded)).toEqual(spot)
  })
})
