#!/usr/bin/env node
// Serves the Excalidraw peer page (bench/peer/dist, `npm run bench:peer`) on loopback, PORT.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const root = resolve(import.meta.dirname, 'dist')
const port = Number(process.env.PORT ?? 5180)
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

createServer(async (request, response) => {
  const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')
  const file = resolve(join(root, normalize(path === '/' ? '/index.html' : path)))
  if (!file.startsWith(root + sep)) {
    response.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404).end('not found')
  }
}).listen(port, '127.0.0.1', () => {
  process.stdout.write(`Excalidraw peer on http://127.0.0.1:${port}/\n`)
})
