import type { HostApi } from '../../../shared/host/hostApi'

/** The projector view of a group's テーマ1 board (a hash route, see app/useRoute). */
export function projectorRoute(workshopId: string, groupId: string): string {
  return `#/w/${workshopId}/g/${groupId}/theme1/projector`
}

/**
 * Shows the projector view in its own window (Electron: full screen on the projector when one is
 * connected; browser: a pop-up), reusing an open one. Resolves false when the host could not
 * open it (a blocked pop-up): the caller can then show the view in this window instead.
 */
export function openProjectorWindow(
  host: Pick<HostApi, 'openProjectorWindow'>,
  workshopId: string,
  groupId: string,
): Promise<boolean> {
  return openProjectorRoute(host, projectorRoute(workshopId, groupId))
}

/** openProjectorWindow for any projector route (e.g. the テーマ2 one, `…/theme2/projector`). */
export async function openProjectorRoute(
  host: Pick<HostApi, 'openProjectorWindow'>,
  route: string,
): Promise<boolean> {
  try {
    await host.openProjectorWindow({ route })
    return true
  } catch (error) {
    console.warn('TaneBoard: the projector window could not be opened', error)
    return false
  }
}
