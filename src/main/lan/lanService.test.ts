import { rm } from 'node:fs/promises'
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createLanHub } from './lanHub'
import { createLanService, lanAddresses, type LanService } from './lanService'
import { fakeRenderer, freePort, tempDir } from './testing/lanTestKit'

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

let service: LanService | null = null
const dirs: string[] = []
afterEach(async () => {
  await service?.stop()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('the LAN service (Electron main, the console’s 「LAN共有」)', () => {
  it('listens only while on, keeps the laptop awake meanwhile, and stops everything', async () => {
    const blockers: string[] = []
    let next = 0
    const port = freePort()
    service = createLanService({
      createHub: createLanHub,
      powerSaveBlocker: {
        start: (type) => {
          blockers.push(`start ${type}`)
          return ++next
        },
        stop: (id) => blockers.push(`stop ${id}`),
      },
      rootDirectory: dirs[dirs.push(await fakeRenderer()) - 1]!,
      dataDirectory: dirs[dirs.push(await tempDir('lan-service')) - 1]!,
      extraOrigins: ['app://taneboard'],
    })
    expect(service.running()).toBe(false)
    expect(await reachable(port)).toBe(false)
    const join = await service.start({
      workshopId: 'w1',
      groupIds: ['g1'],
      address: '127.0.0.1',
      port,
    })
    expect(join.url).toBe(`http://127.0.0.1:${port}/`)
    expect(join.groups.map((g) => g.groupId)).toEqual(['g1'])
    expect(await reachable(port)).toBe(true)
    // started again for the same address: the same hub, the codes kept
    expect(
      (
        await service.start({
          workshopId: 'w1',
          groupIds: ['g1', 'g2'],
          address: '127.0.0.1',
          port,
        })
      ).groups[0]!.code,
    ).toBe(join.groups[0]!.code)
    expect(blockers).toEqual(['start prevent-app-suspension'])
    await service.stop()
    expect(blockers).toEqual(['start prevent-app-suspension', 'stop 1'])
    expect(service.running()).toBe(false)
    expect(await reachable(port)).toBe(false)
  })

  it('lists the IPv4 addresses of the network interfaces, not loopback', () => {
    expect(
      lanAddresses({
        lo: [
          {
            address: '127.0.0.1',
            family: 'IPv4',
            internal: true,
            netmask: '',
            mac: '',
            cidr: null,
          },
        ],
        wlan0: [
          {
            address: '192.168.137.1',
            family: 'IPv4',
            internal: false,
            netmask: '',
            mac: '',
            cidr: null,
          },
          {
            address: 'fe80::1',
            family: 'IPv6',
            internal: false,
            netmask: '',
            mac: '',
            cidr: null,
            scopeid: 0,
          },
        ],
      }),
    ).toEqual([{ name: 'wlan0', address: '192.168.137.1' }])
  })
})
