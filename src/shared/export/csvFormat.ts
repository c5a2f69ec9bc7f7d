/**
 * CSV as Excel (Japanese Windows included) opens it correctly, and a strict reader for it.
 *
 * - UTF-8 with a BOM: without it Excel reads the file as Shift_JIS and the Japanese is garbled.
 * - No character XML 1.0 forbids (C0 controls other than TAB, LF, CR; U+FFFE/FFFF; lone
 *   surrogates): they are dropped (spreadsheets store cells as XML and refuse them).
 * - RFC 4180: CRLF between records; a field is quoted when it holds a comma, a double quote,
 *   CR or LF, and a double quote inside it is doubled.
 * - CSV (formula) injection: Excel runs a cell starting with = + - @ (tab and CR too) as a
 *   formula, e.g. =HYPERLINK(…) or a DDE call, so note text could run code on the reader's
 *   machine. Such a cell gets a leading apostrophe ' so that it stays text (OWASP's advice).
 *   Full-width ＝ ＋ － ＠ are guarded too: Japanese Excel converts them when a cell is edited.
 *   So is a cell starting with a line feed, or with spaces (half or full width, tabs, line
 *   breaks) before one of those characters: spreadsheets trim them and then see the formula.
 *   A cell that already starts with an apostrophe gets one more, so that the guard is
 *   reversible: `unguardFormula` removes exactly one leading apostrophe from a guarded cell.
 */

import { xmlSafeText } from '../text/xmlSafeText'

export const CSV_BOM = '\uFEFF'
export const CSV_LINE_END = '\r\n'

const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'])

/** Whether a cell needs the leading apostrophe (see the comment at the top). */
export function needsFormulaGuard(cell: string): boolean {
  const first = cell.charAt(0)
  if (FORMULA_STARTS.has(first) || first === "'" || first === '\n') return true
  // Leading white space (\s covers the full-width space U+3000) before a formula character.
  const trimmed = cell.replace(/^\s+/, '')
  return trimmed !== cell && FORMULA_STARTS.has(trimmed.charAt(0))
}

export function guardFormula(cell: string): string {
  return needsFormulaGuard(cell) ? `'${cell}` : cell
}

/** The cell as it was before guardFormula (for readers of our own CSV files). */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && needsFormulaGuard(cell.slice(1)) ? cell.slice(1) : cell
}

/** One field, quoted when RFC 4180 requires it. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * A whole CSV file: BOM, every field guarded and quoted, CRLF after every record (the last
 * one too, as Excel writes it).
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) =>
    row.map((cell) => quoteCsvField(guardFormula(xmlSafeText(cell)))).join(','),
  )
  return CSV_BOM + lines.map((line) => line + CSV_LINE_END).join('')
}

export class CsvParseError extends Error {
  /** UTF-16 offset in the text (after the BOM). */
  readonly offset: number
  constructor(message: string, offset: number) {
    super(`${message} (offset ${offset})`)
    this.name = 'CsvParseError'
    this.offset = offset
  }
}

/**
 * Parses RFC 4180 CSV strictly: records end with CRLF (a final CRLF adds no empty record), a
 * quote may only open a field and must close it before a comma or CRLF, and a bare CR or LF
 * outside quotes is an error. A leading BOM is skipped. Cells are returned as written
 * (apostrophe guards included: see unguardFormula). Throws CsvParseError.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(CSV_BOM) ? input.slice(CSV_BOM.length) : input
  const rows: string[][] = []
  if (text === '') return rows
  let row: string[] = []
  let i = 0
  const n = text.length
  for (;;) {
    let field = ''
    if (text.charAt(i) === '"') {
      i += 1
      for (;;) {
        if (i >= n) throw new CsvParseError('unterminated quoted field', i)
        const quote = text.indexOf('"', i)
        if (quote < 0) throw new CsvParseError('unterminated quoted field', n)
        field += text.slice(i, quote)
        if (text.charAt(quote + 1) === '"') {
          field += '"'
          i = quote + 2
        } else {
          i = quote + 1
          break
        }
      }
    } else {
      const start = i
      while (i < n && !',\r\n"'.includes(text.charAt(i))) i += 1
      if (text.charAt(i) === '"') throw new CsvParseError('quote inside an unquoted field', i)
      field = text.slice(start, i)
    }
    row.push(field)
    if (i >= n) {
      rows.push(row)
      return rows
    }
    const char = text.charAt(i)
    if (char === ',') {
      i += 1
      continue
    }
    if (char === '\r' && text.charAt(i + 1) === '\n') {
      rows.push(row)
      row = []
      i += 2
      if (i >= n) return rows
      continue
    }
    throw new CsvParseError(`unexpected ${JSON.stringify(char)} after a field`, i)
  }
}
