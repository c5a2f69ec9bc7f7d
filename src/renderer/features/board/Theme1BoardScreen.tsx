import '../../styles/board.css'
import { useEffect } from 'react'
import { boardOf } from '../../../shared/ops/groupOps'
import { useAppServices, useWorkshopStore } from '../../app/appServices'
import { routeHref } from '../../app/useRoute'
import { useT } from '../../i18n/useT'
import { groupsHref } from './boardRoutes'
import { Theme1BoardView } from './Theme1BoardView'

interface Theme1BoardScreenProps {
  workshopId: string
  groupId: string
}

/**
 * テーマ1 of one group (#/w/<workshopId>/g/<groupId>/theme1): the poster with the four scenes
 * and the tray, where the table's 司会・書記 writes the 困りごと down as sticky notes and sorts
 * them. Opens the workshop (and closes it when left), like the setup screen.
 */
export function Theme1BoardScreen({ workshopId, groupId }: Theme1BoardScreenProps) {
  const t = useT()
  const services = useAppServices()
  const status = useWorkshopStore((s) => s.status)
  const openId = useWorkshopStore((s) => s.doc?.workshop.id)
  const boardId = useWorkshopStore((s) => {
    const group = s.doc?.groups[groupId]
    if (!s.doc || !group || group.deletedAt !== null) return null
    return boardOf(s.doc, groupId, 'theme1')?.id ?? null
  })

  useEffect(() => {
    const store = services.workshop
    void store.getState().open(workshopId)
    return () => {
      void store.getState().close()
    }
  }, [services, workshopId])

  if (status === 'missing') {
    return (
      <main className="screen screen--center">
        <div className="message-card" role="alert">
          <p>{t.workshopMissing}</p>
          <a className="button button--primary" href={routeHref({ name: 'home' })}>
            {t.backToHome}
          </a>
        </div>
      </main>
    )
  }

  if (status !== 'ready' || openId !== workshopId) {
    return (
      <main className="screen screen--center" aria-busy="true">
        <p className="loading">{t.loading}</p>
      </main>
    )
  }

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

  return (
    <Theme1BoardView key={boardId} workshopId={workshopId} groupId={groupId} boardId={boardId} />
  )
}
