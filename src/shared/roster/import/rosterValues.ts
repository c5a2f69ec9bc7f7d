import {
  QUALIFICATIONS,
  type MemberPosition,
  type ParticipantKind,
  type Qualification,
} from '../../model/schemas'

/** Cell texts as the sheet's people write them, read into the roster's values (null: not understood). */

const clean = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

export function readPosition(text: string): MemberPosition | null {
  const key = clean(text)
  if (key === '' || key === 'その他' || key === 'other') return 'other'
  if (/^(コーディネーター?|在宅医療・介護連携コーディネーター?|coordinator)$/.test(key))
    return 'coordinator'
  if (/^(市町村担当者?|市町村|市町村職員|行政|行政職員|municipal)$/.test(key)) return 'municipal'
  if (key.includes('コーディネータ')) return 'coordinator'
  if (key.includes('市町村')) return 'municipal'
  return null
}

export function readKind(text: string): ParticipantKind | null {
  const key = clean(text)
  if (key === '' || key === '受講者' || key === '参加者' || key === '受講') return 'trainee'
  if (/講師|アドバイザー|助言者/.test(key)) return 'lecturer'
  if (/オブザーバー/.test(key)) return 'observer'
  if (/傍聴|見学/.test(key)) return 'auditor'
  return null
}

/**
 * 期間 in years: 「3」「3年」「3.5年」「1年6か月」「6ヶ月」; '' is unknown (null). Anything else, or
 * more than 60 years, is not understood (undefined).
 */
export function readYears(text: string): number | null | undefined {
  const key = clean(text).replace(/程度|くらい|位|約/g, '')
  if (key === '' || key === '-' || key === '不明') return null
  const match = /^(?:(\d+(?:\.\d+)?)年)?(?:(\d+)(?:か|ヶ|ケ|カ|箇)?月)?$/.exec(key)
  let years: number | undefined
  if (/^\d+(\.\d+)?$/.test(key)) years = Number(key)
  else if (match && (match[1] !== undefined || match[2] !== undefined)) {
    years = Number(match[1] ?? 0) + Number(match[2] ?? 0) / 12
  }
  if (years === undefined || !Number.isFinite(years) || years < 0 || years > 60) return undefined
  return Math.round(years * 10) / 10
}

const QUALIFICATION_WORDS: [RegExp, Qualification][] = [
  [/^保健師$/, '保健師'],
  [/^(正?看護師|准看護師)$/, '看護師'],
  [/^社会福祉士$/, '社会福祉士'],
  [
    /^(介護支援専門員|ケアマネ(ジャー)?|主任介護支援専門員|主任ケアマネ(ジャー)?)$/,
    '介護支援専門員',
  ],
]

/**
 * 資格: the five of 図表-76 from a list (「看護師、介護支援専門員」, 「看護師・MSW」); any other word
 * is その他 and kept as written in `other` (MSW, 行政職員, 精神保健福祉士, …).
 */
export function readQualifications(text: string): {
  qualifications: Qualification[]
  other: string
} {
  const words = text
    .normalize('NFKC')
    .split(/[、,，・/／;；\s\n]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && w !== 'なし' && w !== '無し' && w !== '-')
  const found = new Set<Qualification>()
  const other: string[] = []
  for (const word of words) {
    const known = QUALIFICATION_WORDS.find(([pattern]) => pattern.test(word))
    if (known) found.add(known[1])
    else if (word === 'その他') found.add('その他')
    else {
      found.add('その他')
      other.push(word)
    }
  }
  return { qualifications: QUALIFICATIONS.filter((q) => found.has(q)), other: other.join('、') }
}

/** 「所属と役職」 in one cell: the part after the last 「/」, 「／」 or line break is the 役職. */
export function splitAffiliationTitle(text: string): { affiliation: string; title: string } {
  const parts = text.split(/\s*[/／\n]\s*/).filter((p) => p.trim() !== '')
  if (parts.length < 2) return { affiliation: text.trim(), title: '' }
  return { affiliation: parts.slice(0, -1).join(' ').trim(), title: (parts.at(-1) ?? '').trim() }
}

/** A cell a spreadsheet would run as a formula (=…, or +/-/@ followed by a function call). */
export function looksLikeFormula(text: string): boolean {
  const trimmed = text.trimStart()
  return /^=/.test(trimmed) || /^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(/.test(trimmed)
}
