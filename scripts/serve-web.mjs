#!/usr/bin/env node
// Serves the built renderer (out/renderer) on loopback: browser mode (`npm run web`) and e2e tests.
// The same Content-Security-Policy as the Electron app is sent as a header.
// It also keeps the page's second copy and backups as real files (out/main/webStore.js, the
// desktop app's stores): in `--data=<folder>` (or TANEBOARD_WEB_DATA), by default
// ~/TaneBoard-data; `--no-disk` leaves them in the browser only (the e2e tests' clean profiles).
// With --lan it runs the LAN hub instead (scripts/serve-lan.mjs: the renderer and the sync server
// on one port, for tables joining from their browsers).
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { extname, join, normalize, relative, resolve, sep } from 'node:path'
import CONTENT_TYPES from '../src/shared/files/contentTypes.json' with { type: 'json' }

// A hashed asset (assets/<name>-<hash>.<ext>) never changes: cached for a year as immutable
// (src/shared/files/cachePolicy.ts, the same rule as the app:// protocol and the LAN hub).
const HASHED_ASSET = /^assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/

const root = resolve(process.env.TANEBOARD_WEB_ROOT ?? 'out/renderer')
const port = Number(process.env.PORT ?? 4173)
const host = '127.0.0.1'

async function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '')
  const full = resolve(join(root, relative))
  if (full !== root && !full.startsWith(root + sep)) return null
  try {
    const info = await stat(full)
    return info.isFile() ? full : null
  } catch {
    return null
  }
}

try {
  await stat(join(root, 'index.html'))
} catch {
  console.error(`No build found in ${root}. Run "npm run build" first.`)
  process.exit(1)
}
// The build writes the policy into index.html (see electron.vite.config.ts); send it as a header too,
// with frame-ancestors, which only works as a header (the meta tag leaves it out): no other page
// may frame the app.
const indexHtml = await readFile(join(root, 'index.html'), 'utf8')
const META_POLICY =
  /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1] ??
  "default-src 'self'"
const CONTENT_SECURITY_POLICY = `${META_POLICY}; frame-ancestors 'none'`

const lan = process.argv.includes('--lan')
const dataOption = process.argv.find((a) => a.startsWith('--data='))?.slice('--data='.length)
const diskStore = !lan && !process.argv.includes('--no-disk') ? openDiskStore(dataOption) : null

/** The disk store (out/main/webStore.js), answering only this server's own page. */
function openDiskStore(folder) {
  const file = resolve('out/main/webStore.js')
  if (!existsSync(file)) {
    console.error('No disk store build found (out/main/webStore.js). Run "npm run build" first.')
    process.exit(1)
  }
  const { createWebStore, defaultWebDataDirectory } = createRequire(import.meta.url)(file)
  return createWebStore({
    dataDirectory: resolve(
      folder ?? process.env.TANEBOARD_WEB_DATA ?? defaultWebDataDirectory(homedir()),
    ),
    hosts: [`${host}:${port}`, `localhost:${port}`],
  })
}

const server = createServer(async (req, res) => {
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/'
  if (diskStore?.handle(req, res, rawPath)) return
  let file = null
  try {
    file = await fileFor(req.url ?? '/')
  } catch {
    file = null
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  const body = await readFile(file)
  res.writeHead(200, {
    'content-type':
      CONTENT_TYPES[extname(file).slice(1).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': HASHED_ASSET.test(relative(root, file))
      ? 'public, max-age=31536000, immutable'
      : 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(body)
})

if (lan)
  await (await import('./serve-lan.mjs')).startLanFromCommandLine(root, process.argv.slice(2))
else
  server.listen(port, host, () => {
    console.log(`タネボード (browser mode): http://${host}:${port}/`)
    console.log(
      diskStore
        ? `研修会の控えとバックアップの保存先: ${diskStore.directory}`
        : '研修会のデータはブラウザの中だけに保存されます（--no-disk）。',
    )
  })
