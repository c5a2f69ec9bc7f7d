import type { StoreApi } from 'zustand/vanilla'
import { errorRef } from '../../shared/errors/errorCodes'
import type { Notice, WorkshopState } from './storeTypes'

/**
 * The notice of an edit of the open workshop (a deletion) with 元に戻す: the button puts back the
 * versions from before that edit (WorkshopState.undoChange, one undo step of its own); no button
 * when the edit left no undo entry. The notice goes away once the edit is undone otherwise
 * (Ctrl+Z, the header's 元に戻す: stores/staleUndoNotices).
 */
export function undoNotice(
  workshop: StoreApi<Pick<WorkshopState, 'undoChange'>>,
  undoId: number | null,
  message: Notice['message'],
): Omit<Notice, 'id'> {
  if (undoId === null) return { tone: 'info', message }
  return {
    tone: 'info',
    message,
    action: {
      label: errorRef('notice.undo'),
      undoId,
      run: () => {
        workshop.getState().undoChange(undoId)
      },
    },
  }
}
