import { defaultRowsPerPage } from '../../../shared/plenary/sharedBoardPages'
import type { SharedBoard } from '../../../shared/plenary/sharedBoardRows'
import {
  buildSummaryDeck,
  sharedBoardSummaryPages,
  type SummaryPage,
} from '../../../shared/plenary/summaryDeck'
import type { WorkshopDoc } from '../../../shared/model/workshopDoc'

export type SummaryMode = 'board' | 'summary'

/**
 * Groups per page at a text size: the layout's own at 100 %, fewer when the text is larger (so
 * it stays readable from the back), more when it is smaller; 1 to 6.
 */
export function rowsForScale(board: Pick<SharedBoard, 'layout'>, scale: number): number {
  const rows = Math.round(defaultRowsPerPage(board) / Math.max(0.1, scale))
  return Math.min(6, Math.max(1, rows))
}

/** The pages a projector shows: the 共有用ボード alone, or the whole 総括 deck. */
export function projectedPages(
  doc: WorkshopDoc,
  board: SharedBoard,
  mode: SummaryMode,
  scale: number,
): SummaryPage[] {
  const rowsPerPage = rowsForScale(board, scale)
  return mode === 'board'
    ? sharedBoardSummaryPages(board, rowsPerPage)
    : buildSummaryDeck(doc, board, { rowsPerPage })
}
