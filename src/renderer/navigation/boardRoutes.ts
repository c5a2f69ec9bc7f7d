import { routeHref } from './useRoute'

/** Addresses the board screen links to (hash routes, see navigation/useRoute). */

export function theme1Href(workshopId: string, groupId: string): string {
  return routeHref({ name: 'theme1', workshopId, groupId })
}

export function groupsHref(workshopId: string): string {
  return routeHref({ name: 'workshop', workshopId, section: 'groups' })
}
