import { errorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import {
  lanStateOff,
  type LanHostApi,
  type LanInterface,
  type LanResult,
  type LanSessionRequest,
  type LanStartRequest,
  type LanState,
} from '../../shared/host/lanHostApi'
import { LOOPBACK_ADDRESS, type LanService } from './lanService'

/**
 * The LAN part of the host contract in Electron main: the console's 「LAN共有」 over the
 * LanService (the hub, the power-save blocker). Requests arrive validated (registerHostHandlers);
 * the address must also be one of this machine's. Failures come back as codes.
 *
 * The facilitator's own window reaches the hub on loopback (the hub listens there too): loopback
 * bypasses the session's dead proxy, and its origin can be named in the window's CSP and allowed
 * by the session's request filter for as long as the hub runs (`onListening`).
 */
export interface LanHostServicesDeps {
  service: LanService
  /** The IPv4 addresses of the network interfaces (lanAddresses). */
  interfaces(): LanInterface[]
  /** Told where the hub's loopback side listens (null: it no longer does), after each change. */
  onListening(port: number | null): void
  log?: (line: string) => void
}

/** The hub's loopback address for this window's sync client. */
export function loopbackUrl(port: number): string {
  return `http://${LOOPBACK_ADDRESS}:${port}/`
}

/** What a failed listen means for the facilitator (Node's errno names). */
export function listenErrorRef(error: unknown, port: number): ErrorRef {
  const code = (error as { code?: unknown } | null)?.code
  // EACCES: a port Windows reserves (Hyper-V's excluded ranges) or a privileged one.
  if (code === 'EADDRINUSE' || code === 'EACCES') return errorRef('lanShare.portInUse', { port })
  if (code === 'EADDRNOTAVAIL') return errorRef('lanShare.addressUnavailable')
  return errorRef('lanShare.failed')
}

export function createLanHostServices(deps: LanHostServicesDeps): LanHostApi {
  const { service } = deps

  const state = (): LanState => {
    const at = service.listening()
    const status = service.status()
    if (!at || !status) return lanStateOff('desktop')
    return {
      mode: 'desktop',
      sharing: status.workshopId !== null,
      address: at.address,
      port: at.port,
      clientUrl: loopbackUrl(at.port),
      status,
      join: service.joinInfo(),
    }
  }
  const ok = (): LanResult => ({ ok: true, state: state() })
  const failed = (error: ErrorRef): LanResult => ({ ok: false, error })

  return {
    lanInterfaces: () => Promise.resolve(deps.interfaces()),

    lanState: () => Promise.resolve(state()),

    async lanStart(request: LanStartRequest) {
      const known =
        request.address === LOOPBACK_ADDRESS ||
        deps.interfaces().some((i) => i.address === request.address)
      if (!known) return failed(errorRef('lanShare.addressUnavailable'))
      try {
        await service.start(request)
      } catch (error) {
        deps.log?.(`[lan] could not start on ${request.address}:${request.port}: ${String(error)}`)
        deps.onListening(null)
        return failed(listenErrorRef(error, request.port))
      }
      deps.onListening(request.port)
      return ok()
    },

    async lanStop() {
      await service.stop()
      deps.onListening(null)
      return ok()
    },

    async lanOpenSession(request: LanSessionRequest) {
      const at = service.listening()
      if (!at) return failed(errorRef('lanShare.notSharing'))
      await service.start({ ...request, ...at })
      return ok()
    },

    async lanDisconnectAll() {
      if (!service.running()) return failed(errorRef('lanShare.notSharing'))
      await service.disconnectAll()
      return ok()
    },
  }
}
