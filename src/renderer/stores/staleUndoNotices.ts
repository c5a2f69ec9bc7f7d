import type { StoreApi } from 'zustand/vanilla'
import type { NoticeState } from './storeTypes'
import type { WorkshopSession } from './workshopSession'

/**
 * A notice whose 元に戻す can no longer undo anything goes away: after every change of the
 * history, each notice whose action names an `undoId` the session can no longer undo (already
 * undone with Ctrl+Z or the header's 元に戻す, or dropped when another workshop opened) is
 * dismissed. Returns unsubscribe.
 */
export function dismissStaleUndoNotices(
  notices: StoreApi<NoticeState>,
  session: Pick<WorkshopSession, 'isUndoable' | 'onHistoryChanged'>,
): () => void {
  return session.onHistoryChanged(() => {
    for (const notice of notices.getState().notices) {
      const undoId = notice.action?.undoId
      if (undoId !== undefined && !session.isUndoable(undoId)) notices.getState().dismiss(notice.id)
    }
  })
}
