import '../../styles/board.css'
import '../../styles/theme2.css'
import { useEffect } from 'react'
import { boardOf } from '../../../shared/ops/groupOps'
import { useAppServices, useWorkshopStore } from '../../app/appServices'
import { routeHref } from '../../app/useRoute'
import { useT } from '../../i18n/useT'
import { Theme2View } from './Theme2View'

interface Theme2ScreenProps {
  workshopId: string
  groupId: string
}

/**
 * テーマ2 of one group (#/w/<workshopId>/g/<groupId>/theme2): from the タネ of テーマ1 to causes,
 * their priority, the main cause, countermeasures and indicators. Opens the workshop (and closes
 * it when left), like the テーマ1 board.
 */
export function Theme2Screen({ workshopId, groupId }: Theme2ScreenProps) {
  const t = useT()
  const services = useAppServices()
  const status = useWorkshopStore((s) => s.status)
  const openId = useWorkshopStore((s) => s.doc?.workshop.id)
  const boardId = useWorkshopStore((s) => {
    const group = s.doc?.groups[groupId]
    if (!s.doc || !group || group.deletedAt !== null) return null
    return boardOf(s.doc, groupId, 'theme2')?.id ?? null
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
          <a
            className="button button--primary"
            href={routeHref({ name: 'workshop', workshopId, section: 'groups' })}
          >
            {t.boardBackToGroups}
          </a>
        </div>
      </main>
    )
  }

  return <Theme2View key={boardId} workshopId={workshopId} groupId={groupId} boardId={boardId} />
}
