/**
 * How long a browser may keep a file of the built renderer. The build names every asset after a
 * hash of its content (`assets/index-B0mVplJt.js`, the fonts' `.woff2`): such a file never
 * changes, so it is cached for a year as immutable; everything else (index.html) is asked again.
 * Used by the app:// protocol (main), the LAN hub's static files and, as the same regular
 * expression, scripts/serve-web.mjs.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/** `assets/<name>-<hash>.<ext>` below the renderer root ('/' or '\\' separators). */
const HASHED_ASSET = /^assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/

export function isHashedAsset(relativePath: string): boolean {
  return HASHED_ASSET.test(relativePath)
}

/** Cache-Control of a file below the renderer root: immutable for hashed assets, else `other`. */
export function cacheControlOf(relativePath: string, other: string): string {
  return isHashedAsset(relativePath) ? IMMUTABLE_CACHE : other
}
