import { describe, expect, it } from 'vitest'
import { addNote, updateNote } from '../board/theme1Ops'
import { applyRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { boardOf, removeGroup, renameGroup, workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { SAMPLE_MAIN_CAUSE, SAMPLE_PARKINSON_TANE } from '../templates/sampleTheme3'
import { fakeContext } from '../testing/fakeContext'
import { addCause, castVote } from '../theme2/causeOps'
import { addMeasure } from '../theme2/measureOps'
import { seatVoterId } from '../theme2/theme2Queries'
import { CSV_COLUMNS, notesCsv, notesCsvRows, parseCsv, unguardFormula } from './csvExport'
import { guardFormula } from './csvFormat'
import { buildExportFixture } from '../testing/exportFixture'
import { laterContext, liveTexts } from '../testing/exportTestHelpers'

const sample = () => createSampleWorkshop(fakeContext())
const later = laterContext()
const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
const TEXT = column('テキスト')

/** The first テーマ1 board of the doc and a doc with one more note on it. */
function withNote(doc: WorkshopDoc, text: string): WorkshopDoc {
  const group = workshopGroups(doc)[0]!
  const board = boardOf(doc, group.id, 'theme1')!
  return applyRecords(doc, addNote(doc, board.id, { text, scenes: ['daily'] }, later))
}

describe('notesCsv', () => {
  it('starts with the BOM and the Japanese header, and ends every record with CRLF', () => {
    const csv = notesCsv(sample())
    expect(
      csv.startsWith(
        '\uFEFFグループ,テーマ,場面・領域,種類,テキスト,誰の困りごと,タネ,票数,つながり\r\n',
      ),
    ).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    // Every LF outside a quoted cell belongs to a CRLF (parseCsv is strict about it).
    expect(() => parseCsv(csv)).not.toThrow()
  })

  it('has a row for every live テーマ1 note, テーマ2 record, canvas note and Q&A', () => {
    const doc = sample()
    const rows = notesCsvRows(doc)
    const texts = new Set(rows.map((r) => r[TEXT]))
    const theme1 = live(doc.notes)
    expect(rows.filter((r) => r[1] === 'テーマ1')).toHaveLength(theme1.length)
    for (const note of theme1) expect(texts.has(note.text)).toBe(true)
    const cellText = rows.map((r) => r.join('\n')).join('\n')
    for (const text of liveTexts(doc)) expect(cellText).toContain(text)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
  })

  it('fills the columns: scenes joined with ・, 見出し, 困っている人, タネ, つながり', () => {
    const rows = notesCsvRows(sample())
    const row = (text: string) => rows.find((r) => r[TEXT] === text)!
    expect(row(SAMPLE_PARKINSON_TANE).slice(0, 9)).toEqual([
      'Ａグループ',
      'テーマ1',
      '日常療養',
      '手元用',
      SAMPLE_PARKINSON_TANE,
      '患者',
      '○',
      '',
      '見出し：パーキンソン病へ対応する訪問診療',
    ])
    expect(row('パーキンソン病へ対応する訪問診療')[column('種類')]).toBe('見出し')
    const multi = row('病院はMSWがいるからいいけど、開業医の先生達の対応に困っている')
    expect(multi[column('場面・領域')]).toBe('入退院支援・日常療養')
    const both = row('(本人)自律神経失調症だが、母を介護しているため通院できない。')
    expect(both[column('誰の困りごと')]).toBe('患者・家族')
  })

  it('writes テーマ2 causes with their dots and the main cause, countermeasures with 対象', () => {
    let doc = sample()
    const topic = live(doc.topics)[0]!
    const mainId = topic.mainCauseId!
    doc = applyRecords(doc, castVote(doc, mainId, seatVoterId(1), 1))
    doc = applyRecords(doc, castVote(doc, mainId, seatVoterId(2), 1))
    doc = applyRecords(
      doc,
      addCause(doc, topic.id, '専門医の情報がまとまっていない', mainId, later),
    )
    doc = applyRecords(
      doc,
      addMeasure(doc, topic.id, mainId, '専門医との相談会を開く', 'ケアマネ、訪問診療医', later),
    )
    const rows = notesCsvRows(doc).filter((r) => r[1] === 'テーマ2')
    const main = rows.find((r) => r[TEXT] === SAMPLE_MAIN_CAUSE)!
    expect(main[column('種類')]).toBe('原因')
    expect(main[column('票数')]).toBe('2')
    expect(main[column('つながり')]).toBe(`テーマ：${SAMPLE_PARKINSON_TANE} ／ ★主たる原因`)
    const sub = rows.find((r) => r[TEXT] === '専門医の情報がまとまっていない')!
    expect(sub[column('種類')]).toBe('原因（なぜ？）')
    expect(sub[column('つながり')]).toContain(`なぜ？の元：${SAMPLE_MAIN_CAUSE}`)
    // A "why?" of that "why?" (a chain) names its own parent.
    const subId = live(doc.causes).find((c) => c.text === '専門医の情報がまとまっていない')!.id
    doc = applyRecords(doc, addCause(doc, topic.id, '情報をまとめる人がいない', subId, later))
    const chain = notesCsvRows(doc).find((r) => r[TEXT] === '情報をまとめる人がいない')!
    expect(chain[column('種類')]).toBe('原因（なぜ？）')
    expect(chain[column('つながり')]).toContain('なぜ？の元：専門医の情報がまとまっていない')
    const measure = rows.find((r) => r[TEXT] === '専門医との相談会を開く')!
    expect(measure[column('種類')]).toBe('対策')
    expect(measure[column('誰の困りごと')]).toBe('ケアマネ、訪問診療医')
    expect(measure[column('つながり')]).toContain(`原因：${SAMPLE_MAIN_CAUSE}`)
  })

  it('writes テーマ3 references with their live text, marked 参照, and Q&A', () => {
    let doc = sample()
    const tane = live(doc.notes).find((n) => n.text === SAMPLE_PARKINSON_TANE)!
    doc = applyRecords(
      doc,
      updateNote(doc, tane.id, { text: '(ケアマネ)専門の訪問診療医が遠い。' }),
    )
    const rows = notesCsvRows(doc).filter((r) => r[1] === 'テーマ3')
    const refs = rows.filter((r) => r[column('種類')] === '参照')
    expect(
      refs.map((r) => [r[column('場面・領域')], r[TEXT], r[column('つながり')]?.split(' ／ ')[0]]),
    ).toEqual([
      ['事実・情報', '(ケアマネ)専門の訪問診療医が遠い。', '参照：テーマ1 付箋'],
      ['そこから考えられること', SAMPLE_MAIN_CAUSE, '参照：テーマ2 主たる原因'],
    ])
    const qas = rows.filter((r) => r[column('種類')] === 'Q&A')
    expect(qas).toHaveLength(5)
    expect(qas[0]![TEXT]).toMatch(/^Q\. .+\nA\. .+/)
    expect(qas[4]![TEXT]).toBe('Q. 相談せずに済むようにするにはどうしたらよいか')
  })

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const doc = withNote(sample(), '退院日が決まらない,"急に"\n言われる')
    const csv = notesCsv(doc)
    expect(csv).toContain(',"退院日が決まらない,""急に""\n言われる",')
    expect(parseCsv(csv).some((r) => r[TEXT] === '退院日が決まらない,"急に"\n言われる')).toBe(true)
  })

  it('guards cells Excel would run as formulas with a leading apostrophe', () => {
    let doc = sample()
    for (const text of [
      '=HYPERLINK("http://example.invalid","開く")',
      '+81 3',
      '-1',
      '@SUM(A1)',
      '＝１＋１',
      "'引用",
    ]) {
      doc = withNote(doc, text)
    }
    const group = workshopGroups(doc)[1]!
    doc = applyRecords(doc, renameGroup(doc, group.id, '=1+1'))
    const csv = notesCsv(doc)
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid"",""開く"")",`)
    for (const text of ["'+81 3", "'-1", "'@SUM(A1)", "'＝１＋１", "''引用"])
      expect(csv).toContain(`,${text},`)
    expect(csv).toContain("\r\n'=1+1,テーマ1,")
    expect(csv).not.toMatch(/(^|,|\r\n)[=+\-@]/)
  })

  it('round-trips: parseCsv gives back every cell (apostrophe guards removed)', () => {
    let doc = buildExportFixture(fakeContext(), { groups: 12 })
    for (const text of ['=1+1', "'既に引用", 'カンマ,と"引用符"\nと改行', '-', ''])
      doc = withNote(doc, text)
    const rows = notesCsvRows(doc)
    const parsed = parseCsv(notesCsv(doc))
    expect(parsed[0]).toEqual([...CSV_COLUMNS])
    expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(guardFormula)))
    expect(parsed.slice(1).map((r) => r.map(unguardFormula))).toEqual(rows)
    expect(parsed.length).toBeGreaterThan(12 * 40)
  })

  it('filters groups and themes like the deck, and leaves out deleted records', () => {
    let doc = sample()
    const [a, b] = workshopGroups(doc)
    const onlyB = notesCsvRows(doc, { groupIds: [b!.id], themes: ['theme1'] })
    expect(new Set(onlyB.map((r) => `${r[0]}/${r[1]}`))).toEqual(new Set(['Ｂグループ/テーマ1']))
    doc = applyRecords(doc, removeGroup(doc, a!.id, later))
    expect(notesCsvRows(doc).some((r) => r[0] === 'Ａグループ')).toBe(false)
  })

  it('is deterministic for the same doc', () => {
    const doc = buildExportFixture(fakeContext(), { groups: 3 })
    expect(notesCsv(doc)).toBe(notesCsv(doc))
    expect(notesCsv(buildExportFixture(fakeContext(), { groups: 3 }))).toBe(notesCsv(doc))
  })
})
