import type { SurveyAnswerView } from './surveyTypes'

/**
 * Old and variant kanji that people write either way in their own names (旧字体・異体字), each
 * mapped to the common form. Kept short and explicit on purpose: only pairs that name the same
 * surname in practice (髙橋/高橋, 﨑/崎, 邊/辺, 齋/斎, 澤/沢…); a wider table would start to join
 * different people. Every match made through it is shown as such, never silently.
 */
export const NAME_VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  濵: '浜',
  濱: '浜',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斎',
  澤: '沢',
  櫻: '桜',
  廣: '広',
  國: '国',
  眞: '真',
  德: '徳',
  惠: '恵',
  龍: '竜',
  槇: '槙',
  冨: '富',
}

/**
 * A name's matching key: NFKC (full-width letters and digits, half-width katakana), every space
 * (ASCII, 全角, tabs) and the middle dot 「・」 removed, Latin letters in lower case, and the
 * variant kanji of NAME_VARIANTS replaced. Hiragana and katakana stay apart (not safe to join).
 */
export function nameKey(name: string): string {
  const plain = name
    .normalize('NFKC')
    .replace(/[\s\u3000・･]/g, '')
    .toLowerCase()
  let key = ''
  for (const ch of plain) key += NAME_VARIANTS[ch] ?? ch
  return key
}

/** How a pair was made: the same name, the same name once normalised, or paired by hand. */
export type MatchKind = 'same' | 'normalised' | 'manual'

export interface MatchedPair<A extends SurveyAnswerView = SurveyAnswerView> {
  pre: A
  post: A
  kind: MatchKind
}

export interface DuplicateName<A extends SurveyAnswerView = SurveyAnswerView> {
  key: string
  pre: A[]
  post: A[]
}

export interface SurveyMatch<A extends SurveyAnswerView = SurveyAnswerView> {
  pairs: MatchedPair<A>[]
  /** Names given more than once on a side: never matched automatically, listed to pair by hand. */
  duplicates: DuplicateName<A>[]
  /** Pre answers with no post answer, and post answers with no pre answer. */
  unmatchedPre: A[]
  unmatchedPost: A[]
}

/**
 * Pairs pre and post answers by name. A post answer paired by hand (`pairedWith` naming a live
 * pre answer) keeps that pair; the rest pair when exactly one pre and one post answer share a
 * name key. A key held by two or more answers on either side is a duplicate: none of them is
 * paired and all are listed, so nothing is ever guessed. Everything not paired is listed on its
 * side. Input order is kept in every list.
 */
export function matchByName<A extends SurveyAnswerView>(answers: readonly A[]): SurveyMatch<A> {
  const pre = answers.filter((a) => a.phase === 'pre')
  const post = answers.filter((a) => a.phase === 'post')
  const preById = new Map(pre.map((a) => [a.id, a]))
  const pairs: MatchedPair<A>[] = []
  const usedPre = new Set<string>()
  const usedPost = new Set<string>()

  for (const p of post) {
    const partner = p.pairedWith === null ? undefined : preById.get(p.pairedWith)
    if (partner === undefined || usedPre.has(partner.id)) continue
    pairs.push({ pre: partner, post: p, kind: 'manual' })
    usedPre.add(partner.id)
    usedPost.add(p.id)
  }

  const byKey = new Map<string, { pre: A[]; post: A[] }>()
  const slot = (key: string) => {
    let entry = byKey.get(key)
    if (!entry) {
      entry = { pre: [], post: [] }
      byKey.set(key, entry)
    }
    return entry
  }
  for (const a of pre) if (!usedPre.has(a.id)) slot(nameKey(a.name)).pre.push(a)
  for (const a of post) if (!usedPost.has(a.id)) slot(nameKey(a.name)).post.push(a)

  const duplicates: DuplicateName<A>[] = []
  const unmatchedPre: A[] = []
  const unmatchedPost: A[] = []
  for (const [key, side] of byKey) {
    const [onlyPre] = side.pre
    const [onlyPost] = side.post
    if (key !== '' && side.pre.length === 1 && side.post.length === 1 && onlyPre && onlyPost) {
      const kind = onlyPre.name.trim() === onlyPost.name.trim() ? 'same' : 'normalised'
      pairs.push({ pre: onlyPre, post: onlyPost, kind })
      continue
    }
    if (key !== '' && (side.pre.length > 1 || side.post.length > 1)) {
      duplicates.push({ key, pre: side.pre, post: side.post })
    }
    unmatchedPre.push(...side.pre)
    unmatchedPost.push(...side.post)
  }
  const order = new Map(answers.map((a, i) => [a.id, i]))
  const at = (a: A) => order.get(a.id) ?? 0
  pairs.sort((x, y) => at(x.post) - at(y.post))
  unmatchedPre.sort((x, y) => at(x) - at(y))
  unmatchedPost.sort((x, y) => at(x) - at(y))
  return { pairs, duplicates, unmatchedPre, unmatchedPost }
}
