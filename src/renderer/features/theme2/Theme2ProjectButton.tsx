import type { MouseEvent } from 'react'
import { navigate, routeHref, type Route } from '../../app/useRoute'
import { useAppServices } from '../../app/appServices'
import { useT } from '../../i18n/useT'
import { openProjectorRoute } from '../projector/openProjector'

/**
 * 投影: opens the group's テーマ2 projector view in a window of its own (Electron: full screen on
 * the external display), so the map stays here to work on; a blocked pop-up shows it in this window.
 */
export function Theme2ProjectButton({
  workshopId,
  groupId,
}: {
  workshopId: string
  groupId: string
}) {
  const t = useT()
  const { host } = useAppServices()
  const route: Route = { name: 'theme2Projector', workshopId, groupId }
  const href = routeHref(route)
  const project = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    void openProjectorRoute(host, href).then((opened) => {
      if (!opened) navigate(route)
    })
  }
  return (
    <a
      className="button button--small"
      href={href}
      onClick={project}
      title={t.boardProjectHint}
      data-testid="theme2-project"
    >
      <span aria-hidden="true">▣</span> {t.boardProject}
    </a>
  )
}
