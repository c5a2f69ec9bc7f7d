/**
 * How the notes of one area (a scene or the tray) are placed on the projector: a grid of equal
 * cells, as large as the area allows, nothing scrolled. A note is one cell. A 見出し with notes
 * gathered under it is a cluster: the 見出し first, its notes right after it, inside a frame.
 *
 * Two ways to pack, the better one wins:
 * - 'block': a cluster that fits in a row never wraps (it moves down whole); one wider than a row
 *   takes whole rows, the 見出し in the first column. Every cluster is one rectangle.
 * - 'flow': notes run on like text, a cluster wrapping to the next row. No cell is left empty, so
 *   cells are larger; the frame is drawn per row, open on the side where the cluster goes on.
 *   Used only when it gives clearly larger cells.
 * Pure; the component measures the area and renders the cells.
 */

export interface GridCell {
  /** 0-based row and column. */
  row: number
  col: number
}

/** A rectangle of a cluster's frame (ends exclusive), open on a side where the cluster goes on. */
export interface FrameSegment {
  rowStart: number
  rowEnd: number
  colStart: number
  colEnd: number
  /** The cluster started on an earlier row (no left edge). */
  continuesBefore: boolean
  /** The cluster goes on on the next row (no right edge). */
  continuesAfter: boolean
}

export interface BlockPlacement {
  /** The block's notes: its first note (a 見出し for a cluster), then the gathered ones. */
  cells: GridCell[]
  /** The frame of a cluster; empty for a lone note. */
  frames: FrameSegment[]
}

export type PackMode = 'block' | 'flow'

export interface GridPlan {
  columns: number
  rows: number
  cellWidth: number
  cellHeight: number
  mode: PackMode
  blocks: BlockPlacement[]
}

export interface GridOptions {
  /** Space between cells, px. */
  gap: number
  /** Cells never grow beyond this (a scene with two notes does not get two giant notes). */
  maxCellWidth: number
  maxCellHeight: number
  /** Width / height of the cell shape preferred for reading (notes are a little wide). */
  preferredAspect: number
}

const segment = (
  rowStart: number,
  rowEnd: number,
  colStart: number,
  colEnd: number,
  continuesBefore = false,
  continuesAfter = false,
): FrameSegment => ({ rowStart, rowEnd, colStart, colEnd, continuesBefore, continuesAfter })

/**
 * Places blocks of `sizes[i]` notes (1 = a lone note, 1 + n = a 見出し with n notes) on a grid of
 * `columns` columns, in reading order.
 */
export function packBlocks(
  sizes: readonly number[],
  columns: number,
  mode: PackMode = 'block',
): { rows: number; blocks: BlockPlacement[] } {
  const cols = Math.max(1, Math.floor(columns))
  const blocks: BlockPlacement[] = []
  let row = 0
  let col = 0
  const newRow = () => {
    if (col > 0) {
      row += 1
      col = 0
    }
  }
  for (const rawSize of sizes) {
    const size = Math.max(1, Math.floor(rawSize))
    if (size === 1) {
      if (col >= cols) newRow()
      blocks.push({ cells: [{ row, col }], frames: [] })
      col += 1
      continue
    }
    if (mode === 'flow') {
      const cells: GridCell[] = []
      const frames: FrameSegment[] = []
      for (let i = 0; i < size; i += 1) {
        if (col >= cols) newRow()
        cells.push({ row, col })
        const last = frames[frames.length - 1]
        if (last?.rowStart === row) last.colEnd = col + 1
        else {
          if (last) last.continuesAfter = true
          frames.push(segment(row, row + 1, col, col + 1, frames.length > 0))
        }
        col += 1
      }
      blocks.push({ cells, frames })
      continue
    }
    if (size <= cols) {
      if (col + size > cols) newRow()
      const cells = Array.from({ length: size }, (_, i) => ({ row, col: col + i }))
      blocks.push({ cells, frames: [segment(row, row + 1, col, col + size)] })
      col += size
      continue
    }
    // Wider than a row: whole rows, the 見出し alone in the first column (or the notes below it
    // when there is a single column).
    newRow()
    const inner = Math.max(1, cols - 1)
    const first = cols === 1 ? 1 : 0
    const cells: GridCell[] = [{ row, col: 0 }]
    for (let i = 0; i < size - 1; i += 1) {
      cells.push({
        row: row + first + Math.floor(i / inner),
        col: cols === 1 ? 0 : 1 + (i % inner),
      })
    }
    const lastRow = cells[cells.length - 1]?.row ?? row
    blocks.push({ cells, frames: [segment(row, lastRow + 1, 0, cols)] })
    row = lastRow
    col = cols
  }
  return { rows: col > 0 ? row + 1 : row, blocks }
}

