import { describe, expect, it } from 'vitest'
import { areaWeight, overviewTracks, packBlocks, planGrid, type GridOptions } from './projectorGrid'

const OPTIONS: GridOptions = {
  gap: 10,
  maxCellWidth: 10_000,
  maxCellHeight: 10_000,
  preferredAspect: 1.5,
}

const cellsOf = (placement: ReturnType<typeof packBlocks>) =>
  placement.blocks.map((b) => b.cells.map((c) => `${c.row},${c.col}`).join(' '))

describe('packBlocks', () => {
  it('flows lone notes row by row', () => {
    const packed = packBlocks([1, 1, 1, 1, 1], 2)
    expect(packed.rows).toBe(3)
    expect(cellsOf(packed)).toEqual(['0,0', '0,1', '1,0', '1,1', '2,0'])
    expect(packed.blocks.every((b) => b.frames.length === 0)).toBe(true)
  })

  it('keeps a cluster that fits a row on one row, moving it down whole when needed', () => {
    const packed = packBlocks([1, 1, 3, 2], 4)
    expect(cellsOf(packed)).toEqual(['0,0', '0,1', '1,0 1,1 1,2', '2,0 2,1'])
    expect(packed.blocks[2]?.frames).toEqual([
      {
        rowStart: 1,
        rowEnd: 2,
        colStart: 0,
        colEnd: 3,
        continuesBefore: false,
        continuesAfter: false,
      },
    ])
    expect(packed.rows).toBe(3)
  })

  it('gives a cluster wider than a row whole rows: 見出し in the first column', () => {
    const packed = packBlocks([1, 6, 1], 3)
    expect(cellsOf(packed)).toEqual(['0,0', '1,0 1,1 1,2 2,1 2,2 3,1', '4,0'])
    expect(packed.blocks[1]?.frames).toMatchObject([
      { rowStart: 1, rowEnd: 4, colStart: 0, colEnd: 3 },
    ])
    expect(packed.rows).toBe(5)
  })

  it('stacks a cluster in a single column', () => {
    const packed = packBlocks([3], 1)
    expect(cellsOf(packed)).toEqual(['0,0 1,0 2,0'])
    expect(packed.rows).toBe(3)
  })

  it('flows clusters on like text, framing each row of them, open where they go on', () => {
    const packed = packBlocks([1, 4, 2], 3, 'flow')
    expect(cellsOf(packed)).toEqual(['0,0', '0,1 0,2 1,0 1,1', '1,2 2,0'])
    expect(packed.rows).toBe(3)
    expect(packed.blocks[2]?.frames).toHaveLength(2)
    expect(packed.blocks[1]?.frames).toEqual([
      {
        rowStart: 0,
        rowEnd: 1,
        colStart: 1,
        colEnd: 3,
        continuesBefore: false,
        continuesAfter: true,
      },
      {
        rowStart: 1,
        rowEnd: 2,
        colStart: 0,
        colEnd: 2,
        continuesBefore: true,
        continuesAfter: false,
      },
    ])
  })

  it('lets a flowing cluster start at the end of a row', () => {
    const packed = packBlocks([1, 1, 3], 3, 'flow')
    expect(cellsOf(packed)).toEqual(['0,0', '0,1', '0,2 1,0 1,1'])
    expect(packed.blocks[2]?.frames.map((f) => [f.continuesBefore, f.continuesAfter])).toEqual([
      [false, true],
      [true, false],
    ])
  })

  it('uses no rows for nothing', () => {
    expect(packBlocks([], 3)).toEqual({ rows: 0, blocks: [] })
  })
})

describe('planGrid', () => {
  it('puts every note in a cell, none outside the area, none on top of another', () => {
    const sizes = [4, 2, 5, 2, 2, 3, 2, 1, 1]
    const plan = planGrid(sizes, 1800, 900, OPTIONS)
    const seen = new Set<string>()
    for (const block of plan.blocks) {
      for (const cell of block.cells) {
        const key = `${cell.row},${cell.col}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
        expect(cell.col).toBeLessThan(plan.columns)
        expect(cell.row).toBeLessThan(plan.rows)
      }
    }
    expect(seen.size).toBe(22)
    expect(plan.columns * plan.cellWidth + (plan.columns - 1) * 10).toBeLessThanOrEqual(1800)
    expect(plan.rows * plan.cellHeight + (plan.rows - 1) * 10).toBeLessThanOrEqual(900)
  })

  it('flows the sample Ａグループ scene when that gives clearly larger notes', () => {
    // 見出し with 3, 1, 4, 1, 1, 2 and 1 notes (20 notes) on a 1280×800 projector, zoomed.
    const sizes = [4, 2, 5, 2, 2, 3, 2]
    const options = { ...OPTIONS, maxCellWidth: 440, maxCellHeight: 200, preferredAspect: 1.6 }
    const plan = planGrid(sizes, 1240, 690, options)
    expect(plan.mode).toBe('flow')
    expect(plan.columns * plan.rows - 20).toBeLessThan(plan.columns)
    // With few, whole clusters, blocks stay.
    expect(planGrid([3, 3, 1, 1], 1240, 690, options).mode).toBe('block')
  })

  it('prefers wide cells on a wide area and tall grids on a tall one', () => {
    const wide = planGrid(Array(12).fill(1) as number[], 1600, 400, OPTIONS)
    const tall = planGrid(Array(12).fill(1) as number[], 400, 1600, OPTIONS)
    expect(wide.columns).toBeGreaterThan(wide.rows)
    expect(tall.rows).toBeGreaterThan(tall.columns)
  })

  it('caps the cell size, so two notes do not become two posters', () => {
    const plan = planGrid([1, 1], 1800, 900, { ...OPTIONS, maxCellWidth: 600, maxCellHeight: 300 })
    expect(plan.cellWidth).toBe(600)
    expect(plan.cellHeight).toBeLessThanOrEqual(300)
  })

  it('handles an empty area and a thousand notes', () => {
    expect(planGrid([], 800, 600, OPTIONS).blocks).toEqual([])
    const plan = planGrid(Array(1000).fill(1) as number[], 1900, 950, OPTIONS)
    expect(plan.blocks).toHaveLength(1000)
    expect(plan.cellWidth).toBeGreaterThan(0)
    expect(plan.cellHeight).toBeGreaterThan(0)
  })
})

describe('overviewTracks', () => {
  it('lays four scenes out 2 × 2 and gives the full one more room', () => {
    const tracks = overviewTracks([20, 0, 0, 0], 0)
    expect(tracks.columns).toHaveLength(2)
    expect(tracks.rows).toHaveLength(2)
    expect(tracks.columns[0]).toBeGreaterThan(tracks.columns[1]! * 2)
    expect(tracks.rows[0]).toBeGreaterThan(tracks.rows[1]! * 2)
  })

  it('shares equally between equal scenes, side by side for two, and adds the tray as a row', () => {
    expect(overviewTracks([5, 5, 5, 5], 0)).toEqual({
      columns: [areaWeight(5), areaWeight(5)].map((w) => Math.round(w * 100) / 100),
      rows: [areaWeight(5), areaWeight(5)].map((w) => Math.round(w * 100) / 100),
    })
    const two = overviewTracks([3, 3], 4)
    expect(two.columns).toHaveLength(2)
    expect(two.rows).toHaveLength(2)
    expect(two.rows[1]).toBeLessThan(two.rows[0]!)
  })
})
