import type { ErrorCatalogue } from './errorCatalogue'
import type { ErrorRef } from './errorCodes'
import { errorMessagesEn } from './errorMessages.en'
import { errorMessagesJa } from './errorMessages.ja'

export type Lang = 'ja' | 'en'

const CATALOGUES: Record<Lang, ErrorCatalogue> = { ja: errorMessagesJa, en: errorMessagesEn }

/** The message of an error in a language ('' for none). */
export function errorText(ref: ErrorRef | undefined, lang: Lang): string {
  if (ref === undefined) return ''
  const entry = CATALOGUES[lang][ref.code] as
    string | ((params: unknown, text: (inner: ErrorRef | undefined) => string) => string)
  if (typeof entry === 'string') return entry
  return entry(ref.params, (inner) => errorText(inner, lang))
}
