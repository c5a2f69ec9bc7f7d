import type { ErrorCatalogue } from './errorCatalogue'
import type { ErrorRef } from './errorCodes'

/**
 * The message of an error in one catalogue ('' for none). The renderer passes the catalogue of
 * the UI language it has loaded (English is fetched only when chosen: renderer/i18n/useT.ts);
 * `errorText` picks one by language.
 */
export function errorWords(ref: ErrorRef | undefined, catalogue: ErrorCatalogue): string {
  if (ref === undefined) return ''
  const entry = catalogue[ref.code] as
    string | ((params: unknown, text: (inner: ErrorRef | undefined) => string) => string)
  if (typeof entry === 'string') return entry
  return entry(ref.params, (inner) => errorWords(inner, catalogue))
}
