import { errorRef, type ErrorRef } from '../errors/errorCodes'
import { isRatedScale, optionLetter, SCALE_OPTIONS } from './surveyScales'
import { SECTION_NUMERALS } from './surveyBuiltIn'
import type { SurveyItemView, SurveyPhase, SurveyPosition } from './surveyTypes'

/**
 * Answers in from a sheet (CSV or Excel, one row per respondent): the header row recognised
 * (a name column, 立場, optionally 所属, one column per item), a mapping the user can change in
 * the preview, then every row read or refused with a reason. Nothing is written here: the
 * renderer writes the good rows in one edit once the user confirms.
 */

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'position' }
  | { kind: 'affiliation' }
  | { kind: 'item'; itemId: string }
  | { kind: 'ignore' }

const NAME_HEADERS = /^(氏名|名前|お名前|おなまえ|回答者|回答者名|参加者名|受講者名|name|氏名name)$/
const POSITION_HEADERS = /^(立場|職種|区分|役割|position|role)$/
const AFFILIATION_HEADERS = /^(所属|所属先|所属機関|市町村|市町村名|勤務先|affiliation)$/

/** A header as compared: NFKC, no spaces, no leading 「1.」, lower case. */
function plainHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .toLowerCase()
}

const withoutNumber = (text: string) => text.replace(/^(問)?\d+[.)、:]?/, '')

/** 「Ⅰ-1」「I.1」「Ⅰ1」「Ⅱ-3」: a section numeral and the item's number within its section. */
function sectionNumber(header: string): { section: 'fiveStep' | 'fourStep'; n: number } | null {
  const m = /^(ⅰ|ⅱ|i|ii|Ⅰ|Ⅱ)[-.．・_]?(\d{1,2})$/i.exec(header)
  if (!m?.[1] || !m[2]) return null
  const numeral = m[1].normalize('NFKC').toLowerCase()
  return { section: numeral === 'i' ? 'fiveStep' : 'fourStep', n: Number(m[2]) }
}

/** The items of a scale in display order, numbered from 1 as the sheet does. */
function itemsOfScale(items: readonly SurveyItemView[], scale: SurveyItemView['scale']) {
  return [...items].sort((a, b) => a.order - b.order).filter((i) => i.scale === scale)
}

/** The role each header column most likely has. An item is claimed by one column at most. */
export function guessColumns(
  header: readonly string[],
  items: readonly SurveyItemView[],
): ColumnRole[] {
  const taken = new Set<string>()
  let seen = { name: false, position: false, affiliation: false }
  return header.map((raw): ColumnRole => {
    const h = plainHeader(raw)
    if (h === '') return { kind: 'ignore' }
    for (const kind of ['name', 'position', 'affiliation'] as const) {
      const pattern =
        kind === 'name'
          ? NAME_HEADERS
          : kind === 'position'
            ? POSITION_HEADERS
            : AFFILIATION_HEADERS
      if (!seen[kind] && pattern.test(h)) {
        seen = { ...seen, [kind]: true }
        return { kind }
      }
    }
    const item = itemForHeader(h, items, taken)
    if (item) {
      taken.add(item.id)
      return { kind: 'item', itemId: item.id }
    }
    return { kind: 'ignore' }
  })
}

function itemForHeader(
  h: string,
  items: readonly SurveyItemView[],
  taken: ReadonlySet<string>,
): SurveyItemView | undefined {
  const free = (i: SurveyItemView) => !taken.has(i.id)
  const byNumber = sectionNumber(h)
  if (byNumber) {
    const item = itemsOfScale(items, byNumber.section)[byNumber.n - 1]
    return item && free(item) ? item : undefined
  }
  const text = withoutNumber(h)
  if (text.length < 4) return undefined
  // the item's words (as the report prints them, or a header cut short by the sheet)
  return items.find((i) => {
    const own = plainHeader(i.text)
    return (
      free(i) &&
      (own === text || (text.length >= 8 && own.startsWith(text)) || text.startsWith(own))
    )
  })
}

