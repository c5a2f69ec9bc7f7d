/**
 * The text with full-width digits, letters, hyphens, brackets and spaces as their ASCII forms,
 * character for character: every index of the result is the same character's index in the text,
 * so a match found here is a span of the text as written. A long-vowel mark or dash counts as a
 * hyphen only after a digit (０９０ー１２３４: yes; ヘルパー: no).
 */
const WIDE = /[０-９Ａ-Ｚａ-ｚ（）：\u3000．／]/g
const SAME_WIDTH: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '\u3000': ' ',
  '．': '.',
  '／': '/',
}
/** A dash or long-vowel mark right after a digit (either width). */
const DASH_AFTER_DIGIT = /(?<=[0-9０-９])[－−‐‑‒–—―ー﹣]/g

const narrow = (ch: string) => SAME_WIDTH[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0)

export function normalizeDigits(text: string): string {
  return text.replace(WIDE, narrow).replace(DASH_AFTER_DIGIT, '-')
}
