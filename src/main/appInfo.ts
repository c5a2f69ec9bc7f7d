import type { App } from 'electron'
import type { AppInfo } from '../shared/host/hostApi'

/** What the renderer shows in its "about" and data-location notices. */
export function appInfo(app: Pick<App, 'getVersion'>, dataLocation: string): AppInfo {
  return { name: 'タネボード', version: app.getVersion(), host: 'electron', dataLocation }
}
