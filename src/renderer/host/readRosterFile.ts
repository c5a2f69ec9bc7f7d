import { rosterError, type RosterErrorRef } from '../../shared/roster/import/rosterErrors'
import { csvRows } from '../../shared/roster/import/csvRows'

/**
 * A registration file as rows of cell texts, or why it is refused (nothing is read further).
 *
 * - CSV: UTF-8 (with or without BOM) or Shift_JIS as Excel writes it on Japanese Windows
 *   (「CSV（コンマ区切り）」), decoded by the browser's own TextDecoder (WHATWG Encoding: its
 *   `shift_jis` is Windows-31J, Microsoft's code page 932, exactly what Excel writes), each tried
 *   `fatal`, so a file that is neither (UTF-16, a binary) is refused rather than read as garbage.
 * - Excel: .xlsx only, read with read-excel-file (maintained, about 50 KB minified with its
 *   unzipper, loaded only when an .xlsx is chosen). Before it reads, jszip (already shipped for
 *   the PPTX writer) opens the package: a macro project (vbaProject.bin, a macro-enabled content
 *   type) or any formula cell refuses the file. .xlsm, .xls and other kinds are refused by name.
 *   (SheetJS `xlsx` from the npm registry is 0.18.5, unmaintained there, with a prototype
 *   pollution advisory; exceljs is about a megabyte and last released in 2023.)
 * - Over ROSTER_MAX_MB: refused before anything is decoded.
 */
export const ROSTER_MAX_MB = 2
const MAX_BYTES = ROSTER_MAX_MB * 1024 * 1024

export type RosterFileResult =
  | { ok: true; rows: string[][]; format: 'csv-utf8' | 'csv-sjis' | 'xlsx' }
  | { ok: false; error: RosterErrorRef }

const refuse = (error: RosterErrorRef): RosterFileResult => ({ ok: false, error })

export async function readRosterFile(name: string, bytes: Uint8Array): Promise<RosterFileResult> {
  if (bytes.length > MAX_BYTES)
    return refuse(rosterError('roster.tooLarge', { maxMb: ROSTER_MAX_MB }))
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? ''
  if (['xlsm', 'xltm', 'xlam', 'xlsb'].includes(ext)) return refuse(rosterError('roster.macro'))
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (ext === 'xlsx' || (zipped && ext !== 'csv')) return readXlsx(bytes)
  if (ext !== 'csv' && ext !== 'txt') return refuse(rosterError('roster.unsupported'))
  if (zipped) return refuse(rosterError('roster.unsupported'))
  const text = decodeCsv(bytes)
  if (!text) return refuse(rosterError('roster.encoding'))
  return { ok: true, rows: csvRows(text.text), format: text.format }
}

function decodeCsv(bytes: Uint8Array): { text: string; format: 'csv-utf8' | 'csv-sjis' } | null {
  // UTF-16 (Excel's 「Unicode テキスト」) and binaries: NUL bytes never occur in UTF-8 or SJIS text.
  if (bytes.includes(0)) return null
  for (const [label, format] of [
    ['utf-8', 'csv-utf8'],
    ['shift_jis', 'csv-sjis'],
  ] as const) {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), format }
    } catch {
      // not this encoding: try the next
    }
  }
  return null
}

async function readXlsx(bytes: Uint8Array): Promise<RosterFileResult> {
  const { default: JSZip } = await import('jszip')
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return refuse(rosterError('roster.unreadable'))
  }
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? ''
  const names = Object.keys(zip.files)
  if (/macroEnabled|vbaProject/i.test(types) || names.some((n) => /vbaProject\.bin$/i.test(n))) {
    return refuse(rosterError('roster.macro'))
  }
  for (const sheet of names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))) {
    const xml = (await zip.file(sheet)?.async('string')) ?? ''
    const formula = /<c\b[^>]*\br="([A-Z]+)(\d+)"[^>]*>(?:(?!<\/c>).)*?<f[\s>/]/s.exec(xml)
    if (formula || /<f[\s>/]/.test(xml)) {
      const column = columnNumber(formula?.[1] ?? '')
      const row = Number(formula?.[2] ?? 0)
      return refuse(rosterError('roster.formula', { row, column }))
    }
  }
  try {
    const { readSheet } = await import('read-excel-file/universal')
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    const data = await readSheet(buffer as ArrayBuffer, 1)
    return { ok: true, rows: data.map((row) => row.map(cellText)), format: 'xlsx' }
  } catch {
    return refuse(rosterError('roster.unreadable'))
  }
}

function columnNumber(letters: string): number {
  let n = 0
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64
  return n
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}
