/**
 * The renderer's Content-Security-Policy.
 *
 * Sent as a header by the app:// protocol handler and repeated in the renderer's index.html meta
 * tag, so the page is protected whichever way it is served. No 'unsafe-eval', no 'unsafe-inline'.
 * Trusted Types are required for script sinks (innerHTML, script.src, eval-like calls): the app
 * has none, so an injected string can never become markup or code even if a bug reached one.
 * frame-ancestors is ignored in a meta tag: the app:// handler and serve-web send it as a header.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; require-trusted-types-for 'script'; frame-ancestors 'none'"

/**
 * The policy with more sources the page may connect to: the LAN hub's sync socket, e.g.
 * `ws://127.0.0.1:8730` for the Electron window (exact origins only, never a wildcard).
 */
export function policyConnectingTo(sources: readonly string[]): string {
  if (sources.length === 0) return CONTENT_SECURITY_POLICY
  return CONTENT_SECURITY_POLICY.replace(
    "connect-src 'self'",
    `connect-src 'self' ${sources.join(' ')}`,
  )
}

/** The policy as index.html's meta tag carries it (frame-ancestors only works as a header). */
export function metaPolicyOf(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ')
}
