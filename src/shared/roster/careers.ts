import type { Member } from '../model/schemas'

/**
 * Career length as the report's grouping rule sees it (L7168-7172: 「キャリアが短い人と長い人を一緒
 * にして知識の吸収を図る」): 3年未満 short, 3-5年 middle, 6年以上 long, unknown when not given.
 */
export type CareerBand = 'short' | 'middle' | 'long' | 'unknown'

export function careerBand(years: number | null): CareerBand {
  if (years === null) return 'unknown'
  if (years < 3) return 'short'
  if (years < 6) return 'middle'
  return 'long'
}

/** 所属 as compared for mixing: spaces and case ignored (「○○市 医師会」 = 「○○市医師会」). */
export function affiliationKey(affiliation: string): string {
  return affiliation.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

/** The kind of organisation a 所属 names (医師会・病院・地域包括支援センター・直営, L7169). */
export type AffiliationKind = 'medicalAssociation' | 'hospital' | 'center' | 'municipal' | 'other'

export function affiliationKind(affiliation: string): AffiliationKind {
  const text = affiliation.normalize('NFKC')
  if (/医師会/.test(text)) return 'medicalAssociation'
  if (/病院|クリニック|診療所|医療センター/.test(text)) return 'hospital'
  if (/包括|支援センター|連携センター|センター/.test(text)) return 'center'
  if (/[市町村区]役所|[市町村]$|課$|県|役場|直営/.test(text)) return 'municipal'
  return 'other'
}

/** The people of a group as the balance and the plan compare them. */
export type Seated = Pick<Member, 'id' | 'position' | 'affiliation' | 'years' | 'qualifications'>
