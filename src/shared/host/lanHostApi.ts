import { z } from 'zod/mini'
import type { ErrorRef } from '../errors/errorCodes'
import { idSchema } from '../model/schemas'

/**
 * The LAN part of the host contract (the console's 「LAN共有」, issue 16, docs/lan-sync.md).
 *
 * Electron: main runs the hub (src/main/lan) on the interface address and port the facilitator
 * chooses. Browser mode: the hub is the server the page came from (`npm run web -- --lan`), which
 * the page reaches through its admin API with the key it was opened with; without one the LAN
 * part says it needs that server or the desktop app (`available: false`).
 */
export interface LanHostApi {
  /** The IPv4 addresses of this machine's network interfaces (Electron; empty in a browser). */
  lanInterfaces(): Promise<LanInterface[]>
  /** Whether sharing is on, for which workshop, with its codes and each group's connections. */
  lanState(): Promise<LanState>
  /**
   * Starts sharing a workshop: the hub listens on the address and port (Electron; a browser's
   * hub already listens, and ignores both) and opens the workshop's groups to their codes.
   */
  lanStart(request: LanStartRequest): Promise<LanResult>
  /** Stops sharing: every connection ends and nothing listens any more (Electron). */
  lanStop(): Promise<LanResult>
  /** Opens more groups of the shared workshop (a group added while sharing). */
  lanOpenSession(request: LanSessionRequest): Promise<LanResult>
  /** 「すべて切断」: every connection ends and every code is replaced. */
  lanDisconnectAll(): Promise<LanResult>
}

/** The default port of the hub (the tables' pages, and their unsent changes, belong to it). */
export const LAN_DEFAULT_PORT = 8730

export interface LanInterface {
  /** The interface's name (Wi-Fi, イーサネット, ローカル エリア接続* 2, …). */
  name: string
  address: string
}

export interface LanJoinEntry {
  token: string
  /** ABCD-EFGH */
  code: string
  /** The URL to open (the token in the fragment, never sent to a server). */
  url: string
}

export interface LanJoinInfo {
  workshopId: string
  /** The hub's address, e.g. http://192.168.137.1:8730/ */
  url: string
  facilitator: LanJoinEntry
  groups: (LanJoinEntry & { groupId: string })[]
}

export interface LanGroupStatus {
  groupId: string
  /** Table devices connected now (the facilitator not counted). */
  devices: number
  /** When the group's document last changed (ms since epoch), null when not since the start. */
  lastChangeAt: number | null
}

export interface LanHubStatus {
  listening: boolean
  workshopId: string | null
  connections: number
  groups: LanGroupStatus[]
}

export interface LanState {
  /**
   * 'desktop': the app runs the hub and the facilitator picks address and port; 'server': the
   * hub is browser mode's server; 'none': a browser page with no hub to talk to.
   */
  mode: 'desktop' | 'server' | 'none'
  /** True while a workshop is shared. */
  sharing: boolean
  /** The address and port the hub listens on (null when it does not). */
  address: string | null
  port: number | null
  /** Where this window's own sync client reaches the hub (Electron: loopback). */
  clientUrl: string | null
  status: LanHubStatus | null
  join: LanJoinInfo | null
}

/** A LAN call's outcome: the state after it, or why it failed (a code, as the UI shows it). */
export type LanResult = { ok: true; state: LanState } | { ok: false; error: ErrorRef }

const ipv4Schema = z
  .string()
  .check(
    z.maxLength(15),
    z.regex(/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/),
  )

export const lanPortSchema = z.int().check(z.minimum(1024), z.maximum(65535))

export const lanSessionRequestSchema = z.strictObject({
  workshopId: idSchema,
  groupIds: z.array(idSchema).check(z.maxLength(200)),
})
export type LanSessionRequest = z.infer<typeof lanSessionRequestSchema>

export const lanStartRequestSchema = z.strictObject({
  workshopId: idSchema,
  groupIds: z.array(idSchema).check(z.maxLength(200)),
  address: ipv4Schema,
  port: lanPortSchema,
})
export type LanStartRequest = z.infer<typeof lanStartRequestSchema>

/** A state with nothing shared. */
export function lanStateOff(mode: LanState['mode']): LanState {
  return {
    mode,
    sharing: false,
    address: null,
    port: null,
    clientUrl: null,
    status: null,
    join: null,
  }
}
