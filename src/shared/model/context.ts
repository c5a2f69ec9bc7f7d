/**
 * What pure domain operations need from the outside world: the current time and fresh ids.
 * Injected so that src/shared stays free of globals and tests are deterministic.
 */
export interface EditContext {
  /** Current instant as an ISO 8601 string. */
  now(): string
  /** A new unique id (url-safe). */
  newId(): string
}
