import type { App } from 'electron'
import type { AppInfo } from '../shared/host/hostApi'

/**
 * Where the second copy lives, as the page is told it: a description, not the folder. The page
 * has no use for the user-data path (it shows no such notice), and a compromised page should not
 * learn the user's account name or folder layout from it.
 */
export const ELECTRON_DATA_LOCATION = 'このパソコンのタネボード用フォルダ'

/** What the renderer shows in its "about" and data-location notices. */
export function appInfo(app: Pick<App, 'getVersion'>): AppInfo {
  return {
    name: 'タネボード',
    version: app.getVersion(),
    host: 'electron',
    dataLocation: ELECTRON_DATA_LOCATION,
  }
}
