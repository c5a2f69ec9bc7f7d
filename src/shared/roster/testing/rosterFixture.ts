import type { ParticipantInit } from '../rosterOps'

/** The item at i, cycling (the lists below are never empty). */
const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T

/**
 * A registration list like 試行①'s (L4093-4100): 49 在宅医療・介護連携推進事業 coordinators and 29
 * municipal officers, 78 in all, from five 圏域, with the 図表-76 fields filled as a prefecture's
 * Excel sheet would hold them. Deterministic (no randomness): unit tests and the e2e import file
 * (e2e/fixtures/roster-78.csv, written from it) use the same people.
 */
const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
]
const GIVEN = ['花子', '一郎', '美咲', '健太', '陽子', '大輔']
const AREAS = [
  { area: '中部圏域', towns: ['前橋市', '伊勢崎市'] },
  { area: '西部圏域', towns: ['高崎市', '安中市'] },
  { area: '東部圏域', towns: ['太田市', '館林市'] },
  { area: '北部圏域', towns: ['沼田市', 'みなかみ町'] },
  { area: '吾妻圏域', towns: ['中之条町', '草津町'] },
] as const
const COORDINATOR_PLACES = [
  '医師会 在宅医療介護連携センター',
  '病院 地域医療連携室',
  '地域包括支援センター',
  '在宅医療・介護連携支援センター（直営）',
]
const COORDINATOR_QUALIFICATIONS = [
  ['看護師'],
  ['社会福祉士'],
  ['介護支援専門員'],
  ['保健師'],
  ['看護師', '介護支援専門員'],
  [],
] as const
const YEARS = [0.5, 1, 2, 3, 4, 6, 8, 12, 1.5, 5, 10]

/** The 78 people, in registration order. */
export function rosterFixture(): (ParticipantInit & { name: string })[] {
  const people = Array.from({ length: 78 }, (_, i) => ({
    name: `${at(SURNAMES, i)} ${at(GIVEN, Math.floor(i / SURNAMES.length))}`,
  }))
  // Exactly 29 municipal officers spread through the list, the 49 others coordinators.
  const municipalIndexes = new Set(
    Array.from({ length: 29 }, (_, k) => Math.floor((k * 78) / 29) + 1),
  )
  return people.map((p, i) => {
    const place = at(AREAS, i)
    const town = at(place.towns, Math.floor(i / AREAS.length))
    const years = at(YEARS, i)
    if (municipalIndexes.has(i)) {
      return {
        name: p.name,
        kind: 'trainee',
        position: 'municipal',
        contact: `kaigo${String(i + 1).padStart(2, '0')}@city.example.jp`,
        affiliation: `${town} 介護高齢課`,
        title: i % 3 === 0 ? '係長' : '主任',
        years: Math.min(years, 4),
        qualifications: i % 4 === 0 ? ['保健師'] : ['その他'],
        otherQualification: i % 4 === 0 ? '' : '行政職員',
        area: place.area,
        municipality: town,
        notes: i % 5 === 0 ? '他市町村の進め方を知りたい' : '',
      }
    }
    return {
      name: p.name,
      kind: 'trainee',
      position: 'coordinator',
      contact: `tel 027-${String(200 + i)}-${String(1000 + i * 7)}`,
      affiliation: `${town.replace(/[市町]$/, '')}${at(COORDINATOR_PLACES, i)}`,
      title: i % 2 === 0 ? 'コーディネーター' : '相談員',
      years,
      qualifications: [
        ...at(COORDINATOR_QUALIFICATIONS, i),
        ...(i % 9 === 0 ? (['その他'] as const) : []),
      ],
      otherQualification: i % 9 === 0 ? 'MSW' : '',
      area: place.area,
      municipality: town,
      notes: i % 7 === 0 ? '多職種連携の研修の組み立て方' : '',
    }
  })
}
