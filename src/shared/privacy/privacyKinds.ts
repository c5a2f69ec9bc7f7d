/** What a likely personal identifier looks like (issue 21 p6). */
export const PRIVACY_KINDS = ['name', 'age', 'phone', 'address', 'birthDate'] as const
export type PrivacyKind = (typeof PRIVACY_KINDS)[number]

/** One likely identifier in a text: [start, end) in UTF-16 units of the text as written. */
export interface PrivacyMatch {
  kind: PrivacyKind
  start: number
  end: number
  /** The matched part, as written. */
  text: string
}
