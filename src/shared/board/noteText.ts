import { LIMITS } from '../model/limits'

/**
 * The text of a note as stored: line breaks as \n (CR LF and lone CR become \n), other control
 * characters (C0, DEL, C1; tab too) and unpaired surrogates removed, normalised to NFC, trailing
 * whitespace (full-width spaces and blank lines too) trimmed, and capped to LIMITS.noteTextChars
 * UTF-16 units (the unit zod counts) without splitting a surrogate pair.
 * Leading whitespace is kept: indentation may be meant.
 */
export function sanitizeNoteText(text: string, max: number = LIMITS.noteTextChars): string {
  // Work on a bounded prefix: NFC shrinks text by at most a few times, so nothing is lost.
  const unified = text.slice(0, max * 4).replace(/\r\n?/g, '\n')
  let kept = ''
  for (let i = 0; i < unified.length; i++) {
    const code = unified.charCodeAt(i)
    if (code === 0x0a) {
      kept += '\n'
      continue
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = unified.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        kept += unified.slice(i, i + 2)
        i++
      }
      continue
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue
    kept += unified.charAt(i)
  }
  let result = kept.normalize('NFC').trimEnd()
  if (result.length > max) {
    const last = result.charCodeAt(max - 1)
    result = result.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max).trimEnd()
  }
  return result
}
