/**
 * Fractional order keys. Notes placed between two neighbours get evenly spaced keys between
 * them (one note: the midpoint), so a move rewrites only the moved notes. When the gap gets
 * below MIN_ORDER_GAP the area is renumbered 1..n instead (only the keys that change are written).
 */

export const MIN_ORDER_GAP = 1e-6

export interface Ordered {
  id: string
  order: number
}

/**
 * New order keys for an area whose wanted sequence is `sequence` (in display order).
 * `placed` are the items that need a key; the others keep theirs unless the area is renumbered.
 * `owned` tells which items are ordered in this area: a multi-scene note shown here as a
 * secondary appearance is ordered in its primary scene, so it is a neighbour but never renumbered.
 * Returns the new key of every item whose key changes.
 */
export function assignOrders(
  sequence: readonly Ordered[],
  placed: ReadonlySet<string>,
  owned: (item: Ordered) => boolean = () => true,
): Map<string, number> {
  const result = new Map<string, number>()
  let index = 0
  while (index < sequence.length) {
    const item = sequence[index]
    if (item === undefined || !placed.has(item.id)) {
      index++
      continue
    }
    const start = index
    while (index < sequence.length && placed.has(sequence[index]?.id ?? '')) index++
    const run = sequence.slice(start, index)
    const lo = sequence[start - 1]?.order
    const hi = sequence[index]?.order
    const keys = runKeys(run.length, lo, hi)
    if (keys === null) return renumber(sequence, placed, owned)
    run.forEach((r, i) => {
      const key = keys[i] ?? r.order
      if (key !== r.order) result.set(r.id, key)
    })
  }
  return result
}

/** Keys for `count` items between lo and hi (either may be missing); null when too close. */
function runKeys(count: number, lo: number | undefined, hi: number | undefined): number[] | null {
  const at = (f: (i: number) => number) => Array.from({ length: count }, (_, i) => f(i))
  if (lo === undefined && hi === undefined) return at((i) => i + 1)
  if (hi === undefined) return at((i) => (lo ?? 0) + i + 1)
  if (lo === undefined) return at((i) => hi - count + i)
  const step = (hi - lo) / (count + 1)
  if (!(step >= MIN_ORDER_GAP)) return null
  return at((i) => lo + step * (i + 1))
}

function renumber(
  sequence: readonly Ordered[],
  placed: ReadonlySet<string>,
  owned: (item: Ordered) => boolean,
): Map<string, number> {
  const result = new Map<string, number>()
  let next = 1
  for (const item of sequence) {
    if (!placed.has(item.id) && !owned(item)) continue
    if (item.order !== next) result.set(item.id, next)
    next++
  }
  return result
}