/** How good a cell of w × h px is for reading: its area, with lopsided shapes penalised. */
function cellScore(w: number, h: number, preferredAspect: number): number {
  if (w <= 0 || h <= 0) return 0
  const aspect = w / h
  const lopsided = aspect > preferredAspect ? preferredAspect / aspect : aspect / preferredAspect
  return w * h * Math.sqrt(lopsided)
}

/** Flow must beat block by this much: whole clusters read better than wrapped ones. */
const FLOW_ADVANTAGE = 1.15

/** The grid with the best cells for `sizes` in an area of `width` × `height` px. */
export function planGrid(
  sizes: readonly number[],
  width: number,
  height: number,
  options: GridOptions,
): GridPlan {
  const total = sizes.reduce((sum, size) => sum + Math.max(1, Math.floor(size)), 0)
  let best: GridPlan = {
    columns: 1,
    rows: 0,
    cellWidth: Math.min(width, options.maxCellWidth),
    cellHeight: Math.min(height, options.maxCellHeight),
    mode: 'block',
    blocks: [],
  }
  if (total === 0) return best
  let bestScore = -1
  const modes: [PackMode, number][] = [
    ['block', 1],
    ['flow', 1 / FLOW_ADVANTAGE],
  ]
  for (const [mode, weight] of modes) {
    for (let columns = 1; columns <= Math.min(total, 60); columns += 1) {
      const packed = packBlocks(sizes, columns, mode)
      const cellWidth = Math.min(
        options.maxCellWidth,
        (width - options.gap * (columns - 1)) / columns,
      )
      const cellHeight = Math.min(
        options.maxCellHeight,
        (height - options.gap * (packed.rows - 1)) / packed.rows,
      )
      const score = cellScore(cellWidth, cellHeight, options.preferredAspect) * weight
      if (score > bestScore) {
        bestScore = score
        best = { columns, rows: packed.rows, cellWidth, cellHeight, mode, blocks: packed.blocks }
      }
    }
  }
  return {
    ...best,
    cellWidth: Math.max(0, Math.floor(best.cellWidth)),
    cellHeight: Math.max(0, Math.floor(best.cellHeight)),
  }
}

/**
 * The share of the board a scene area gets in the whole-board view, by its number of notes. An
 * empty one gets just enough for its name whole (「急変時の対応」 beside a scene of 20 notes, at
 * 1920×1080) and what belongs there: the notes get the room.
 */
export function areaWeight(notes: number): number {
  return notes > 0 ? 2 + Math.sqrt(notes) : 1.6
}

/**
 * Track sizes (fr) of the whole-board view: the poster's arrangement (2 × 2 for four scenes,
 * side by side for fewer), with the tray as a last row when it has notes. Areas with more notes
 * get more room, an empty one still shows its name and what belongs there.
 */
export function overviewTracks(
  sceneCounts: readonly number[],
  trayCount: number,
): { columns: number[]; rows: number[] } {
  const columnsPerRow = sceneCounts.length === 4 ? 2 : Math.max(1, sceneCounts.length)
  const rowCount = Math.ceil(sceneCounts.length / columnsPerRow) || 1
  const columns = Array.from({ length: columnsPerRow }, () => 0)
  const rows = Array.from({ length: rowCount }, () => 0)
  sceneCounts.forEach((count, index) => {
    const row = Math.floor(index / columnsPerRow)
    const col = index % columnsPerRow
    const weight = areaWeight(count)
    columns[col] = Math.max(columns[col] ?? 0, weight)
    rows[row] = Math.max(rows[row] ?? 0, weight)
  })
  const round = (n: number) => Math.round(n * 100) / 100
  if (trayCount > 0) rows.push(0.6 * areaWeight(trayCount))
  return {
    columns: columns.map((w) => round(w || areaWeight(0))),
    rows: rows.map((w) => round(w || areaWeight(0))),
  }
}
