import type { HostApi } from '../../shared/host/hostApi'
import { createBrowserHost } from './browserHost'
import { adoptLanAdminKey } from './browserLan'

let host: HostApi | null = null

/**
 * The host of this renderer: the Electron preload bridge when present, else the browser host.
 * The only reader of window.taneboard.
 */
export function getHost(): HostApi {
  if (!host) {
    // A facilitator URL of browser mode's LAN server: its admin key leaves the address bar first.
    if (!window.taneboard) {
      try {
        adoptLanAdminKey(window.location, window.sessionStorage, window.history)
      } catch {
        // no sessionStorage here: the LAN part will say it needs its server's URL
      }
    }
    host = window.taneboard ?? createBrowserHost()
  }
  return host
}
