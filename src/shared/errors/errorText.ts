import type { ErrorCatalogue } from './errorCatalogue'
import type { ErrorRef } from './errorCodes'
import { errorMessagesEn } from './errorMessages.en'
import { errorMessagesJa } from './errorMessages.ja'
import { errorWords } from './errorWords'

export type Lang = 'ja' | 'en'

const CATALOGUES: Record<Lang, ErrorCatalogue> = { ja: errorMessagesJa, en: errorMessagesEn }

/**
 * The message of an error in a language ('' for none). Holds both catalogues: the renderer uses
 * `userText`/`errorText` of renderer/i18n/userText.ts instead, which loads English only when chosen.
 */
export function errorText(ref: ErrorRef | undefined, lang: Lang): string {
  return errorWords(ref, CATALOGUES[lang])
}
