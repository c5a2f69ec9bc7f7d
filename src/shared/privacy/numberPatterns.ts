import type { PrivacyKind, PrivacyMatch } from './privacyKinds'

/**
 * Ages, phone numbers, addresses and dates of birth, looked for in the text as
 * `normalizeDigits` gives it (full-width digits as ASCII, same indices).
 */

/** 82歳, ８２才, 八十二歳; not 65歳以上, 40～64歳, 3歳児, 百歳体操. */
const AGE =
  /(?<![\d.])(\d{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九十]*)\s?[歳才]/gu
const AGE_NOT_AFTER =
  /^(以上|以下|未満|以降|前後|代|児|体操|から|まで|程度|くらい|ぐらい|位|~|〜|～|-)/u
const AGE_NOT_BEFORE = /(~|〜|～|-|から|満たない)\s?$/u

/** 03-1234-5678, 090-1234-5678, (03)1234-5678, 0120-123-456, 09012345678: 10 or 11 digits. */
const PHONE = /(?<![\d-])\(?0\d{1,4}\)?[-\s(]?\d{1,4}\)?[-\s]?\d{3,4}(?![\d-])/g

const TOWN = String.raw`[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々]{0,12}?`
/** 〒206-0802; 2丁目; 2111番地; 3番5号; 稲城市東長沼2111-1 (a place, then a number chain). */
const ADDRESS = new RegExp(
  [
    String.raw`〒\s?\d{3}-?\d{4}`,
    String.raw`[\d一二三四五六七八九十]+丁目(?:\s?\d+(?:番地?|-)?(?:\d+号?)?)?`,
    String.raw`\d+番地(?:の?\d+(?:号)?)?`,
    String.raw`\d+番\d+号`,
    String.raw`[都道府県市区町村郡]${TOWN}\d+-\d+(?:-\d+)?(?![\d名人件回年月日時分割%％歳才倍枚個つ点位かヶケカヵ箇週])`,
  ].join('|'),
  'gu',
)

const ERA_DATE = String.raw`(?:明治|大正|昭和|平成)\s?(?:\d{1,2}|元)\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`
const DOTTED_ERA_DATE = String.raw`(?<![A-Za-z])[MTS]\s?\d{1,2}[./]\d{1,2}[./]\d{1,2}(?![\d./])`
const WESTERN_DATE = String.raw`(?:19|20)\d{2}\s?[年/.-]\s?\d{1,2}\s?[月/.-]\s?\d{1,2}\s?日?`
/** 生年月日: 昭和15年3月5日; 昭和15年3月5日; S15.3.5; 1940年3月5日生まれ; 昭和15年生まれ. */
const BIRTH_DATE = new RegExp(
  [
    String.raw`生年月日\s?[:は]?\s?(?:${ERA_DATE}|${WESTERN_DATE}|${DOTTED_ERA_DATE})`,
    ERA_DATE,
    DOTTED_ERA_DATE,
    String.raw`${WESTERN_DATE}\s?(?:生まれ|生)`,
    String.raw`(?:明治|大正|昭和|平成)\s?(?:\d{1,2}|元)\s?年\s?(?:生まれ|生)`,
  ].join('|'),
  'gu',
)

function collect(
  normalized: string,
  text: string,
  pattern: RegExp,
  kind: PrivacyKind,
  keep: (found: string, start: number, end: number) => boolean = () => true,
): PrivacyMatch[] {
  const found: PrivacyMatch[] = []
  for (const hit of normalized.matchAll(pattern)) {
    const start = hit.index
    const end = start + hit[0].length
    if (keep(hit[0], start, end)) found.push({ kind, start, end, text: text.slice(start, end) })
  }
  return found
}

export function findAges(normalized: string, text: string): PrivacyMatch[] {
  return collect(normalized, text, AGE, 'age', (_found, start, end) => {
    if (AGE_NOT_AFTER.test(normalized.slice(end, end + 4))) return false
    return !AGE_NOT_BEFORE.test(normalized.slice(Math.max(0, start - 5), start))
  })
}

export function findPhones(normalized: string, text: string): PrivacyMatch[] {
  return collect(normalized, text, PHONE, 'phone', (found) => {
    const digits = found.replace(/\D/g, '').length
    return digits === 10 || digits === 11
  })
}

export function findAddresses(normalized: string, text: string): PrivacyMatch[] {
  return collect(normalized, text, ADDRESS, 'address')
}

export function findBirthDates(normalized: string, text: string): PrivacyMatch[] {
  return collect(normalized, text, BIRTH_DATE, 'birthDate')
}
