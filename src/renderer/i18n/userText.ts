import type { ErrorRef } from '../../shared/errors/errorCodes'
import { errorText } from '../../shared/errors/errorText'
import { useLang, type Lang } from './useT'

/**
 * What the UI shows the user: text already in the UI language, or an error code that is put
 * into words (shared/errors catalogues) when it is shown, in the language shown then.
 */
export type UserText = string | ErrorRef

export function userText(text: UserText, lang: Lang): string {
  return typeof text === 'string' ? text : errorText(text, lang)
}

/** `userText` in the current UI language. */
export function useUserText(): (text: UserText) => string {
  const lang = useLang()
  return (text) => userText(text, lang)
}
