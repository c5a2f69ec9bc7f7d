import { describe, expect, it } from 'vitest'
import { assignOrders, MIN_ORDER_GAP, type Ordered } from './orderKeys'

const at = (id: string, order: number): Ordered => ({ id, order })
const keys = (map: Map<string, number>) => Object.fromEntries(map)

describe('assignOrders', () => {
  it('puts a placed item at the midpoint of its neighbours', () => {
    const seq = [at('a', 1), at('x', 9), at('b', 2), at('c', 3)]
    expect(keys(assignOrders(seq, new Set(['x'])))).toEqual({ x: 1.5 })
  })

  it('spaces a run of placed items evenly, each run on its own', () => {
    const seq = [at('a', 1), at('x', 0), at('y', 0), at('z', 0), at('b', 2), at('w', 0), at('c', 4)]
    expect(keys(assignOrders(seq, new Set(['x', 'y', 'z', 'w'])))).toEqual({
      x: 1.25,
      y: 1.5,
      z: 1.75,
      w: 3,
    })
  })

  it('counts on from the ends, starts an empty area at 1 and skips unchanged keys', () => {
    expect(keys(assignOrders([at('x', 0), at('a', 4), at('b', 6)], new Set(['x'])))).toEqual({
      x: 3,
    })
    expect(keys(assignOrders([at('a', 4), at('b', 6), at('x', 0)], new Set(['x'])))).toEqual({
      x: 7,
    })
    expect(keys(assignOrders([at('x', 5)], new Set(['x'])))).toEqual({ x: 1 })
    expect(keys(assignOrders([at('x', 1)], new Set(['x'])))).toEqual({})
  })

  it('renumbers only owned and placed items when the gap is too small', () => {
    const seq = [
      at('a', 1),
      at('secondary', 1 + MIN_ORDER_GAP),
      at('x', 50),
      at('b', 1 + 2 * MIN_ORDER_GAP),
      at('c', 3),
    ]
    const owned = (item: Ordered) => item.id !== 'secondary'
    expect(keys(assignOrders(seq, new Set(['x']), owned))).toEqual({ x: 2, b: 3, c: 4 })
  })

  it('renumbers when neighbours share a key', () => {
    const seq = [at('a', 2), at('x', 0), at('b', 2)]
    expect(keys(assignOrders(seq, new Set(['x'])))).toEqual({ a: 1, x: 2, b: 3 })
  })
})
