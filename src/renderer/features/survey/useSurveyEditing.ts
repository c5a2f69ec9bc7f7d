import { useMemo } from 'react'
import type { Edit } from '../../stores/storeTypes'
import { SETUP_SCOPE } from '../../stores/history'
import { undoNotice } from '../../stores/undoNotice'
import { useAppServices } from '../../session/appServices'

/** The survey screen's edits: one undo step each, in the setup's undo scope. */
export function useSurveyEditing() {
  const services = useAppServices()
  return useMemo(() => {
    const store = services.workshop
    return {
      apply: (edit: Edit) => store.getState().apply(edit),
      undo: () => {
        store.getState().undo(SETUP_SCOPE)
      },
      redo: () => {
        store.getState().redo(SETUP_SCOPE)
      },
      notifyUndoable: (message: string, undoId: number | null) => {
        if (undoId === null) return
        services.notices.getState().push(undoNotice(store, undoId, message))
      },
      notify: (message: string) => {
        services.notices.getState().push({ tone: 'success', message })
      },
    }
  }, [services])
}

export type SurveyEditing = ReturnType<typeof useSurveyEditing>
