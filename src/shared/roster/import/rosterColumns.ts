/**
 * The columns a registration sheet may have (report 図表-76, plus 圏域・市町村 and 区分), and the
 * guess of which sheet column is which from its heading. The user sees the guess in the preview
 * and can change any of it before anything is written.
 */
export const ROSTER_COLUMNS = [
  'name',
  'contact',
  'affiliationTitle',
  'affiliation',
  'title',
  'position',
  'years',
  'qualifications',
  'area',
  'municipality',
  'kind',
  'notes',
  'ignore',
] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

/** Columns several sheet columns may fill (joined with 「 / 」): メール and 電話 both 連絡先. */
export const JOINED_COLUMNS: ReadonlySet<RosterColumn> = new Set(['contact', 'notes'])

/** Headings per column, compared without spaces after NFKC; the first match wins. */
const HEADINGS: [RosterColumn, RegExp][] = [
  ['name', /^(氏名|名前|お名前|参加者氏名|受講者氏名|参加者名|name)$/i],
  ['affiliationTitle', /^所属(と|・|及び|および|\/)?役職/],
  ['contact', /連絡先|メール|e-?mail|電話|tel|fax|携帯/i],
  ['affiliation', /^(所属|所属機関|所属先|機関名|勤務先)/],
  ['title', /^(役職|職名|職位)/],
  ['position', /^立場/],
  ['years', /期間|年数|経験/],
  ['qualifications', /資格/],
  ['area', /圏域/],
  ['municipality', /^(市町村|市区町村|自治体)/],
  ['kind', /^(区分|参加区分|種別|参加種別)$/],
  ['notes', /^その他|知りたい|質問|備考/],
]

function headingKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s（）()【】「」]/g, '')
}

/** The guessed column of each heading; a column taken once is not guessed again (but joined ones). */
export function guessColumns(headings: readonly string[]): RosterColumn[] {
  const taken = new Set<RosterColumn>()
  return headings.map((heading) => {
    const key = headingKey(heading)
    if (key === '') return 'ignore'
    const match = HEADINGS.find(
      ([column, pattern]) =>
        pattern.test(key) && (!taken.has(column) || JOINED_COLUMNS.has(column)),
    )
    if (!match) return 'ignore'
    taken.add(match[0])
    return match[0]
  })
}
