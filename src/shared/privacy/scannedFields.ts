import { sanitizeNoteText } from '../board/noteText'
import { LIMITS } from '../model/limits'
import { BRIEF_PARTS, type AnyRecord, type RecordType } from '../model/schemas'
import type { RecordOf } from '../model/recordTypes'

/**
 * The words a table writes during the group work, field by field: what the guard reads before
 * an export and what it rewrites when a match is fixed in place. Names of participants, members'
 * 所属 and commentators are left out on purpose: they are the workshop's own people, printed on
 * the covers by design; the guard looks for the residents and patients a note talks about.
 */
export interface ScannedField<T extends RecordType = RecordType> {
  /** The field's path in the record ('text', 'brief.facts'). */
  field: string
  maxChars: number
  read(record: RecordOf<T>): string | null
  write(record: RecordOf<T>, text: string): RecordOf<T>
}

type FieldTable = { [T in RecordType]?: ScannedField<T>[] }

function plain<T extends RecordType>(
  field: keyof RecordOf<T> & string,
  maxChars: number,
): ScannedField<T> {
  return {
    field,
    maxChars,
    read: (record) => {
      const value = record[field]
      return typeof value === 'string' ? value : null
    },
    write: (record, text) => ({ ...record, [field]: sanitizeNoteText(text, maxChars) }),
  }
}

const NOTE = LIMITS.noteTextChars

const briefFields: ScannedField<'canvas'>[] = BRIEF_PARTS.map((part) => ({
  field: `brief.${part}`,
  maxChars: LIMITS.longTextChars,
  read: (canvas) => canvas.brief[part]?.text ?? null,
  write: (canvas, text) => {
    const edit = canvas.brief[part]
    if (!edit) return canvas
    const next = { ...edit, text: sanitizeNoteText(text, LIMITS.longTextChars) }
    return { ...canvas, brief: { ...canvas.brief, [part]: next } }
  },
}))

export const SCANNED_FIELDS: FieldTable = {
  note: [plain<'note'>('text', NOTE)],
  topic: [
    plain<'topic'>('title', NOTE),
    plain<'topic'>('label', LIMITS.labelChars),
    plain<'topic'>('goal', NOTE),
    plain<'topic'>('concern', NOTE),
    plain<'topic'>('statement', NOTE),
  ],
  cause: [plain<'cause'>('text', NOTE)],
  measure: [plain<'measure'>('text', NOTE), plain<'measure'>('target', LIMITS.shortTextChars)],
  outcome: [plain<'outcome'>('expectation', NOTE), plain<'outcome'>('indicator', NOTE)],
  canvas: [plain<'canvas'>('title', NOTE), ...briefFields],
  canvasNote: [
    {
      ...plain<'canvasNote'>('text', NOTE),
      // A reference's words are the referenced record's, scanned there.
      read: (note) => (note.ref === null ? note.text : null),
    },
  ],
  canvasQa: [plain<'canvasQa'>('question', NOTE), plain<'canvasQa'>('answer', NOTE)],
  review: [plain<'review'>('text', LIMITS.longTextChars)],
  cafeReaction: [
    {
      ...plain<'cafeReaction'>('text', LIMITS.cafeCommentChars),
      read: (reaction) => (reaction.kind === 'comment' ? reaction.text : null),
    },
  ],
}

/** The field of one answer of a survey sheet: `answers.<itemId>` (free text can name people). */
function surveyAnswerField(itemId: string): ScannedField<'surveyAnswer'> {
  return {
    field: `answers.${itemId}`,
    maxChars: NOTE,
    read: (answer) => answer.answers.find((a) => a.itemId === itemId)?.value ?? null,
    write: (answer, text) => ({
      ...answer,
      answers: answer.answers.map((a) =>
        a.itemId === itemId ? { ...a, value: sanitizeNoteText(text, NOTE) } : a,
      ),
    }),
  }
}

/**
 * The scanned fields of a record (none for setup records); a survey answer sheet's are its
 * answers, one field per item (the option letters find nothing; the free text may).
 */
export function scannedFieldsOf(record: AnyRecord): ScannedField[] {
  if (record.type === 'surveyAnswer')
    return record.answers.map((a) => surveyAnswerField(a.itemId)) as unknown as ScannedField[]
  return (SCANNED_FIELDS[record.type] ?? []) as unknown as ScannedField[]
}
