import type { StoreApi } from 'zustand/vanilla'
import type { Notice, WorkshopState } from './storeTypes'

/**
 * The notice of an edit of the open workshop (a deletion) with 元に戻す: the button puts back the
 * versions from before that edit (WorkshopState.undoChange, one undo step of its own); no button
 * when the edit left no undo entry.
 */
export function undoNotice(
  workshop: StoreApi<Pick<WorkshopState, 'undoChange'>>,
  undoId: number | null,
  notice: { message: Notice['message']; undoLabel: string },
): Omit<Notice, 'id'> {
  return {
    tone: 'info',
    message: notice.message,
    ...(undoId === null
      ? {}
      : {
          action: {
            label: notice.undoLabel,
            run: () => {
              workshop.getState().undoChange(undoId)
            },
          },
        }),
  }
}
