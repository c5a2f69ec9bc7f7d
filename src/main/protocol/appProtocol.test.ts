import * as nodeFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY, metaPolicyOf, policyConnectingTo } from '../../shared/host/csp'
import { APP_ENTRY_URL, createAppProtocolHandler } from './appProtocol'

let base: string
let root: string
const SECRET = 'TOP-SECRET-OUTSIDE-ROOT'

beforeAll(async () => {
  base = await nodeFs.mkdtemp(join(tmpdir(), 'taneboard-protocol-'))
  root = join(base, 'out', 'renderer')
  await nodeFs.mkdir(join(root, 'assets'), { recursive: true })
  await nodeFs.writeFile(join(root, 'index.html'), '<!doctype html><title>タネボード</title>')
  await nodeFs.writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await nodeFs.writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await nodeFs.writeFile(join(root, 'assets', 'font.woff2'), 'wOF2')
  await nodeFs.writeFile(join(root, 'assets', 'noto-sans-jp-0-400-normal-BOdFA-Yh.woff2'), 'wOF2')
  await nodeFs.writeFile(join(base, 'out', 'secret.txt'), SECRET)
  await nodeFs.writeFile(join(base, 'secret.txt'), SECRET)
  await nodeFs.symlink(join(base, 'secret.txt'), join(root, 'assets', 'escape.js'))
})

afterAll(async () => {
  await nodeFs.rm(base, { recursive: true, force: true })
})

function handler() {
  const readFile = vi.fn((path: string) => nodeFs.readFile(path))
  const handle = createAppProtocolHandler({
    rootDirectory: root,
    readFile,
    realpath: (path) => nodeFs.realpath(path),
  })
  return { handle, readFile }
}

function get(url: string, method = 'GET'): Request {
  return new Request(url, { method })
}

describe('app:// protocol handler', () => {
  it('sends the policy of the moment, in the header and in index.html’s meta tag', async () => {
    const built = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${metaPolicyOf(CONTENT_SECURITY_POLICY)}" /><title>タネボード</title>`
    let policy = policyConnectingTo(['ws://127.0.0.1:8730'])
    const handle = createAppProtocolHandler({
      rootDirectory: root,
      readFile: (path) =>
        path.endsWith('index.html')
          ? Promise.resolve(new TextEncoder().encode(built))
          : nodeFs.readFile(path),
      contentSecurityPolicy: () => policy,
    })
    const page = await handle(get(APP_ENTRY_URL))
    expect(page.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self' ws://127.0.0.1:8730; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; " +
        "frame-ancestors 'none'",
    )
    const html = await page.text()
    expect(html).toContain(`content="${metaPolicyOf(policy)}"`)
    expect(html).not.toContain("connect-src 'self';")
    expect(html).not.toContain('frame-ancestors')
    policy = policyConnectingTo(['ws://127.0.0.1:9000'])
    expect(await (await handle(get(APP_ENTRY_URL))).text()).toContain(
      "connect-src 'self' ws://127.0.0.1:9000;",
    )
    const script = await handle(get('app://taneboard/assets/index-abc.js'))
    expect(script.headers.get('Content-Security-Policy')).toBe(policy)
    expect(await script.text()).toBe('console.log(1)')
  })

  it.each([
    [APP_ENTRY_URL, 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://taneboard/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://taneboard', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://taneboard/assets/index-abc.js?v=1#x', 'text/javascript; charset=utf-8', 'console'],
    ['app://taneboard/assets/index-abc.css', 'text/css; charset=utf-8', 'body'],
    ['app://TANEBOARD/assets/font.woff2', 'font/woff2', 'wOF2'],
  ])('serves %s as %s with the strict CSP', async (url, type, start) => {
    const response = await handler().handle(get(url))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe(type)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toMatch(new RegExp(`^${start}`))
  })

  it.each([
    ['app://taneboard/../secret.txt', [404]],
    ['app://taneboard/../../secret.txt', [404]],
    ['app://taneboard/%2e%2e/secret.txt', [404]],
    ['app://taneboard/%2E%2E/%2e%2E/secret.txt', [404]],
    ['app://taneboard/assets/%2e%2e/%2e%2e/secret.txt', [404]],
    ['app://taneboard/..%2fsecret.txt', [403]],
    ['app://taneboard/..%2f..%2fsecret.txt', [403]],
    ['app://taneboard/..%5csecret.txt', [403]],
    ['app://taneboard/%2e%2e%2fsecret.txt', [403]],
    ['app://taneboard/%2fetc%2fpasswd', [403]],
    ['app://taneboard//etc/passwd', [404]],
    ['app://taneboard/C:/Windows/win.ini', [403]],
    ['app://taneboard/index.html%00.png', [403]],
    ['app://taneboard/%E0%A4%A', [400]],
    ['app://taneboard/assets/escape.js', [403]],
    ['app://evil/index.html', [404]],
    ['app://taneboard.evil/index.html', [404]],
    ['file:///etc/passwd', [404]],
    ['app://taneboard/missing.js', [404]],
    ['app://taneboard/assets/', [404]],
  ])('refuses %s', async (url, statuses) => {
    const { handle, readFile } = handler()
    const response = await handle(get(url))
    expect(statuses).toContain(response.status)
    expect(await response.text()).not.toContain(SECRET)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    for (const [path] of readFile.mock.calls) {
      expect(resolve(path).startsWith(root + '/')).toBe(true)
    }
  })

  it('lets hashed assets (the fonts too) be cached as immutable, and index.html be asked again', async () => {
    const { handle } = handler()
    const font = await handle(
      get('app://taneboard/assets/noto-sans-jp-0-400-normal-BOdFA-Yh.woff2'),
    )
    expect(font.status).toBe(200)
    expect(font.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const index = await handle(get(APP_ENTRY_URL))
    expect(index.headers.get('Cache-Control')).toBe('no-cache')
    const unhashed = await handle(get('app://taneboard/assets/font.woff2'))
    expect(unhashed.headers.get('Cache-Control')).toBe('no-cache')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler().handle(get(APP_ENTRY_URL, 'POST'))).status).toBe(405)
  })

  it('answers HEAD without a body', async () => {
    const response = await handler().handle(get(APP_ENTRY_URL, 'HEAD'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('answers 500 for a read error other than a missing file', async () => {
    const handle = createAppProtocolHandler({
      rootDirectory: root,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    })
    expect((await handle(get(APP_ENTRY_URL))).status).toBe(500)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline or eval script and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; require-trusted-types-for 'script'; frame-ancestors 'none'",
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)|https?:|\*/)
  })
})
