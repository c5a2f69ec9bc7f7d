import { describe, expect, it } from 'vitest'
import {
  CsvParseError,
  formatCsv,
  guardFormula,
  parseCsv,
  quoteCsvField,
  unguardFormula,
} from './csvFormat'

describe('quoteCsvField', () => {
  it('quotes only fields with a comma, a quote, CR or LF, doubling quotes', () => {
    expect(quoteCsvField('在宅医療')).toBe('在宅医療')
    expect(quoteCsvField('')).toBe('')
    expect(quoteCsvField('a,b')).toBe('"a,b"')
    expect(quoteCsvField('「退院」と"言った"')).toBe('"「退院」と""言った"""')
    expect(quoteCsvField('一行目\n二行目')).toBe('"一行目\n二行目"')
    expect(quoteCsvField('a\rb')).toBe('"a\rb"')
    // The full-width comma is text, not a separator.
    expect(quoteCsvField('病院、診療所')).toBe('病院、診療所')
  })
})

describe('guardFormula', () => {
  it('puts an apostrophe before a cell Excel would run as a formula', () => {
    for (const cell of ['=1+1', '+81-3', '-3', '@SUM(A1)', '\tx', '\rx', '＝１＋１', '－１']) {
      expect(guardFormula(cell)).toBe(`'${cell}`)
    }
    for (const cell of ['在宅', '1+1', 'a=b', '', '★タネ', '・箇条書き']) {
      expect(guardFormula(cell)).toBe(cell)
    }
  })

  it('is reversible, a leading apostrophe included', () => {
    for (const cell of ['=1', "'", "'=1", "''", "'abc", 'abc', '', '-']) {
      expect(unguardFormula(guardFormula(cell))).toBe(cell)
    }
    expect(guardFormula("'abc")).toBe("''abc")
  })
})

describe('formatCsv and parseCsv', () => {
  it('writes a BOM, CRLF after every record, guarded and quoted fields', () => {
    const csv = formatCsv([
      ['a', 'b'],
      ['=x', 'c,"d"\ne'],
    ])
    expect(csv).toBe('\uFEFFa,b\r\n\'=x,"c,""d""\ne"\r\n')
  })

  it('round-trips any cell text (before the guard is removed the cells are guarded)', () => {
    const rows = [
      ['', ',', '"', '""', '\r\n', '\n', '\r', 'a"b,c\nd'],
      ['=HYPERLINK("http://example.invalid")', "'", '全角　スペース', '😀絵文字'],
      [''],
    ]
    const parsed = parseCsv(formatCsv(rows))
    expect(parsed).toEqual(rows.map((r) => r.map(guardFormula)))
    expect(parsed.map((r) => r.map(unguardFormula))).toEqual(rows)
  })

  it('parses with or without a BOM and a final CRLF', () => {
    expect(parseCsv('a,b\r\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseCsv('\uFEFFa,b\r\n')).toEqual([['a', 'b']])
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('\uFEFF')).toEqual([])
    expect(parseCsv(',\r\n')).toEqual([['', '']])
    expect(parseCsv('"a""b",""')).toEqual([['a"b', '']])
  })

  it('refuses what RFC 4180 does not allow', () => {
    expect(() => parseCsv('a"b')).toThrow(CsvParseError)
    expect(() => parseCsv('"ab')).toThrow(CsvParseError)
    expect(() => parseCsv('"a"b')).toThrow(CsvParseError)
    expect(() => parseCsv('a\nb')).toThrow(CsvParseError)
    expect(() => parseCsv('a\rb')).toThrow(CsvParseError)
  })
})

describe('the CSV guard and XML-forbidden characters (issue 15, point 3)', () => {
  it('guards a cell starting with a line feed, or with spaces before a formula character', () => {
    for (const cell of [
      '\n=1+1',
      '\nx',
      ' =1+1',
      '   +81',
      '\u3000=SUM(A1)',
      ' \t@x',
      '\r\n-3',
      ' ＝１',
    ]) {
      expect(guardFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`)
      expect(unguardFormula(guardFormula(cell))).toBe(cell)
    }
    for (const cell of [' 在宅', '\u3000タネ', ' a=b', '  ']) {
      expect(guardFormula(cell), JSON.stringify(cell)).toBe(cell)
    }
  })

  it('drops the characters XML 1.0 forbids from every cell, keeping TAB, LF, CR and emoji', () => {
    const csv = formatCsv([['a\u0000b\u000Bc\uFFFE\uD800', '改行\n😀\tタブ']])
    expect(csv).toBe('\uFEFFabc,"改行\n😀\tタブ"\r\n')
  })
})
