/**
 * The renderer's dev server (`electron-vite dev` sets ELECTRON_RENDERER_URL). Whatever it names is
 * trusted like the app itself: the windows load it with the preload, and the IPC guard, the
 * network filter and the permission handler accept its origin. So it is obeyed only by a
 * development build that is not packaged, and only for a loopback http(s) address: a production
 * build started with `ELECTRON_RENDERER_URL=http://attacker.example/` loads app://taneboard as
 * always.
 */

/** How the running main process was built. */
export interface BuildKind {
  /** `import.meta.env.DEV`: true only in `electron-vite dev` (a constant false in a build). */
  devBuild: boolean
  /** `app.isPackaged`: true in an installed app. */
  packaged: boolean
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Whether `url` is an http(s) address on this machine's loopback, with no credentials. */
export function isLoopbackHttpUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase()) &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** The dev server URL to load, or null: the app's own app://taneboard page. */
export function devServerUrl(value: string | undefined, build: BuildKind): string | null {
  if (!build.devBuild || build.packaged) return null
  if (value === undefined || value === '' || !isLoopbackHttpUrl(value)) return null
  return value
}

/** The origins a dev server needs trusted: its http(s) origin and its ws: origin (hot reload). */
export function devServerOrigins(url: string | null): string[] {
  if (url === null) return []
  const { protocol, host } = new URL(url)
  return [`${protocol}//${host}`, `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`]
}
