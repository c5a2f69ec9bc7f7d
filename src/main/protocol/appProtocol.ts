import { cacheControlOf } from '../../shared/files/cachePolicy'
import { contentTypeOf } from '../../shared/files/contentTypes'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY, metaPolicyOf } from '../../shared/host/csp'

/** The app's own scheme: the renderer lives at app://taneboard/index.html. */
export const APP_SCHEME = 'app'
/** The only host served under the app scheme. */
export const APP_HOST = 'taneboard'
/** The renderer's origin, trusted by the IPC guard. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** What the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** What createAppProtocolHandler needs (readFile/realpath from node:fs/promises). */
export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  rootDirectory: string
  readFile(path: string): Promise<Uint8Array>
  /** When given, symlinks that lead out of the root are refused too. */
  realpath?(path: string): Promise<string>
  /**
   * The policy of each response, read per request (default CONTENT_SECURITY_POLICY): Electron
   * names the LAN hub's loopback socket in it. index.html's meta tag is rewritten to match.
   */
  contentSecurityPolicy?: () => string
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * The path below the root that a request URL names, or an HTTP status when the URL is refused.
 * Each segment is decoded and checked on its own, so encoded dots and slashes cannot escape.
 */
export function resolveRequestPath(requestUrl: string): string | 400 | 403 | 404 {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return 400
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return 404
  const segments: string[] = []
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return 400
    }
    // ':' would name a drive on Windows; NUL truncates paths in native code.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return 403
    segments.push(segment)
  }
  if (segments.length === 0 || url.pathname.endsWith('/')) segments.push('index.html')
  return join(...segments)
}

/** A page whose meta tag carries `policy` instead of the build's (both are enforced). */
function withMetaPolicy(body: Uint8Array, policy: string): Uint8Array {
  const html = new TextDecoder().decode(body)
  const built = `content="${metaPolicyOf(CONTENT_SECURITY_POLICY)}"`
  return new TextEncoder().encode(html.replace(built, `content="${metaPolicyOf(policy)}"`))
}

/**
 * The handler for `protocol.handle('app', ...)`: serves the built renderer with a strict CSP and
 * refuses anything outside it (403), or missing (404).
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const root = resolve(options.rootDirectory)
  let realRoot: Promise<string> | undefined

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed')
    }
    const resolved = resolveRequestPath(request.url)
    if (typeof resolved === 'number') return textResponse(resolved, 'Refused')
    const path = resolve(root, resolved)
    if (!isInside(root, path)) return textResponse(403, 'Forbidden')

    try {
      if (options.realpath) {
        realRoot ??= options.realpath(root)
        if (!isInside(await realRoot, await options.realpath(path))) {
          return textResponse(403, 'Forbidden')
        }
      }
      const policy = options.contentSecurityPolicy?.() ?? CONTENT_SECURITY_POLICY
      let body = await options.readFile(path)
      if (policy !== CONTENT_SECURITY_POLICY && path.endsWith('.html')) {
        body = withMetaPolicy(body, policy)
      }
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Security-Policy': policy,
          'Content-Type': contentTypeOf(path),
          // Hashed assets (scripts, styles, the .woff2 fonts) never change: kept for a year.
          'Cache-Control': cacheControlOf(resolved, 'no-cache'),
        },
      })
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      const missing = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR'
      return missing ? textResponse(404, 'Not Found') : textResponse(500, 'Error')
    }
  }
}
