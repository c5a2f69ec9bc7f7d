import type { MouseEvent, ReactNode } from 'react'
import { useAppServices } from '../session/appServices'
import { navigate, routeHref, type Route } from '../navigation/useRoute'
import { openProjectorRoute } from './openProjector'

interface ProjectLinkProps {
  /** The projector view to show. */
  route: Route
  title: string
  children: ReactNode
  testId?: string
}

/**
 * 投影: opens a projector view in a window of its own (Electron: full screen on the external
 * display), so the screen it came from stays to work on; a blocked pop-up shows it in this window.
 * A link, so it also works as one (the address of the view).
 */
export function ProjectLink({ route, title, children, testId }: ProjectLinkProps) {
  const { host } = useAppServices()
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
      title={title}
      data-testid={testId}
    >
      <span aria-hidden="true">▣</span> {children}
    </a>
  )
}
