import type { HostApi } from '../../shared/host/hostApi'

/**
 * Shows a projector view (a hash route such as `…/theme1/projector`) in its own window (Electron:
 * full screen on the projector when one is connected; browser: a pop-up), reusing an open one.
 * Resolves false when the host could not open it (a blocked pop-up): the caller can then show the
 * view in this window instead.
 */
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
