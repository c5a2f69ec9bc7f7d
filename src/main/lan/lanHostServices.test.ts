import { rm } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLanHub } from './lanHub'
import { createLanHostServices, listenErrorRef } from './lanHostServices'
import { createLanService } from './lanService'
import { fakeRenderer, tempDir, testDevice, until } from './testing/lanTestKit'

/** A port of 18720-18729 (the console engineer's, COORDINATION.md) nothing listens on now. */
async function portNobodyUses(skip: readonly number[] = []): Promise<number> {
  for (let port = 18720; port <= 18729; port++) {
    if (skip.includes(port)) continue
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => {
        resolve(false)
      })
      probe.listen(port, '127.0.0.1', () => {
        probe.close(() => {
          resolve(true)
        })
      })
    })
    if (free) return port
  }
  throw new Error('no free port in 18720-18729')
}

let PORT = 0
let BUSY_PORT = 0
beforeEach(async () => {
  PORT = await portNobodyUses()
  BUSY_PORT = await portNobodyUses([PORT])
})

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/check', headers: { host: `127.0.0.1:${port}` } },
      (res) => {
        res.resume()
        resolve(res.statusCode === 200)
      },
    )
    req.on('error', () => {
      resolve(false)
    })
    req.end()
  })
}

const dirs: string[] = []
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function setup() {
  const listening: (number | null)[] = []
  const blockers: string[] = []
  const rootDirectory = await fakeRenderer()
  const dataDirectory = await tempDir('lan-host')
  dirs.push(rootDirectory, dataDirectory)
  const service = createLanService({
    createHub: createLanHub,
    powerSaveBlocker: {
      start: (type) => {
        blockers.push(type)
        return 7
      },
      stop: (id) => blockers.push(`stop ${id}`),
    },
    rootDirectory,
    dataDirectory,
    extraOrigins: ['app://taneboard'],
  })
  cleanups.push(() => service.stop())
  const lan = createLanHostServices({
    service,
    // The test machine's interfaces are unknown: loopback is always allowed.
    interfaces: () => [{ name: 'Wi-Fi', address: '192.168.137.1' }],
    onListening: (port) => listening.push(port),
  })
  return { lan, service, listening, blockers }
}

