import { useMemo } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { AnyRecord } from '../../shared/model/schemas'
import { useAppServices } from '../session/appServices'
import type { Edit, WorkshopState } from '../stores/storeTypes'
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
  /** Says something to screen readers (aria-live, polite). */
  announce: (message: string) => void
}

/** ThemeEditing's apply over the workshop store. */
export function applyEdit(store: StoreApi<WorkshopState>, edit: Edit): AnyRecord[] {
  const before = store.getState().doc
  let records: AnyRecord[] = []
  store.getState().apply((doc, ctx) => {
    records = edit(doc, ctx)
    return records
  })
  return store.getState().doc === before ? [] : records
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
      apply: (edit) => applyEdit(services.workshop, edit),
      announce,
    }),
    [services, workshopId, groupId, boardId, announce],
  )
  return [editing, announcement]
}
