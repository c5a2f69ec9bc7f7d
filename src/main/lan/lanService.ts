import { networkInterfaces } from 'node:os'
import type { HubStatus, JoinInfo, LanHub, LanHubOptions } from './lanHub'

/**
 * The LAN session as Electron main runs it (the console's 「LAN共有」): starts the hub on the chosen
 * address and a fixed port, keeps the laptop awake while it runs (powerSaveBlocker, injected with
 * the hub factory so this module imports no Electron), and stops both when sharing is turned off
 * or the app quits. Off by default: nothing listens until `start`.
 */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-app-suspension'): number
  stop(id: number): void
}

export interface LanServiceDeps {
  createHub(options: LanHubOptions): LanHub
  powerSaveBlocker: PowerSaveBlockerLike
  /** The built renderer and the hub's data folder (<userData>/lan). */
  rootDirectory: string
  dataDirectory: string
  /** Origins trusted besides the hub's own (the app's, app://taneboard). */
  extraOrigins: readonly string[]
  log?: (line: string) => void
}

export interface LanStartRequest {
  workshopId: string
  groupIds: readonly string[]
  /** The interface address to listen on. */
  address: string
  /** Fixed, so the tables' pages (and their unsent changes in IndexedDB) keep their origin. */
  port: number
}

export interface LanService {
  start(request: LanStartRequest): Promise<JoinInfo>
  stop(): Promise<void>
  status(): HubStatus | null
  joinInfo(): JoinInfo | null
  disconnectAll(): Promise<JoinInfo | null>
  running(): boolean
  /** Where the hub listens (the chosen address), null when it does not. */
  listening(): { address: string; port: number } | null
}

export { LAN_DEFAULT_PORT } from '../../shared/host/lanHostApi'

/** The facilitator's own window reaches the hub on loopback (see lanHostServices.ts). */
export const LOOPBACK_ADDRESS = '127.0.0.1'

/** IPv4 addresses of this machine's network interfaces (not loopback), for the address choice. */
export function lanAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): { name: string; address: string }[] {
  const out: { name: string; address: string }[] = []
  for (const [name, list] of Object.entries(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) out.push({ name, address: entry.address })
    }
  }
  return out
}

export function createLanService(deps: LanServiceDeps): LanService {
  let hub: LanHub | null = null
  let listening: { address: string; port: number } | null = null
  let blocker: number | null = null

  const stop = async (): Promise<void> => {
    const current = hub
    hub = null
    listening = null
    if (blocker !== null) {
      deps.powerSaveBlocker.stop(blocker)
      blocker = null
    }
    await current?.stop()
  }

  return {
    async start(request) {
      const same = listening?.address === request.address && listening.port === request.port
      if (!hub || !same) {
        await stop()
        const created = deps.createHub({
          rootDirectory: deps.rootDirectory,
          dataDirectory: deps.dataDirectory,
          // The tables reach the chosen address; the facilitator's window, loopback.
          addresses: [...new Set([request.address, LOOPBACK_ADDRESS])],
          port: request.port,
          extraOrigins: deps.extraOrigins,
          log: deps.log,
        })
        try {
          await created.start()
        } catch (error) {
          // one address may be listening already: nothing may stay open
          await created.stop()
          throw error
        }
        hub = created
        listening = { address: request.address, port: request.port }
        blocker = deps.powerSaveBlocker.start('prevent-app-suspension')
      }
      return hub.open({ workshopId: request.workshopId, groupIds: request.groupIds })
    },
    stop,
    status: () => hub?.status() ?? null,
    joinInfo: () => hub?.joinInfo() ?? null,
    disconnectAll: async () => (hub ? hub.disconnectAll() : null),
    running: () => hub !== null,
    listening: () => (listening ? { ...listening } : null),
  }
}
