/**
 * What pure domain operations need from the outside world: the current time, fresh ids and
 * who is editing.
 * Injected so that src/shared stays free of globals and tests are deterministic.
 */
export interface EditContext {
  /** Current instant as an ISO 8601 string. */
  now(): string
  /** A new unique id (url-safe). */
  newId(): string
  /**
   * This installation's editor id (16 hex digits, see versionVector.ts): stamped into every
   * record it changes, so that merges between laptops tell updates from conflicts.
   */
  readonly editorId: string
}
