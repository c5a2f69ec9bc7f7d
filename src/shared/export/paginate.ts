/**
 * The paginator behind every export: content flows as blocks (a heading and a list of items,
 * e.g. a scene and its notes) into pages of a fixed line budget.
 *
 * - Pages break only between items: an item (a note, a cause, a Q&A) is never cut in half.
 * - A block that does not fit continues on the next page; its part there is marked continued
 *   (the renderer shows its heading with 「（続き）」).
 * - A heading is never left alone at the bottom of a page: it goes with at least one item.
 * - An item taller than a whole page gets a page of its own, flagged `overflow` so that the
 *   renderer can shrink its text; it is never cut or dropped.
 * - An empty block takes its heading and `emptyLines` (for 「（なし）」).
 * Pure and generic: `build` turns an item range of a block into whatever the slide shows.
 */

export interface FlowBlock<B> {
  /** Lines of the heading, repeated on every page the block continues on. */
  headingLines: number
  /** Lines shown under the heading when the block has no items. */
  emptyLines: number
  /** Estimated lines of each item, in order. */
  itemLines: readonly number[]
  /** The block part holding items [from, to); `continued` when earlier items are on a page before. */
  build(from: number, to: number, continued: boolean): B
}

export interface FlowPage<B> {
  blocks: B[]
  /** The page holds one item taller than the budget. */
  overflow: boolean
}

export function paginateFlow<B>(blocks: readonly FlowBlock<B>[], budget: number): FlowPage<B>[] {
  const pages: FlowPage<B>[] = []
  let current: B[] = []
  let used = 0
  const flush = () => {
    if (current.length > 0) pages.push({ blocks: current, overflow: false })
    current = []
    used = 0
  }

  for (const block of blocks) {
    const count = block.itemLines.length
    if (count === 0) {
      const cost = block.headingLines + block.emptyLines
      if (used > 0 && used + cost > budget) flush()
      current.push(block.build(0, 0, false))
      used += cost
      continue
    }
    const lines = (i: number) => Math.max(1, block.itemLines[i] ?? 1)
    let from = 0
    while (from < count) {
      const continued = from > 0
      const first = block.headingLines + lines(from)
      if (first > budget) {
        // Too tall for any page: alone on a page of its own, never cut.
        flush()
        pages.push({ blocks: [block.build(from, from + 1, continued)], overflow: true })
        from += 1
        continue
      }
      if (used + first > budget) flush()
      let to = from
      let total = used + block.headingLines
      while (to < count && total + lines(to) <= budget) {
        total += lines(to)
        to += 1
      }
      current.push(block.build(from, to, continued))
      used = total
      from = to
      if (from < count) flush()
    }
  }
  flush()
  return pages
}
