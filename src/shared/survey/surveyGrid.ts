import type { EditContext } from '../model/context'
import type { AnyRecord, SurveyAnswer } from '../model/schemas'
import type { WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'
import { errorRef, type ErrorRef } from '../errors/errorCodes'
import { FREE_TEXT_MAX, NAME_MAX } from './surveyImport'
import { isRatedScale, optionLetter, SCALE_OPTIONS } from './surveyScales'
import type { SurveyItemView, SurveyPhase, SurveyPosition } from './surveyTypes'

/**
 * Answers typed in a grid (「回答を入力する」): one row per respondent, one cell per item. Each
 * cell is checked before anything is written (the rules of a row read from a sheet, so a typed
 * answer and an imported one are the same record), then written as one edit: one undo step.
 */

export type CellCheck = { ok: true; value: string } | { ok: false; error: ErrorRef }

/**
 * With the Japanese IME on, the keys a and e type the kana あ and え (b, c and d stay letters, in
 * full width): a typed cell takes them as the letters meant.
 */
const IME_VOWEL_LETTERS: Readonly<Record<string, string>> = { あ: 'a', え: 'e' }

/**
 * A typed answer to an item: on a rated item the option letter (「ａ」「B」「b.」 forgiven, as in an
 * import, and the IME's 「あ」「え」 for a and e), '' clearing the answer; anything else is refused with the item's letters named. On a
 * free-text item the words, trimmed at both ends.
 */
export function checkAnswerCell(item: SurveyItemView, label: string, raw: string): CellCheck {
  const value = raw.trim()
  if (!isRatedScale(item.scale)) {
    return value.length > FREE_TEXT_MAX
      ? { ok: false, error: errorRef('survey.cellTooLong', { column: label, max: FREE_TEXT_MAX }) }
      : { ok: true, value }
  }
  if (value === '') return { ok: true, value: '' }
  const letter = optionLetter(item.scale, IME_VOWEL_LETTERS[value] ?? value)
  if (letter !== null) return { ok: true, value: letter }
  const letters = SCALE_OPTIONS[item.scale].map((o) => o.letter).join('・')
  return {
    ok: false,
    error: errorRef('survey.cellBadOption', { column: label, value: value.slice(0, 40), letters }),
  }
}

/** A typed 氏名: required (matching is by name), at most NAME_MAX characters. */
export function checkNameCell(raw: string): CellCheck {
  const value = raw.trim()
  if (value === '') return { ok: false, error: errorRef('survey.cellNoName') }
  if (value.length > NAME_MAX)
    return { ok: false, error: errorRef('survey.cellTooLong', { column: '氏名', max: NAME_MAX }) }
  return { ok: true, value }
}

/** A typed 所属: optional, at most NAME_MAX characters. */
export function checkAffiliationCell(raw: string): CellCheck {
  const value = raw.trim()
  return value.length > NAME_MAX
    ? { ok: false, error: errorRef('survey.cellTooLong', { column: '所属', max: NAME_MAX }) }
    : { ok: true, value }
}

function liveAnswer(doc: WorkshopDoc, answerId: string): SurveyAnswer | null {
  const current = doc.surveyAnswers[answerId]
  return current && current.deletedAt === null ? current : null
}

/** Sets (or with '' clears) one answer of a respondent; nothing when unchanged. */
export function setSurveyCell(
  doc: WorkshopDoc,
  answerId: string,
  itemId: string,
  value: string,
): AnyRecord[] {
  const current = liveAnswer(doc, answerId)
  if (!current) return []
  const before = current.answers.find((a) => a.itemId === itemId)?.value ?? ''
  if (before === value) return []
  const others = current.answers.filter((a) => a.itemId !== itemId)
  const answers = value === '' ? others : [...others, { itemId, value }]
  return [{ ...current, answers }]
}

export interface RespondentFields {
  name: string
  position: SurveyPosition
  affiliation: string
}

/** Changes a respondent's 氏名, 立場 or 所属; nothing when unchanged. */
export function setSurveyRespondent(
  doc: WorkshopDoc,
  answerId: string,
  fields: Partial<RespondentFields>,
): AnyRecord[] {
  const current = liveAnswer(doc, answerId)
  if (!current) return []
  const next = { ...current, ...fields }
  const same =
    next.name === current.name &&
    next.position === current.position &&
    next.affiliation === current.affiliation
  return same ? [] : [next]
}

/** A new respondent (a new row of the grid), with the name typed in the grid's last row. */
export function addSurveyRespondent(
  doc: WorkshopDoc,
  phase: SurveyPhase,
  fields: RespondentFields,
  ctx: EditContext,
): AnyRecord[] {
  const record: SurveyAnswer = {
    ...newRecordBase(ctx),
    type: 'surveyAnswer',
    workshopId: doc.workshop.id,
    phase,
    ...fields,
    answers: [],
    pairedWith: null,
  }
  return [record]
}

/** Removes a respondent's row; a post answer paired with it by hand goes back to matching by name. */
export function removeSurveyRespondent(
  doc: WorkshopDoc,
  answerId: string,
  ctx: EditContext,
): AnyRecord[] {
  const current = liveAnswer(doc, answerId)
  if (!current) return []
  const unpaired = Object.values(doc.surveyAnswers)
    .filter((a) => a.deletedAt === null && a.pairedWith === answerId)
    .map((a) => ({ ...a, pairedWith: null }))
  return [{ ...current, deletedAt: ctx.now() }, ...unpaired]
}
