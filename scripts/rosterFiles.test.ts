// The registration files the roster tests import: read through the app's reader (below), and
// written again from the fixture when asked
// (WRITE_ROSTER_FIXTURES=1 npx vitest run scripts/rosterFiles.test.ts), to testing/roster/files:
// the 78 people of src/shared/roster/testing/rosterFixture.ts as a prefecture's sheet would hold
// them, as UTF-8 CSV (with BOM), Shift_JIS CSV (Excel's 「CSV（コンマ区切り）」 on Japanese
// Windows, written with iconv), .xlsx, and the hostile files (a formula cell, a macro workbook).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { guessColumns } from '../src/shared/roster/import/rosterColumns'
import { isRefusal, readRows, readSheet } from '../src/shared/roster/import/rosterImport'
import { readRosterFile } from '../src/renderer/host/readRosterFile'
import { rosterFixture } from '../src/shared/roster/testing/rosterFixture'

const OUT = join(__dirname, '..', 'testing', 'roster', 'files')
const POSITION = { coordinator: 'コーディネーター', municipal: '市町村担当者', other: 'その他' }
const HEADINGS = [
  '氏名',
  '連絡先（メール・電話）',
  '所属',
  '役職',
  '立場',
  '在宅医療・介護連携推進事業に携わってからの期間（年）',
  '保有する専門職資格等',
  '圏域',
  '市町村',
  'その他（知りたいこと・質問）',
]

const rows: string[][] = [
  HEADINGS,
  ...rosterFixture().map((p) => [
    p.name,
    p.contact ?? '',
    p.affiliation ?? '',
    p.title ?? '',
    POSITION[p.position ?? 'other'],
    p.years === null || p.years === undefined ? '' : `${p.years}年`,
    [...(p.qualifications ?? []).filter((q) => q !== 'その他'), p.otherQualification ?? '']
      .filter((q) => q !== '')
      .join('、'),
    p.area ?? '',
    p.municipality ?? '',
    p.notes ?? '',
  ]),
]

const csvCell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
const csv = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const colName = (i: number) => String.fromCharCode(65 + i)

async function xlsx(name: string, options: { formula?: boolean; macro?: boolean } = {}) {
  const strings: string[] = []
  const index = (s: string) => {
    const at = strings.indexOf(s)
    if (at >= 0) return at
    strings.push(s)
    return strings.length - 1
  }
  const sheetRows = rows
    .map((r, ri) => {
      const cells = r
        .map((c, ci) => {
          const ref = `${colName(ci)}${ri + 1}`
          if (options.formula && ri === 3 && ci === 1) {
            return `<c r="${ref}" t="str"><f>HYPERLINK("http://example.invalid","x")</f><v>x</v></c>`
          }
          return c === '' ? '' : `<c r="${ref}" t="s"><v>${index(c)}</v></c>`
        })
        .join('')
      return `<row r="${ri + 1}">${cells}</row>`
    })
    .join('')
  const zip = new JSZip()
  const file = (path: string, data: string | Uint8Array) =>
    zip.file(path, data, { date: new Date(0) })
  const main = options.macro
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
  file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${options.macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''}<Override PartName="/xl/workbook.xml" ContentType="${main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  )
  file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  )
  file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="申込一覧" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  )
  file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>${options.macro ? '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : ''}</Relationships>`,
  )
  file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  )
  file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('')}</sst>`,
  )
  if (options.macro) file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))
  writeFileSync(
    join(OUT, name),
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
  )
}

it.runIf(process.env.WRITE_ROSTER_FIXTURES === '1')('writes the roster fixtures', async () => {
  writeFileSync(join(OUT, 'roster-78.csv'), `\uFEFF${csv}`)
  writeFileSync(
    join(OUT, 'roster-78-sjis.csv'),
    execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932'], { input: csv }),
  )
  // UTF-16 (Excel's 「Unicode テキスト」): not a CSV this app reads.
  writeFileSync(join(OUT, 'roster-utf16.csv'), Buffer.from(`\uFEFF${csv}`, 'utf16le'))
  await xlsx('roster-78.xlsx')
  await xlsx('roster-formula.xlsx', { formula: true })
  await xlsx('roster-macro.xlsm', { macro: true })
})

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(OUT, name)))

/** The 78 people as the import's preview reads them. */
async function peopleOf(name: string) {
  const file = await readRosterFile(name, bytesOf(name))
  if (!file.ok) throw new Error(file.error.code)
  const sheet = readSheet(file.rows)
  if (isRefusal(sheet)) throw new Error(sheet.code)
  const rows = readRows(sheet, guessColumns(sheet.headings), [])
  return { format: file.format, rows, people: rows.flatMap((r) => (r.person ? [r.person] : [])) }
}

describe('reading registration files (testing/roster/files, written from the 78-person fixture)', () => {
  const expected = rosterFixture()

  it.each([
    ['roster-78.csv', 'csv-utf8'],
    ['roster-78-sjis.csv', 'csv-sjis'],
    ['roster-78.xlsx', 'xlsx'],
  ])('%s: all 78 people with every 図表-76 field', async (name, format) => {
    const { format: read, rows, people } = await peopleOf(name)
    expect(read).toBe(format)
    expect(rows.flatMap((r) => r.problems)).toEqual([])
    expect(people).toHaveLength(78)
    expect(people.map((p) => p.name)).toEqual(expected.map((p) => p.name))
    expect(people.filter((p) => p.position === 'municipal')).toHaveLength(29)
    for (const [i, person] of people.entries()) {
      const want = expected[i]!
      expect(person).toMatchObject({
        contact: want.contact,
        affiliation: want.affiliation,
        title: want.title,
        years: want.years,
        area: want.area,
        municipality: want.municipality,
        notes: want.notes,
        otherQualification: want.otherQualification,
      })
      expect(person.qualifications).toEqual(want.qualifications)
    }
  })

  it.each([
    ['roster-utf16.csv', 'roster.encoding'],
    ['roster-formula.xlsx', 'roster.formula'],
    ['roster-macro.xlsm', 'roster.macro'],
  ])('refuses %s (%s)', async (name, code) => {
    const file = await readRosterFile(name, bytesOf(name))
    expect(file.ok ? 'read' : file.error.code).toBe(code)
  })

  it('names the formula cell, refuses a macro workbook renamed .xlsx, 10 MB, and other kinds', async () => {
    const formula = await readRosterFile('x.xlsx', bytesOf('roster-formula.xlsx'))
    expect(formula).toEqual({
      ok: false,
      error: { code: 'roster.formula', params: { row: 4, column: 2 } },
    })
    const renamed = await readRosterFile('申込.xlsx', bytesOf('roster-macro.xlsm'))
    expect(renamed.ok ? 'read' : renamed.error.code).toBe('roster.macro')
    const huge = new Uint8Array(10 * 1024 * 1024).fill(0x41)
    expect(await readRosterFile('big.csv', huge)).toEqual({
      ok: false,
      error: { code: 'roster.tooLarge', params: { maxMb: 2 } },
    })
    const old = await readRosterFile('申込.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))
    expect(old.ok ? 'read' : old.error.code).toBe('roster.unsupported')
    const broken = await readRosterFile('申込.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))
    expect(broken.ok ? 'read' : broken.error.code).toBe('roster.unreadable')
  })
})
