import { ROLE_LAST_KANJI, ROLE_WORDS_KANJI, ROLE_WORDS_KATAKANA } from './nameStopWords'
import type { PrivacyMatch } from './privacyKinds'

/**
 * A name followed by さん・様・さま・氏・くん・君・ちゃん: the run of kanji (佐々木, 山田太郎) or
 * katakana (タナカ) right before the honorific, unless it ends with a role, relation or place
 * word (利用者さん, ご本人様, ケアマネさん, お母さん, ●●クリニックさん). Names in hiragana only
 * are not looked for: たくさん, みなさん, おばあちゃん are everyday words. A letter (Ａさん) is how
 * the report itself keeps a person anonymous, so it is no match either.
 */

const HONORIFIC = /さん|さま|様|氏|くん|君|ちゃん/g
/** Kanji of a name (〇 and ○ are placeholders: 〇〇さん). */
const KANJI = /[\p{Script=Han}々〆ヶ]/u
const KATAKANA = /[\p{Script=Katakana}ー]/u
const PLACEHOLDER = /[〇○×△□●◯]/u
/** A kanji after 様・氏・君 makes a word of its own (様子, 様々, 氏名, 君主). */
const WORD_AFTER = /[\p{Script=Han}々]/u
/** The longest run read as a name (山田太郎: 4; a longer run keeps its last 4 characters). */
const MAX_NAME_CHARS = 4
const MAX_KATAKANA_CHARS = 10

const endsWithAny = (run: string, words: readonly string[]) => words.some((w) => run.endsWith(w))

function runBefore(text: string, end: number, pattern: RegExp): number {
  let start = end
  while (start > 0) {
    const ch = text[start - 1] ?? ''
    if (!pattern.test(ch) || PLACEHOLDER.test(ch)) break
    start -= 1
  }
  return start
}

function isRoleKanji(run: string): boolean {
  const last = run[run.length - 1] ?? ''
  // One-character words only as the whole run (子: お子さん, but 花子さん is a name).
  return (
    ROLE_LAST_KANJI.has(last) ||
    ROLE_WORDS_KANJI.some((w) => run === w || (w.length > 1 && run.endsWith(w)))
  )
}

export function findHonorificNames(text: string): PrivacyMatch[] {
  const found: PrivacyMatch[] = []
  for (const hit of text.matchAll(HONORIFIC)) {
    const at = hit.index
    const honorific = hit[0]
    const after = text[at + honorific.length] ?? ''
    if ((honorific === '様' || honorific === '氏' || honorific === '君') && WORD_AFTER.test(after))
      continue
    if (honorific === 'さま' && text.startsWith('ざま', at + 2)) continue
    const before = text[at - 1] ?? ''
    let start: number
    if (KANJI.test(before) && !PLACEHOLDER.test(before)) {
      start = runBefore(text, at, KANJI)
      const run = text.slice(start, at)
      if (isRoleKanji(run)) continue
      start = Math.max(start, at - MAX_NAME_CHARS)
    } else if (KATAKANA.test(before)) {
      start = runBefore(text, at, KATAKANA)
      const run = text.slice(start, at)
      if (run.length < 2 || run.length > MAX_KATAKANA_CHARS) continue
      if (endsWithAny(run, ROLE_WORDS_KATAKANA)) continue
    } else {
      continue
    }
    const end = at + honorific.length
    found.push({ kind: 'name', start, end, text: text.slice(start, end) })
  }
  return found
}
