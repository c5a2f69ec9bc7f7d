import type { Page } from '@playwright/test'
import { expect, test } from '../../support/lan/fixtures'

/**
 * The plumbing the LAN specs stand on: a table device reaches the hub only through its own link
 * (a proxy that can cut and black-hole), on a name that is not a secure context, and the hub
 * refuses another Host (DNS rebinding) and a socket from another site's page.
 */

/** Opens a WebSocket to the hub's sync path from the page; resolves 'open' or 'failed'. */
async function openSocket(page: Page, url: string): Promise<'open' | 'failed'> {
  return page.evaluate(
    (url) =>
      new Promise<'open' | 'failed'>((resolve) => {
        const socket = new WebSocket(url)
        const sockets = ((window as unknown as { sockets?: WebSocket[] }).sockets ??= [])
        sockets.push(socket)
        socket.onopen = () => {
          resolve('open')
        }
        socket.onerror = () => {
          resolve('failed')
        }
        socket.onclose = () => {
          resolve('failed')
        }
      }),
    url,
  )
}

/** readyState of the page's n-th socket opened by openSocket. */
function socketState(page: Page, n: number): Promise<number> {
  return page.evaluate(
    (n) => (window as unknown as { sockets: WebSocket[] }).sockets[n]?.readyState ?? -1,
    n,
  )
}

test("a table's page comes through its own link, on a name that is not a secure context", async ({
  hub,
  device,
}) => {
  const table = await device()
  await table.page.goto('/check')
  await expect(
    table.page.getByRole('heading', { name: 'タネボードに接続できています' }),
  ).toBeVisible()
  expect(await table.page.evaluate(() => [window.isSecureContext, location.origin])).toEqual([
    false,
    `http://${hub.tableHost}`,
  ])
  expect(table.link.stats.bytesFromHub).toBeGreaterThan(0)

  // The app itself loads from the hub.
  const response = await table.page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(table.page).toHaveTitle(/タネボード/)

  // Cut: nothing comes through any more; back: it does again.
  const check = (): Promise<number | 'failed'> =>
    table.page.evaluate(() =>
      fetch('/check', { cache: 'no-store' }).then(
        (r) => r.status,
        () => 'failed' as const,
      ),
    )
  expect(await check()).toBe(200)
  table.link.cut()
  expect(await check()).toBe('failed')
  table.link.pass()
  expect(await check()).toBe(200)
})

test('the sync socket goes through the link: a cut closes it, a black hole keeps it open and silent', async ({
  hub,
  device,
}) => {
  const table = await device()
  const sync = `ws://${hub.tableHost}/sync`
  await table.page.goto('/check')
  expect(await openSocket(table.page, sync)).toBe('open')
  expect(table.link.openSockets()).toBeGreaterThan(0)

  // Cut: the open socket closes at once, and a new one cannot open.
  table.link.cut()
  await expect.poll(() => socketState(table.page, 0)).toBe(WebSocket.CLOSED)
  expect(await openSocket(table.page, sync)).toBe('failed')

  // Back: a new socket opens.
  table.link.pass()
  expect(await openSocket(table.page, sync)).toBe('open')

  // Black hole: the socket stays open but what the page sends does not reach the hub, and a new
  // socket does not open (accepted, never answered)...
  table.link.blackHole()
  const sentBefore = table.link.stats.bytesToHub
  await table.page.evaluate(() => {
    ;(window as unknown as { sockets: WebSocket[] }).sockets[2]?.send(new Uint8Array(64))
  })
  const late = openSocket(table.page, sync)
  await table.page.waitForTimeout(500)
  expect(await socketState(table.page, 2)).toBe(WebSocket.OPEN)
  expect(await socketState(table.page, 3)).toBe(WebSocket.CONNECTING)
  expect(table.link.stats.bytesToHub).toBe(sentBefore)

  // ...until the link passes again: then what was held arrives late, as over TCP.
  table.link.pass()
  expect(await late).toBe('open')
  await expect.poll(() => table.link.stats.bytesToHub).toBeGreaterThan(sentBefore + 64)

  // Cut: everything closes.
  table.link.cut()
  await expect.poll(() => socketState(table.page, 3)).toBe(WebSocket.CLOSED)
})

test('the hub refuses another Host (DNS rebinding) and a socket from another site', async ({
  hub,
  device,
}) => {
  const rebound = `rebound.test:${hub.port}`
  const table = await device({ extraTargets: [rebound] })

  // A name that is not the hub's, resolving to it: refused.
  const response = await table.page.goto(`http://${rebound}/`)
  expect(response?.status()).toBe(403)
  await table.page.goto(`http://${rebound}/check`)
  await expect(table.page.getByText('Forbidden')).toBeVisible()

  // A page on another site opens the hub's sync socket from the same browser: refused.
  await table.page.route('http://evil.test:4444/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>evil</title>' }),
  )
  await table.page.goto('http://evil.test:4444/')
  expect(await openSocket(table.page, `ws://${hub.tableHost}/sync`)).toBe('failed')
  await expect.poll(() => hub.output.join('\n')).toContain('refused a socket from another origin')

  // The same socket from the hub's own page opens.
  await table.page.goto('/check')
  expect(await openSocket(table.page, `ws://${hub.tableHost}/sync`)).toBe('open')
})
