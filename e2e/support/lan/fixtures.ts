import { test as base, type BrowserContext, type Page } from '@playwright/test'
import { startHubProcess, type HubProcess } from '../../../testing/lan/hubProcess.mjs'
import { startDeviceProxy, type DeviceLink } from '../../../testing/lan/tcpProxy.mjs'

/**
 * Fixtures for the LAN specs (e2e/specs/lan): a hub process of their own (not the default
 * webServer) and devices. Each table device is a browser context of its own (its own storage,
 * so its own IndexedDB: a separate device) whose every byte to the hub goes through its own
 * proxy (`link`: cut, black-hole, delay), and which opens the hub as http://taneboard.test:PORT/
 * — not a secure context, as a table's browser on http://<LAN address> is not. The facilitator
 * is the laptop itself: http://127.0.0.1:PORT/, no proxy.
 */
export interface Device {
  context: BrowserContext
  page: Page
  /** This device's link to the hub. */
  link: DeviceLink
}

export interface DeviceOptions {
  /** More `host:port` names the link lets through to the hub (e.g. a rebound name). */
  extraTargets?: readonly string[]
  viewport?: { width: number; height: number }
}

export interface LanFixtures {
  hub: HubProcess
  /** A table device: its own context, storage and link, on http://taneboard.test:PORT/. */
  device: (options?: DeviceOptions) => Promise<Device>
  /** The facilitator's browser on the laptop: http://127.0.0.1:PORT/ (baseURL), no link. */
  facilitator: () => Promise<{ context: BrowserContext; page: Page }>
}

export const test = base.extend<LanFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from it
  hub: async ({}, use, testInfo) => {
    const hub = await startHubProcess({ workerIndex: testInfo.parallelIndex })
    await use(hub)
    await hub.dispose()
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('hub output', { body: hub.output.join('\n') })
    }
  },

  device: async ({ browser, hub }, use) => {
    const made: Device[] = []
    await use(async (options = {}) => {
      const link = await startDeviceProxy([hub.tableHost, ...(options.extraTargets ?? [])], () => ({
        host: '127.0.0.1',
        port: hub.port,
      }))
      const context = await browser.newContext({
        baseURL: hub.tableUrl,
        proxy: { server: link.server },
        ...(options.viewport ? { viewport: options.viewport } : {}),
      })
      const page = await context.newPage()
      const device = { context, page, link }
      made.push(device)
      return device
    })
    for (const { context, link } of made) {
      await context.close()
      await link.close()
    }
  },

  facilitator: async ({ browser, hub }, use) => {
    const made: BrowserContext[] = []
    await use(async () => {
      const context = await browser.newContext({ baseURL: hub.url })
      made.push(context)
      return { context, page: await context.newPage() }
    })
    for (const context of made) await context.close()
  },
})

export { expect } from '@playwright/test'
