import { useSyncExternalStore } from 'react'

/** The sections of the workshop setup screen, in navigation order. */
export const SETUP_SECTIONS = ['basics', 'timetable', 'groups', 'cards'] as const
export type SetupSection = (typeof SETUP_SECTIONS)[number]

export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string; section: SetupSection }
  | { name: 'theme1'; workshopId: string; groupId: string }
  | { name: 'theme1Projector'; workshopId: string; groupId: string }
  | { name: 'theme2'; workshopId: string; groupId: string }
  | { name: 'theme2Projector'; workshopId: string; groupId: string }

/**
 * Hash routes, so that the same build works from app://, http:// and file:// and a reload keeps
 * the place: `#/` home, `#/w/<id>` setup (基本情報), `#/w/<id>/<section>`, and a group's テーマ1
 * board `#/w/<id>/g/<groupId>/theme1` and its projector view `…/theme1/projector`, and its
 * テーマ2 map `#/w/<id>/g/<groupId>/theme2` and its projector view `…/theme2/projector`.
 */
export function parseRoute(hash: string): Route {
  const projector =
    /^#\/w\/([A-Za-z0-9_-]{1,64})\/g\/([A-Za-z0-9_-]{1,64})\/theme1\/projector\/?$/.exec(hash)
  if (projector?.[1] && projector[2]) {
    return { name: 'theme1Projector', workshopId: projector[1], groupId: projector[2] }
  }
  const projector2 =
    /^#\/w\/([A-Za-z0-9_-]{1,64})\/g\/([A-Za-z0-9_-]{1,64})\/theme2\/projector\/?$/.exec(hash)
  if (projector2?.[1] && projector2[2]) {
    return { name: 'theme2Projector', workshopId: projector2[1], groupId: projector2[2] }
  }
  const board = /^#\/w\/([A-Za-z0-9_-]{1,64})\/g\/([A-Za-z0-9_-]{1,64})\/theme1\/?$/.exec(hash)
  if (board?.[1] && board[2]) return { name: 'theme1', workshopId: board[1], groupId: board[2] }
  const theme2 = /^#\/w\/([A-Za-z0-9_-]{1,64})\/g\/([A-Za-z0-9_-]{1,64})\/theme2\/?$/.exec(hash)
  if (theme2?.[1] && theme2[2]) return { name: 'theme2', workshopId: theme2[1], groupId: theme2[2] }
  const match = /^#\/w\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?\/?$/.exec(hash)
  if (!match?.[1]) return { name: 'home' }
  const section = SETUP_SECTIONS.find((s) => s === match[2]) ?? 'basics'
  return { name: 'workshop', workshopId: match[1], section }
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/'
  if (route.name === 'theme1') return `#/w/${route.workshopId}/g/${route.groupId}/theme1`
  if (route.name === 'theme2') return `#/w/${route.workshopId}/g/${route.groupId}/theme2`
  if (route.name === 'theme1Projector') {
    return `#/w/${route.workshopId}/g/${route.groupId}/theme1/projector`
  }
  if (route.name === 'theme2Projector') {
    return `#/w/${route.workshopId}/g/${route.groupId}/theme2/projector`
  }
  const section = route.section === 'basics' ? '' : `/${route.section}`
  return `#/w/${route.workshopId}${section}`
}

export function navigate(route: Route): void {
  const href = routeHref(route)
  if (window.location.hash !== href) window.location.hash = href
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
  }
}

const getHash = () => window.location.hash

/** The current route; re-renders on hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getHash)
  return parseRoute(hash)
}
