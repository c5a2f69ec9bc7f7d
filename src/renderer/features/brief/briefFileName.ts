/** Longest suggested name (the host accepts 120 characters; the host may add 「.pdf」). */
const MAX_NAME_CHARS = 100

/** Characters Windows forbids in a file name, control characters and line breaks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f]+/g

function safePiece(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * The name the 伝達シート is offered to be saved under: 伝達シート_Ａグループ_<地域課題>, with what
 * a file name may not hold replaced, trailing dots and spaces dropped (Windows), and cut to fit.
 */
export function briefFileName(sheetTitle: string, groupName: string, issue: string): string {
  const pieces = [sheetTitle, groupName, issue].map(safePiece).filter((p) => p !== '')
  const name = Array.from(pieces.join('_')).slice(0, MAX_NAME_CHARS).join('')
  const trimmed = name.replace(/[.\s_]+$/u, '')
  return trimmed === '' ? 'brief' : trimmed
}
