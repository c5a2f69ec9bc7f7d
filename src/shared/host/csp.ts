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
