import { errorRef, type ErrorRef } from '../../shared/errors/errorCodes'
import {
  lanStateOff,
  type LanHostApi,
  type LanInterface,
  type LanJoinInfo,
  type LanResult,
  type LanStartRequest,
  type LanState,
} from '../../shared/host/lanHostApi'

/**
 * An in-memory LAN part of the host for tests: a hub that hands out codes, counts devices per
 * group (set by the test) and replaces every code on 「すべて切断」. Tests only.
 */
export interface FakeLan extends LanHostApi {
  /** Every call, in order ('start 192.168.137.1:8730', 'open g1,g2', 'disconnect', 'stop'). */
  readonly calls: string[]
  /** Sets a group's connected devices and last change (ms since epoch). */
  setGroup(groupId: string, devices: number, lastChangeAt: number | null): void
  /** Makes the next lanStart fail with this error. */
  failNextStart(error: ErrorRef): void
  setMode(mode: LanState['mode']): void
}

export function createFakeLan(
  options: { interfaces?: LanInterface[]; mode?: LanState['mode'] } = {},
): FakeLan {
  const interfaces = options.interfaces ?? [
    { name: 'Wi-Fi', address: '192.168.137.1' },
    { name: 'イーサネット', address: '10.0.0.5' },
  ]
  let mode = options.mode ?? 'desktop'
  const calls: string[] = []
  let at: { address: string; port: number } | null = null
  let workshopId: string | null = null
  let groupIds: string[] = []
  let round = 0
  let nextStartError: ErrorRef | null = null
  const groups = new Map<string, { devices: number; lastChangeAt: number | null }>()

  const code = (seed: string): string => {
    let h = round * 7919
    for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0
    const chars = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'
    let out = ''
    for (let i = 0; i < 8; i++) {
      out += chars.charAt((h >>> (i * 3)) % chars.length)
      h = (h * 1103515245 + 12345) >>> 0
    }
    return `${out.slice(0, 4)}-${out.slice(4)}`
  }

  const join = (): LanJoinInfo | null => {
    if (!at || !workshopId) return null
    const url = `http://${at.address}:${at.port}/`
    return {
      workshopId,
      url,
      facilitator: {
        token: `f.${round}`,
        code: code('facilitator'),
        url: `${url}#/join/f.${round}`,
      },
      groups: groupIds.map((groupId) => ({
        groupId,
        token: `t.${groupId}.${round}`,
        code: code(groupId),
        url: `${url}#/join/t.${groupId}.${round}`,
      })),
    }
  }

  const state = (): LanState => {
    if (!at) return lanStateOff(mode)
    return {
      mode,
      sharing: workshopId !== null,
      address: at.address,
      port: at.port,
      clientUrl: `http://127.0.0.1:${at.port}/`,
      status: {
        listening: true,
        workshopId,
        connections: [...groups.values()].reduce((n, g) => n + g.devices, 0),
        groups: groupIds.map((groupId) => ({
          groupId,
          devices: groups.get(groupId)?.devices ?? 0,
          lastChangeAt: groups.get(groupId)?.lastChangeAt ?? null,
        })),
      },
      join: join(),
    }
  }
  const ok = (): Promise<LanResult> => Promise.resolve({ ok: true, state: state() })
  const fail = (error: ErrorRef): Promise<LanResult> => Promise.resolve({ ok: false, error })

  return {
    calls,
    setGroup(groupId, devices, lastChangeAt) {
      groups.set(groupId, { devices, lastChangeAt })
    },
    failNextStart(error) {
      nextStartError = error
    },
    setMode(next) {
      mode = next
    },
    lanInterfaces: () => Promise.resolve(mode === 'desktop' ? interfaces : []),
    lanState: () => Promise.resolve(state()),
    lanStart(request: LanStartRequest) {
      calls.push(`start ${request.address}:${request.port}`)
      if (mode === 'none') return fail(errorRef('lanShare.needsHub'))
      if (nextStartError) {
        const error = nextStartError
        nextStartError = null
        return fail(error)
      }
      at = { address: request.address, port: request.port }
      workshopId = request.workshopId
      groupIds = [...request.groupIds]
      return ok()
    },
    lanStop() {
      calls.push('stop')
      at = null
      workshopId = null
      groups.clear()
      return ok()
    },
    lanOpenSession(request) {
      calls.push(`open ${request.groupIds.join(',')}`)
      if (!at) return fail(errorRef('lanShare.notSharing'))
      workshopId = request.workshopId
      for (const id of request.groupIds) if (!groupIds.includes(id)) groupIds.push(id)
      return ok()
    },
    lanDisconnectAll() {
      calls.push('disconnect')
      if (!at) return fail(errorRef('lanShare.notSharing'))
      round++
      groups.clear()
      return ok()
    },
  }
}