/** 立場 as people write it; anything else (and a blank) is その他. */
export function positionOf(raw: string): SurveyPosition {
  const v = plainHeader(raw)
  if (/コーディネーター|ｺｰﾃﾞｨﾈｰﾀｰ|coordinator/.test(v)) return 'coordinator'
  if (/市町村|行政|自治体|municipal/.test(v)) return 'municipal'
  return 'other'
}

export interface ImportedAnswer {
  /** The row in the sheet, counted from 1 as Excel does (the header is row 1). */
  row: number
  phase: SurveyPhase
  name: string
  position: SurveyPosition
  affiliation: string
  answers: { itemId: string; value: string }[]
}

export interface SurveySheet {
  answers: ImportedAnswer[]
  /** Rows left out, each with its reason (shown in Japanese, then English). */
  refused: { row: number; error: ErrorRef }[]
  /** A problem with the whole sheet (no name column): nothing can be read. */
  sheetError: ErrorRef | null
}

/** The most characters kept from one free-text answer, and from a name or 所属. */
export const FREE_TEXT_MAX = 2000
export const NAME_MAX = 200

/**
 * Reads the rows below the header with the given column roles. A row without a name, or with an
 * answer that is not one of its item's options (「f」 on Ⅰ, 「e」 on Ⅱ), is refused as a whole
 * with its row and column named; a blank answer is simply not answered. Empty rows are skipped.
 */
export function readSurveySheet(
  rows: readonly (readonly string[])[],
  columns: readonly ColumnRole[],
  items: readonly SurveyItemView[],
  phase: SurveyPhase,
): SurveySheet {
  const nameColumn = columns.findIndex((c) => c.kind === 'name')
  if (nameColumn < 0)
    return { answers: [], refused: [], sheetError: errorRef('survey.noNameColumn') }
  const byId = new Map(items.map((i) => [i.id, i]))
  const header = rows[0] ?? []
  const answers: ImportedAnswer[] = []
  const refused: SurveySheet['refused'] = []
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2
    if (cells.every((c) => c.trim() === '')) return
    const cell = (k: number) => (cells[k] ?? '').trim()
    const name = cell(nameColumn)
    if (name === '') {
      refused.push({ row, error: errorRef('survey.rowNoName', { row }) })
      return
    }
    if (name.length > NAME_MAX) {
      refused.push({ row, error: errorRef('survey.rowTooLong', { row, max: NAME_MAX }) })
      return
    }
    let position: SurveyPosition = 'other'
    let affiliation = ''
    const values: ImportedAnswer['answers'] = []
    for (const [k, role] of columns.entries()) {
      if (role.kind === 'position') position = positionOf(cell(k))
      if (role.kind === 'affiliation') affiliation = cell(k).slice(0, NAME_MAX)
      if (role.kind !== 'item') continue
      const item = byId.get(role.itemId)
      const value = cell(k)
      if (!item || value === '') continue
      if (!isRatedScale(item.scale)) {
        values.push({ itemId: item.id, value: value.slice(0, FREE_TEXT_MAX) })
        continue
      }
      const letter = optionLetter(item.scale, value)
      if (letter === null) {
        const letters = SCALE_OPTIONS[item.scale].map((o) => o.letter).join('・')
        const column = header[k]?.trim() || `${k + 1}列目`
        refused.push({
          row,
          error: errorRef('survey.rowBadOption', {
            row,
            column: column.slice(0, 40),
            value: value.slice(0, 40),
            letters,
          }),
        })
        return
      }
      values.push({ itemId: item.id, value: letter })
    }
    answers.push({ row, phase, name, position, affiliation, answers: values })
  })
  return { answers, refused, sheetError: null }
}

/** 「Ⅰ-1」: the short label of an item (its section numeral and number), as sheets write it. */
export function itemShortLabel(item: SurveyItemView, items: readonly SurveyItemView[]): string {
  const n = itemsOfScale(items, item.scale).findIndex((i) => i.id === item.id) + 1
  return item.scale === 'freeText'
    ? `${SECTION_NUMERALS.freeText}${n}`
    : `${SECTION_NUMERALS[item.scale]}-${n}`
}
