import { findHonorificNames } from './honorificNames'
import { normalizeDigits } from './normalizeDigits'
import { findAddresses, findAges, findBirthDates, findPhones } from './numberPatterns'
import type { PrivacyMatch } from './privacyKinds'

/** Cheap first looks: most notes hold neither an honorific nor a number. */
const HONORIFIC_HINT = /さん|さま|様|氏|くん|君|ちゃん/
const NUMBER_HINT = /[0-9０-９十百]|丁目/

/** Kinds in the order an overlap is decided (a date of birth before the numbers inside it). */
const ORDER = ['birthDate', 'phone', 'address', 'name', 'age'] as const

/**
 * Every likely personal identifier in a text (a name with さん・様・氏, an age, a phone number, an
 * address, a date of birth), in reading order and never overlapping (the kind first in ORDER
 * keeps a contested span). Pure, offline and fast: a handful of regular expressions per text.
 */
export function scanText(text: string): PrivacyMatch[] {
  const names = HONORIFIC_HINT.test(text) ? findHonorificNames(text) : []
  let all = names
  if (NUMBER_HINT.test(text)) {
    const normalized = normalizeDigits(text)
    all = [
      ...findBirthDates(normalized, text),
      ...findPhones(normalized, text),
      ...findAddresses(normalized, text),
      ...names,
      ...findAges(normalized, text),
    ]
  }
  if (all.length < 2) return all
  all.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
  const kept: PrivacyMatch[] = []
  for (const match of all) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}
