import type { HostApi } from '../../shared/host/hostApi'
import { createBrowserHost } from './browserHost'

let host: HostApi | null = null

/**
 * The host of this renderer: the Electron preload bridge when present, else the browser host.
 * The only reader of window.taneboard.
 */
export function getHost(): HostApi {
  host ??= window.taneboard ?? createBrowserHost()
  return host
}
