import type { ErrorRef } from '../../shared/errors/errorCodes'
import { errorWords } from '../../shared/errors/errorWords'
import { cataloguesOf, useLang, type Lang } from './useT'

/**
 * What the UI shows the user: text already in the UI language, or an error code that is put
 * into words (shared/errors catalogues) when it is shown, in the language shown then.
 */
export type UserText = string | ErrorRef

/** The message of an error in a language the UI has loaded ('' for none). */
export function errorText(ref: ErrorRef | undefined, lang: Lang): string {
  return errorWords(ref, cataloguesOf(lang).errors)
}

export function userText(text: UserText, lang: Lang): string {
  return typeof text === 'string' ? text : errorText(text, lang)
}

/** `userText` in the current UI language. */
export function useUserText(): (text: UserText) => string {
  const lang = useLang()
  return (text) => userText(text, lang)
}
