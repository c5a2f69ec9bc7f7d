import { LIMITS } from '../../model/limits'
import type { Participant } from '../../model/schemas'
import type { ParticipantInit } from '../rosterOps'
import { guessColumns, JOINED_COLUMNS, type RosterColumn } from './rosterColumns'
import {
  looksLikeFormula,
  readKind,
  readPosition,
  readQualifications,
  readYears,
  splitAffiliationTitle,
} from './rosterValues'

/**
 * Reading a registration sheet (CSV or the first sheet of an .xlsx, already as rows of cell
 * texts) into 名簿 entries, for the import's preview. Pure; nothing is written here: the screen
 * shows the preview and writes the accepted people in one edit only when the user confirms.
 */

/** Why a whole file is refused (nothing is imported). */
export type SheetRefusal =
  | { code: 'roster.empty' }
  | { code: 'roster.tooManyRows'; params: { max: number } }
  | { code: 'roster.formula'; params: { row: number; column: number } }

/** Why one row is left out (the others are imported). */
export type RowProblem =
  | { code: 'rosterRow.noName' }
  | { code: 'rosterRow.position'; params: { value: string } }
  | { code: 'rosterRow.years'; params: { value: string } }
  | { code: 'rosterRow.kind'; params: { value: string } }
  | { code: 'rosterRow.tooLong'; params: { column: RosterColumn; max: number } }
  | { code: 'rosterRow.duplicate'; params: { name: string } }

export interface SheetRow {
  /** The row's number in the sheet (1 = the heading row). */
  line: number
  person: ParticipantInit | null
  problems: RowProblem[]
}

export interface RosterSheet {
  headings: string[]
  /** The rows under the heading row, as cell texts. */
  body: string[][]
}

/** The sheet's heading row and body, or why the file is refused. */
export function readSheet(rows: readonly (readonly string[])[]): RosterSheet | SheetRefusal {
  const filled = rows.filter((r) => r.some((c) => c.trim() !== ''))
  const [headings, ...body] = filled
  if (!headings || body.length === 0) return { code: 'roster.empty' }
  if (filled.length - 1 > LIMITS.importRows) {
    return { code: 'roster.tooManyRows', params: { max: LIMITS.importRows } }
  }
  for (const [r, row] of rows.entries()) {
    const c = row.findIndex(looksLikeFormula)
    if (c >= 0) return { code: 'roster.formula', params: { row: r + 1, column: c + 1 } }
  }
  const width = Math.max(...filled.map((r) => r.length))
  const pad = (r: readonly string[]) => Array.from({ length: width }, (_, i) => (r[i] ?? '').trim())
  return { headings: pad(headings), body: body.map(pad) }
}

export function isRefusal(value: RosterSheet | SheetRefusal): value is SheetRefusal {
  return 'code' in value
}

export { guessColumns }

const nameKey = (name: string, affiliation: string) =>
  `${name.normalize('NFKC').replace(/\s+/g, '')}|${affiliation.normalize('NFKC').replace(/\s+/g, '')}`

/**
 * Every row read with the chosen columns. A row without 氏名, with a 立場, 期間 or 区分 that is
 * not understood, or a text over its limit, is left out with its problems; a person already on
 * the 名簿 (or twice in the sheet: same 氏名 and 所属) is left out as a duplicate.
 */
export function readRows(
  sheet: RosterSheet,
  columns: readonly RosterColumn[],
  existing: readonly Participant[],
): SheetRow[] {
  const seen = new Set(existing.map((p) => nameKey(p.name, p.affiliation)))
  return sheet.body.map((cells, index) => {
    const line = index + 2
    const problems: RowProblem[] = []
    const value = (column: RosterColumn): string => {
      const texts = columns.flatMap((c, i) => (c === column && cells[i] ? [cells[i]] : []))
      return JOINED_COLUMNS.has(column) ? texts.join(' / ') : (texts[0] ?? '')
    }
    for (const column of new Set(columns)) {
      if (column === 'ignore') continue
      const max = column === 'notes' ? LIMITS.longTextChars : LIMITS.shortTextChars
      if (value(column).length > max)
        problems.push({ code: 'rosterRow.tooLong', params: { column, max } })
    }
    const name = value('name').replace(/\s+/g, ' ')
    if (name === '') problems.push({ code: 'rosterRow.noName' })
    const position = readPosition(value('position'))
    if (position === null)
      problems.push({ code: 'rosterRow.position', params: { value: value('position') } })
    const years = readYears(value('years'))
    if (years === undefined)
      problems.push({ code: 'rosterRow.years', params: { value: value('years') } })
    const kind = readKind(value('kind'))
    if (kind === null) problems.push({ code: 'rosterRow.kind', params: { value: value('kind') } })
    const combined = splitAffiliationTitle(value('affiliationTitle'))
    const affiliation = value('affiliation') || combined.affiliation
    const title = value('title') || combined.title
    if (problems.length === 0 && name !== '') {
      const key = nameKey(name, affiliation)
      if (seen.has(key)) problems.push({ code: 'rosterRow.duplicate', params: { name } })
      seen.add(key)
    }
    if (problems.length > 0) return { line, person: null, problems }
    const { qualifications, other } = readQualifications(value('qualifications'))
    return {
      line,
      problems,
      person: {
        kind: kind ?? 'trainee',
        name,
        contact: value('contact'),
        affiliation,
        title,
        position: position ?? 'other',
        years: years ?? null,
        qualifications,
        otherQualification: other,
        area: value('area'),
        municipality: value('municipality'),
        notes: value('notes'),
      },
    }
  })
}
