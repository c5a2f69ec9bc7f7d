import { describe, expect, it } from 'vitest'
import { paginateFlow, type FlowBlock } from './paginate'

interface Part {
  name: string
  items: string[]
  continued: boolean
}

/** A block whose items are named `${name}${i}`, each `lines[i]` lines tall. */
function block(name: string, lines: number[], emptyLines = 1): FlowBlock<Part> {
  return {
    headingLines: 1,
    emptyLines,
    itemLines: lines,
    build: (from, to, continued) => ({
      name,
      continued,
      items: lines.slice(from, to).map((_, i) => `${name}${from + i}`),
    }),
  }
}

const shape = (pages: ReturnType<typeof paginateFlow<Part>>) =>
  pages.map((p) => p.blocks.map((b) => `${b.name}${b.continued ? '+' : ''}:${b.items.join(',')}`))

describe('paginateFlow', () => {
  it('keeps everything on one page when it fits', () => {
    const pages = paginateFlow([block('a', [1, 1]), block('b', [2])], 10)
    expect(shape(pages)).toEqual([['a:a0,a1', 'b:b0']])
    expect(pages[0]?.overflow).toBe(false)
  })

  it('breaks between items, and the continued part is marked', () => {
    // Budget 5: heading + a0..a3 fills the page; a4 continues on the next one.
    const pages = paginateFlow([block('a', [1, 1, 1, 1, 1])], 5)
    expect(shape(pages)).toEqual([['a:a0,a1,a2,a3'], ['a+:a4']])
  })

  it('never leaves a heading alone at the bottom of a page', () => {
    // After a (3 lines) one line is left: b's heading goes to the next page with b0.
    const pages = paginateFlow([block('a', [1, 1, 1]), block('b', [1])], 5)
    expect(shape(pages)).toEqual([['a:a0,a1,a2'], ['b:b0']])
  })

  it('gives an item taller than a page a page of its own, flagged overflow, never cut', () => {
    const pages = paginateFlow([block('a', [1, 9, 1])], 5)
    expect(shape(pages)).toEqual([['a:a0'], ['a+:a1'], ['a+:a2']])
    expect(pages.map((p) => p.overflow)).toEqual([false, true, false])
  })

  it('shows an empty block with its heading and the empty line', () => {
    const pages = paginateFlow([block('a', [3]), block('b', []), block('c', [1])], 6)
    expect(shape(pages)).toEqual([['a:a0', 'b:'], ['c:c0']])
  })

  it('returns no page for no blocks', () => {
    expect(paginateFlow([], 10)).toEqual([])
  })

  it('loses and duplicates nothing and stays within the budget (generated cases)', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let run = 0; run < 200; run++) {
      const budget = 3 + random(12)
      const blocks = Array.from({ length: 1 + random(5) }, (_, b) =>
        block(
          `b${b}-`,
          Array.from({ length: random(8) }, () => 1 + random(budget + 2)),
        ),
      )
      const pages = paginateFlow(blocks, budget)
      const placed = pages.flatMap((p) => p.blocks.flatMap((b) => b.items))
      const expected = blocks.flatMap((b) => b.build(0, b.itemLines.length, false).items)
      expect(placed).toEqual(expected)
      for (const page of pages) {
        const used = page.blocks.reduce((sum, part) => {
          const source = blocks.find((b) => b.build(0, 0, false).name === part.name)!
          const start = Number(part.items[0]?.slice(part.name.length) ?? 0)
          const lines = part.items.reduce((s, _, i) => s + (source.itemLines[start + i] ?? 0), 0)
          return sum + 1 + (part.items.length === 0 ? 1 : lines)
        }, 0)
        if (!page.overflow) expect(used).toBeLessThanOrEqual(budget)
        else expect(page.blocks).toHaveLength(1)
      }
    }
  })
})
