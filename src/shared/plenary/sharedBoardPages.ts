import type { SharedBoard, SharedBoardColumn, SharedBoardRow } from './sharedBoardRows'

/**
 * The 共有用ボード in pages of a few groups each, so that it reads from the back of the room (a
 * 16:9 slide at the projector's size): the projector, the PDF and the PPTX page through the same
 * pages. A page holds `rowsPerPage` groups in the workshop's order.
 */

/** Groups per page: four preset columns need more room per group than a list of issues. */
export const SHARED_BOARD_ROWS_PER_PAGE = { presets: 2, issues: 3 } as const

export interface SharedBoardPage {
  /** `sharedBoard:<n>`, stable for the same groups. */
  key: string
  layout: SharedBoard['layout']
  columns: SharedBoardColumn[]
  rows: SharedBoardRow[]
  /** A group on this page has an issue outside the preset columns (a 「その他」 column). */
  hasOthers: boolean
  /** 1-based page number and the number of pages of the board. */
  n: number
  total: number
}

/** The rows a page holds by default for the board's layout. */
export function defaultRowsPerPage(board: Pick<SharedBoard, 'layout'>): number {
  return SHARED_BOARD_ROWS_PER_PAGE[board.layout]
}

/** The board's pages; a board without groups still has one (empty) page. */
export function sharedBoardPages(
  board: SharedBoard,
  rowsPerPage = defaultRowsPerPage(board),
): SharedBoardPage[] {
  const size = Math.max(1, Math.floor(rowsPerPage))
  const chunks: SharedBoardRow[][] = []
  for (let i = 0; i < board.rows.length; i += size) chunks.push(board.rows.slice(i, i + size))
  if (chunks.length === 0) chunks.push([])
  return chunks.map((rows, i) => ({
    key: `sharedBoard:${String(i + 1)}`,
    layout: board.layout,
    columns: board.columns,
    rows,
    hasOthers: rows.some((r) => r.others.length > 0),
    n: i + 1,
    total: chunks.length,
  }))
}
