import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, relative, sep } from 'node:path'
import { promisify } from 'node:util'
import { cacheControlOf } from '../../shared/files/cachePolicy'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { contentTypeOf } from '../../shared/files/contentTypes'
import { CONTENT_SECURITY_POLICY } from '../../shared/host/csp'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * The built renderer as the hub serves it: only files found under the root when the hub starts
 * (a request names a key of that list, never a path on disk, so nothing outside can be reached),
 * brotli or gzip when the browser takes it (compressed once, kept in memory), hashed assets cached
 * for a year as immutable and index.html never stored, so 30 tables joining at once each fetch
 * about a quarter of the bytes once.
 */
export interface StaticFiles {
  /** Handles GET/HEAD for a known path; false when the path is not one of the files. */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string, host: string): boolean
  /** Compresses everything now (done in the background when the hub starts). */
  warm(): Promise<void>
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|map)$/

interface Entry {
  file: string
  type: string
  cache: string
  body?: Promise<Buffer>
  br?: Promise<Buffer>
  gz?: Promise<Buffer>
}

async function walk(root: string, dir: string, out: Map<string, Entry>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) await walk(root, full, out)
    else if (entry.isFile()) {
      const path = relative(root, full).split(sep).join('/')
      out.set(path, {
        file: full,
        type: contentTypeOf(path),
        cache: path === 'index.html' ? 'no-store' : cacheControlOf(path, 'no-cache'),
      })
    }
  }
}

/** The CSP the hub sends: the app's policy, with the sync socket of this very host allowed. */
export function hubContentSecurityPolicy(host: string): string {
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ws://${host}`)
}

/** Picks br, then gzip, from an Accept-Encoding header (q=0 refuses). */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  const offered = new Map<string, number>()
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean)
    offered.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (name: string): boolean => (offered.get(name) ?? offered.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return null
}

export async function staticFiles(root: string): Promise<StaticFiles> {
  const files = new Map<string, Entry>()
  await walk(root, root, files)
  if (!files.has('index.html')) throw new Error(`no index.html in ${root}`)
  const body = (entry: Entry): Promise<Buffer> => (entry.body ??= readFile(entry.file))
  const variant = (entry: Entry, encoding: 'br' | 'gzip'): Promise<Buffer> =>
    encoding === 'br'
      ? (entry.br ??= body(entry).then((b) =>
          brotli(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
        ))
      : (entry.gz ??= body(entry).then((b) => gzipAsync(b, { level: 9 })))

  return {
    serve(request, response, pathname, host) {
      const path = pathname === '/' ? 'index.html' : pathname.slice(1)
      const entry = files.get(path)
      if (!entry) return false
      const encoding = COMPRESSIBLE.test(path)
        ? pickEncoding(request.headers['accept-encoding'])
        : null
      const headers: Record<string, string> = {
        'content-type': entry.type,
        'cache-control': entry.cache,
        'content-security-policy': hubContentSecurityPolicy(host),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        vary: 'Accept-Encoding',
      }
      if (encoding) headers['content-encoding'] = encoding
      ;(encoding ? variant(entry, encoding) : body(entry)).then(
        (bytes) => {
          headers['content-length'] = String(bytes.length)
          response.writeHead(200, headers)
          response.end(request.method === 'HEAD' ? undefined : bytes)
        },
        () => {
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          response.end('Error')
        },
      )
      return true
    },
    async warm() {
      for (const [path, entry] of files) {
        if (!COMPRESSIBLE.test(path)) continue
        await variant(entry, 'br')
        await variant(entry, 'gzip')
      }
    },
  }
}
