import { LIMITS } from '../model/limits'

/** The most notes one paste adds (a table writes 30-60 troubles; a longer paste is cut here). */
export const PASTED_NOTES_MAX = 200

export interface PastedList {
  /** One note's text per entry, in order: bullets and numbers taken off, blank lines left out. */
  lines: string[]
  /** Entries left out past PASTED_NOTES_MAX. */
  cut: number
}

/**
 * What a pasted list becomes: one note per line. Lines from a memo (CR LF, CR or LF; bullets
 * 「・」「●」「-」…, numbers 「1.」「(2)」「③」… taken off), or cells copied from Excel (a row's
 * cells separated by tabs and joined with a full-width space; a cell in double quotes may hold
 * line breaks, which stay inside its note; "" is a quote). Blank lines and empty cells are left
 * out; each text is trimmed (full-width spaces too) and capped to a note's length.
 */
export function parsePastedList(text: string): PastedList {
  const rows = splitRows(text.replace(/\r\n?/g, '\n'))
  const lines = rows
    .map((cells) =>
      cells
        .map((cell) => withoutMarker(cell.trim()).trim())
        .filter((cell) => cell !== '')
        .join('　'),
    )
    .filter((line) => line !== '')
    .map((line) => line.slice(0, LIMITS.noteTextChars))
  return {
    lines: lines.slice(0, PASTED_NOTES_MAX),
    cut: Math.max(0, lines.length - PASTED_NOTES_MAX),
  }
}

/** Rows of cells: tabs split cells, line breaks rows, except inside a cell opened by ". */
function splitRows(text: string): string[][] {
  const rows: string[][] = []
  let cells: string[] = []
  let cell = ''
  let i = 0
  while (i < text.length) {
    const char = text.charAt(i)
    if (char === '"' && cell.trim() === '') {
      const end = closingQuote(text, i + 1)
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"')
        i = end + 1
        continue
      }
    }
    if (char === '\t' || char === '\n') {
      cells.push(cell)
      cell = ''
      if (char === '\n') {
        rows.push(cells)
        cells = []
      }
    } else cell += char
    i += 1
  }
  cells.push(cell)
  rows.push(cells)
  return rows
}

/**
 * The index of the quote closing a quoted cell that starts at `from`, when the quote is followed
 * by the end of the cell (tab, line break, end); -1 when there is none (then " is plain text).
 */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text.charAt(i) !== '"') continue
    if (text.charAt(i + 1) === '"') {
      i += 1
      continue
    }
    const next = text.charAt(i + 1)
    return next === '' || next === '\t' || next === '\n' ? i : -1
  }
  return -1
}

/** A list's bullet or number at the start of a line (with the spaces after it). */
const MARKER = new RegExp(
  [
    '^[・•●○◯◎■□◆◇▪▫▶►▸➢➤✓✔☐☑＊*＋+－-][ 　\\t]*',
    '^[（(][0-9０-９]{1,3}[)）][ 　\\t]*',
    '^[0-9０-９]{1,3}[.)．）、:：](?![0-9０-９])[ 　\\t]*',
    '^[①-⑳㉑-㉟][ 　\\t]*',
    '^[0-9０-９]{1,3}[ 　\\t]+',
  ].join('|'),
)

/** The line without its bullet or number (a line that was only one becomes empty). */
function withoutMarker(line: string): string {
  return line.replace(MARKER, '')
}
