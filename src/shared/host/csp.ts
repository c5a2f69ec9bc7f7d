/**
 * The renderer's Content-Security-Policy.
 *
 * Sent as a header by the app:// protocol handler and repeated in the renderer's index.html meta
 * tag, so the page is protected whichever way it is served. No 'unsafe-eval', no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"
