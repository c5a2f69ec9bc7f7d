import type { ComponentType } from 'react'
import type { ThemeId } from '../../shared/model/themes'
import { boardOf } from '../../shared/ops/groupOps'
import { useWorkshopStore } from '../session/appServices'
import { useOpenedWorkshop } from '../session/useOpenedWorkshop'
import { WorkshopLoading, WorkshopMissing } from '../ui/WorkshopStatus'
import { useT } from '../i18n/useT'
import { groupsHref } from '../navigation/boardRoutes'

/** What a theme's screen shows once its workshop is open and the group's board is found. */
export interface GroupThemeViewProps {
  workshopId: string
  groupId: string
  boardId: string
}

interface GroupThemeScreenProps {
  workshopId: string
  groupId: string
  themeId: ThemeId
  View: ComponentType<GroupThemeViewProps>
}

/**
 * A group's screen for one theme (テーマ1 board, テーマ2 map, …): opens the workshop (and closes
 * it when left), says so when the workshop or the group is gone, and renders the theme's view
 * with the group's board for that theme.
 */
export function GroupThemeScreen({ workshopId, groupId, themeId, View }: GroupThemeScreenProps) {
  const t = useT()
  const { status, doc } = useOpenedWorkshop(workshopId)
  const boardId = useWorkshopStore((s) => {
    const group = s.doc?.groups[groupId]
    if (!s.doc || !group || group.deletedAt !== null) return null
    return boardOf(s.doc, groupId, themeId)?.id ?? null
  })

  if (status === 'missing') return <WorkshopMissing />
  if (status !== 'ready' || !doc) return <WorkshopLoading />

  if (!boardId) {
    return (
      <main className="screen screen--center">
        <div className="message-card" role="alert">
          <p>{t.boardGroupMissing}</p>
          <a className="button button--primary" href={groupsHref(workshopId)}>
            {t.boardBackToGroups}
          </a>
        </div>
      </main>
    )
  }

  return <View key={boardId} workshopId={workshopId} groupId={groupId} boardId={boardId} />
}
