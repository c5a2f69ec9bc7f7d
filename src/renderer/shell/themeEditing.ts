import { useMemo } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { AnyRecord } from '../../shared/model/schemas'
import { useAppServices } from '../session/appServices'
import type { Edit, WorkshopState } from '../stores/storeTypes'
import { undoNotice } from '../stores/undoNotice'
import { useAnnouncer } from '../ui/useAnnouncer'
import type { GroupThemeViewProps } from './GroupThemeScreen'

/** What every part of a group's theme screen shares: where it is, how it edits and announces. */
export interface ThemeEditing {
  workshopId: string
  groupId: string
  boardId: string
  /**
   * Applies an edit through the workshop store (one undo step); the records it changed, none
   * when the store refused it (a limit, a guard) or it changed nothing.
   */
  apply: (edit: Edit) => AnyRecord[]
  /**
   * Applies a deletion like `apply`; when it deleted anything, announces `message` and shows it
   * as a notice whose 元に戻す undoes this deletion (even after other edits: the session's
   * undoChange, itself an undo step of the screen).
   */
  remove: (edit: Edit, message: string) => AnyRecord[]
  /** Says something to screen readers (aria-live, polite). */
  announce: (message: string) => void
}

/** An edit applied to the workshop store: the records it changed and its undo entry. */
export interface AppliedEdit {
  records: AnyRecord[]
  /** For a notice's 元に戻す (WorkshopState.undoChange); null when nothing changed. */
  undoId: number | null
}

/** ThemeEditing's apply over the workshop store. */
export function applyEdit(store: StoreApi<WorkshopState>, edit: Edit): AppliedEdit {
  let records: AnyRecord[] = []
  const undoId = store.getState().apply((doc, ctx) => {
    records = edit(doc, ctx)
    return records
  })
  return undoId === null ? { records: [], undoId } : { records, undoId }
}

/** A theme screen's ThemeEditing, and what its announcer says. */
export function useThemeEditing(place: GroupThemeViewProps): [ThemeEditing, string] {
  const services = useAppServices()
  const [announcement, announce] = useAnnouncer()
  const { workshopId, groupId, boardId } = place
  const editing = useMemo<ThemeEditing>(
    () => ({
      workshopId,
      groupId,
      boardId,
      apply: (edit) => applyEdit(services.workshop, edit).records,
      remove: (edit, message) => {
        const { records, undoId } = applyEdit(services.workshop, edit)
        if (records.length === 0) return records
        announce(message)
        services.notices.getState().push(undoNotice(services.workshop, undoId, message))
        return records
      },
      announce,
    }),
    [services, workshopId, groupId, boardId, announce],
  )
  return [editing, announcement]
}