describe('the LAN part of the host in Electron main', () => {
  it('is off until started; shares a workshop; stops so that nothing listens', async () => {
    const { lan, listening, blockers } = await setup()
    expect(await lan.lanInterfaces()).toEqual([{ name: 'Wi-Fi', address: '192.168.137.1' }])
    const off = await lan.lanState()
    expect(off).toMatchObject({ mode: 'desktop', sharing: false, join: null, clientUrl: null })
    expect(await reachable(PORT)).toBe(false)

    const started = await lan.lanStart({
      workshopId: 'w1',
      groupIds: ['g1', 'g2'],
      address: '127.0.0.1',
      port: PORT,
    })
    if (!started.ok) throw new Error(started.error.code)
    expect(started.state).toMatchObject({
      mode: 'desktop',
      sharing: true,
      address: '127.0.0.1',
      port: PORT,
      clientUrl: `http://127.0.0.1:${PORT}/`,
    })
    expect(started.state.join?.groups.map((g) => g.groupId)).toEqual(['g1', 'g2'])
    expect(started.state.join?.groups[0]?.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(started.state.status?.groups).toEqual([
      { groupId: 'g1', devices: 0, lastChangeAt: null },
      { groupId: 'g2', devices: 0, lastChangeAt: null },
    ])
    expect(listening).toEqual([PORT])
    expect(blockers).toEqual(['prevent-app-suspension'])
    expect(await reachable(PORT)).toBe(true)

    // a group added while sharing: opened on the same hub, the codes kept
    const opened = await lan.lanOpenSession({ workshopId: 'w1', groupIds: ['g1', 'g2', 'g3'] })
    if (!opened.ok) throw new Error(opened.error.code)
    expect(opened.state.join?.groups.map((g) => g.groupId)).toEqual(['g1', 'g2', 'g3'])
    expect(opened.state.join?.groups[0]?.code).toBe(started.state.join?.groups[0]?.code)

    const stopped = await lan.lanStop()
    expect(stopped.ok && stopped.state.sharing).toBe(false)
    expect(stopped.ok).toBe(true)
    expect(listening).toEqual([PORT, null])
    expect(blockers).toEqual(['prevent-app-suspension', 'stop 7'])
    expect(await reachable(PORT)).toBe(false)
  })

  it('the facilitator’s window reaches the hub on loopback from the app’s origin', async () => {
    const { lan } = await setup()
    const started = await lan.lanStart({
      workshopId: 'w1',
      groupIds: ['g1'],
      address: '127.0.0.1',
      port: PORT,
    })
    if (!started.ok) throw new Error(started.error.code)
    const device = testDevice(PORT, 'app://taneboard')
    cleanups.push(() => {
      device.destroy()
      return Promise.resolve()
    })
    const { outcome } = device.open('ws/w1/g/g1', started.state.join!.facilitator.token)
    await until(() => outcome.authenticated, 5_000, 'the facilitator’s socket')
    expect(outcome.failed).toBeNull()
  })

  it('「すべて切断」 replaces every code; refuses while not sharing', async () => {
    const { lan } = await setup()
    expect(await lan.lanDisconnectAll()).toEqual({
      ok: false,
      error: { code: 'lanShare.notSharing' },
    })
    expect(await lan.lanOpenSession({ workshopId: 'w1', groupIds: ['g1'] })).toEqual({
      ok: false,
      error: { code: 'lanShare.notSharing' },
    })
    const started = await lan.lanStart({
      workshopId: 'w1',
      groupIds: ['g1'],
      address: '127.0.0.1',
      port: PORT,
    })
    if (!started.ok) throw new Error(started.error.code)
    const after = await lan.lanDisconnectAll()
    if (!after.ok) throw new Error(after.error.code)
    expect(after.state.sharing).toBe(true)
    expect(after.state.join?.groups[0]?.code).not.toBe(started.state.join?.groups[0]?.code)
    expect(after.state.join?.facilitator.token).not.toBe(started.state.join?.facilitator.token)
  })

  it('refuses an address of no interface, and says when the port is taken', async () => {
    const { lan, listening, blockers } = await setup()
    expect(
      await lan.lanStart({ workshopId: 'w1', groupIds: [], address: '8.8.8.8', port: PORT }),
    ).toEqual({ ok: false, error: { code: 'lanShare.addressUnavailable' } })

    const busy: Server = createServer()
    await new Promise<void>((resolve) => busy.listen(BUSY_PORT, '127.0.0.1', resolve))
    cleanups.push(
      () =>
        new Promise((resolve) => {
          busy.close(() => {
            resolve()
          })
        }),
    )
    expect(
      await lan.lanStart({ workshopId: 'w1', groupIds: [], address: '127.0.0.1', port: BUSY_PORT }),
    ).toEqual({ ok: false, error: { code: 'lanShare.portInUse', params: { port: BUSY_PORT } } })
    expect((await lan.lanState()).sharing).toBe(false)
    expect(listening).toEqual([null])
    expect(blockers).toEqual([])
  })

  it('names listen failures by their errno', () => {
    expect(listenErrorRef({ code: 'EADDRINUSE' }, 8730)).toEqual({
      code: 'lanShare.portInUse',
      params: { port: 8730 },
    })
    expect(listenErrorRef({ code: 'EACCES' }, 8730).code).toBe('lanShare.portInUse')
    expect(listenErrorRef({ code: 'EADDRNOTAVAIL' }, 8730).code).toBe('lanShare.addressUnavailable')
    expect(listenErrorRef(new Error('boom'), 8730).code).toBe('lanShare.failed')
  })
})
