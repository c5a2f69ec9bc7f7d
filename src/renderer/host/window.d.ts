import type { HostApi } from '../../shared/host/hostApi'

declare global {
  interface Window {
    /** The Electron preload bridge; absent in plain-browser mode. Read only by getHost.ts. */
    readonly taneboard?: HostApi
  }
}

export {}
