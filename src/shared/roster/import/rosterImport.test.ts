import { describe, expect, it } from 'vitest'
import { csvRows } from './csvRows'
import { guessColumns } from './rosterColumns'
import { isRefusal, readRows, readSheet, type RosterSheet } from './rosterImport'
import { readQualifications, readYears, splitAffiliationTitle } from './rosterValues'

/** A registration sheet as a prefecture's Excel would save it (図表-76's items). */
const SHEET = [
  '氏名,連絡先（メール）,電話,所属と役職,立場,在宅医療・介護連携推進事業に携わってからの期間,保有する専門職資格等,圏域,市町村,その他（知りたいこと・質問）',
  '山田 花子,hanako@city.example.jp,027-000-0000,前橋市 介護高齢課／主任,市町村担当者,2年,保健師,中部圏域,前橋市,他市の進め方',
  '"鈴木, 一郎",,,"高崎市医師会 在宅医療介護連携センター／コーディネーター",コーディネーター,1年6か月,"看護師、ケアマネジャー、MSW",西部圏域,高崎市,"改行を含む\r\n質問"',
  ',x@example.jp,,どこか,コーディネーター,,,,,',
  '佐藤 美咲,,,病院,看護職,３年,,,,',
  '田中 健太,,,町役場,市町村担当者,長い,,,,',
  '山田 花子,,,前橋市 介護高齢課／主任,市町村担当者,,,,,',
  '',
].join('\r\n')

function sheetOf(text: string): RosterSheet {
  const sheet = readSheet(csvRows(text))
  if (isRefusal(sheet)) throw new Error(sheet.code)
  return sheet
}

describe('csvRows', () => {
  it('reads quoted cells, doubled quotes, line breaks inside quotes, CR LF and a BOM', () => {
    expect(csvRows('\uFEFFa,"b ""c""",d\r\n"e\r\nf",,g\n\nh')).toEqual([
      ['a', 'b "c"', 'd'],
      ['e\r\nf', '', 'g'],
      ['h'],
    ])
  })
})

describe('reading a registration sheet', () => {
  it('guesses every column of 図表-76 from its heading', () => {
    const sheet = sheetOf(SHEET)
    expect(guessColumns(sheet.headings)).toEqual([
      'name',
      'contact',
      'contact',
      'affiliationTitle',
      'position',
      'years',
      'qualifications',
      'area',
      'municipality',
      'notes',
    ])
  })

  it('reads good rows and says why each bad row is left out', () => {
    const sheet = sheetOf(SHEET)
    const rows = readRows(sheet, guessColumns(sheet.headings), [])
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7])
    expect(rows[0]!.person).toEqual({
      kind: 'trainee',
      name: '山田 花子',
      contact: 'hanako@city.example.jp / 027-000-0000',
      affiliation: '前橋市 介護高齢課',
      title: '主任',
      position: 'municipal',
      years: 2,
      qualifications: ['保健師'],
      otherQualification: '',
      area: '中部圏域',
      municipality: '前橋市',
      notes: '他市の進め方',
    })
    expect(rows[1]!.person).toMatchObject({
      name: '鈴木, 一郎',
      position: 'coordinator',
      years: 1.5,
      qualifications: ['看護師', '介護支援専門員', 'その他'],
      otherQualification: 'MSW',
      title: 'コーディネーター',
      notes: '改行を含む\r\n質問',
    })
    expect(rows[2]).toEqual({ line: 4, person: null, problems: [{ code: 'rosterRow.noName' }] })
    expect(rows[3]!.problems).toEqual([{ code: 'rosterRow.position', params: { value: '看護職' } }])
    expect(rows[4]!.problems).toEqual([{ code: 'rosterRow.years', params: { value: '長い' } }])
    expect(rows[5]!.problems).toEqual([
      { code: 'rosterRow.duplicate', params: { name: '山田 花子' } },
    ])
  })

  it('leaves out people already on the 名簿 (same 氏名 and 所属)', () => {
    const sheet = sheetOf(SHEET)
    const existing = readRows(sheet, guessColumns(sheet.headings), []).flatMap((r) =>
      r.person ? [{ ...r.person, name: (r.person.name ?? '').replace(' ', '　') } as never] : [],
    )
    const again = readRows(sheet, guessColumns(sheet.headings), existing)
    expect(again.filter((r) => r.person !== null)).toEqual([])
  })

  it('refuses a sheet with a formula cell, too many rows, or nothing under the headings', () => {
    expect(readSheet(csvRows('氏名,連絡先\r\n山田,=HYPERLINK("http://x","y")'))).toEqual({
      code: 'roster.formula',
      params: { row: 2, column: 2 },
    })
    expect(readSheet(csvRows('氏名\r\n+cmd(1)'))).toMatchObject({ code: 'roster.formula' })
    // A telephone number or a minus sign is no formula.
    expect(isRefusal(readSheet(csvRows('氏名,電話\r\n山田,+81-27-000-0000\r\n鈴木,-')))).toBe(false)
    const many = ['氏名', ...Array.from({ length: 1001 }, (_, i) => `P${i}`)].join('\n')
    expect(readSheet(csvRows(many))).toEqual({ code: 'roster.tooManyRows', params: { max: 1000 } })
    expect(readSheet(csvRows('氏名,所属\r\n'))).toEqual({ code: 'roster.empty' })
  })
})

describe('cell values', () => {
  it('reads 期間 as years', () => {
    expect(
      ['3', '3年', '3.5年', '1年6か月', '6ヶ月', '約10年', '', '１２年'].map(readYears),
    ).toEqual([3, 3, 3.5, 1.5, 0.5, 10, null, 12])
    expect(['長い', '70', '3年目?'].map(readYears)).toEqual([undefined, undefined, undefined])
  })

  it('reads 資格 lists into the five and その他', () => {
    expect(readQualifications('正看護師・主任ケアマネ / 精神保健福祉士')).toEqual({
      qualifications: ['看護師', '介護支援専門員', 'その他'],
      other: '精神保健福祉士',
    })
    expect(readQualifications('なし')).toEqual({ qualifications: [], other: '' })
  })

  it('splits 「所属と役職」 at the last slash', () => {
    expect(splitAffiliationTitle('前橋市 介護高齢課／係長')).toEqual({
      affiliation: '前橋市 介護高齢課',
      title: '係長',
    })
    expect(splitAffiliationTitle('地域包括支援センター')).toEqual({
      affiliation: '地域包括支援センター',
      title: '',
    })
  })
})
