import type { z } from 'zod/mini'
import { LIMITS } from './limits'
import {
  boardSchema,
  cafeReactionSchema,
  canvasNoteSchema,
  canvasQaSchema,
  canvasSchema,
  causeSchema,
  commentatorSchema,
  groupSchema,
  measureSchema,
  noteSchema,
  outcomeSchema,
  planEntrySchema,
  surveyAnswerSchema,
  surveyItemSchema,
  reviewSchema,
  participantSchema,
  timetableRowSchema,
  topicSchema,
  workshopSchema,
  type AnyRecord,
  type RecordType,
} from './schemas'

/**
 * The record registry: every record type of TaneBoard, declared once. Everything that iterates
 * types reads it (the doc, the Dexie tables and their versions, the repository, the edit guards,
 * the workshop file, merge, the conflict display); a test generated from it checks that every
 * registered type round-trips through all of them (recordTypes.registry.test.ts and its renderer
 * twin). To add a type: its schema in schemas.ts (and in `anyRecordSchema`), an entry here, a new
 * Dexie version and file format version; nothing else lists types.
 *
 * How a record belongs to its workshop (`scope`, what `extractGroups`, undo scopes and the guards
 * need):
 * - 'workshop': the workshop record itself;
 * - 'timetable': belongs to the workshop as a whole (every exported file carries it);
 * - 'group': a group (chosen by its own id);
 * - 'groupBoard': a group's board, or another record of a group (through `groupId`: the 講評メモ);
 * - 'board': lives on a board (through `boardId`);
 * - 'roster': the organiser's personal data about the workshop's people (the 名簿, the アンケートの回答): in the whole
 *   workshop's file, left out of a group's file unless the organiser chooses it, never over the
 *   LAN (no table needs a 連絡先; the table's names are the group's members).
 */
export type RecordScope = 'workshop' | 'timetable' | 'group' | 'groupBoard' | 'board' | 'roster'

/** The record of type T. */
export type RecordOf<T extends RecordType> = Extract<AnyRecord, { type: T }>

/** A record type's key in WorkshopDoc. */
export type DocKeyOf<T extends RecordType> = (typeof RECORD_TYPES)[T]['docKey']

export interface RecordTypeSpec<T extends RecordType = RecordType> {
  type: T
  schema: z.ZodMiniType<RecordOf<T>>
  /** Its key in WorkshopDoc ('workshop' holds the record; the others a map by id). */
  docKey: string
  /** Its Dexie table, and the indexes it was created with, in Dexie schema version `dbSince`. */
  table: string
  indexes: string
  dbSince: number
  /** The workshop file format version that first carried it. */
  fileSince: number
  scope: RecordScope
  /** What the user calls one (the import's preview and conflicts), with its Japanese counter. */
  label: { ja: string; en: string; counter: string }
  /** Counted against a theme's total of records per workshop (see LIMITS). */
  theme: 'setup' | 'theme1' | 'theme2' | 'theme3' | 'cafe'
  /** The most live records of this type under one parent (a board, topic or canvas). */
  perParent?: { key: 'boardId' | 'topicId' | 'canvasId'; max: number }
  /** The user's words in a record: what a merge conflict must never drop (none: no such text). */
  userText?: (record: RecordOf<T>) => string[] | null
  /**
   * The record with its user text passed through `mark`, for the copy a merge keeps of the
   * file's version in a conflict ('both'; today `mark` leaves the text as it is and the copy is
   * flagged `importedCopy`); types without it keep the local version only.
   */
  markedCopy?: (record: RecordOf<T>, mark: (text: string) => string) => RecordOf<T>
  /** What names a record without user text of its own (a conflict shows it). */
  describe?: (record: RecordOf<T>) => string[]
}

/**
 * The registry, in file and doc order. Never reorder or rename an entry's table or indexes: they
 * are the shipped database schema.
 */
export const RECORD_TYPES = {
  workshop: {
    type: 'workshop',
    schema: workshopSchema,
    docKey: 'workshop',
    table: 'workshops',
    indexes: 'id, updatedAt',
    dbSince: 1,
    fileSince: 1,
    scope: 'workshop',
    label: { ja: '研修会', en: 'workshop', counter: '件' },
    theme: 'setup',
    describe: (r) => [r.title],
  },
  timetableRow: {
    type: 'timetableRow',
    schema: timetableRowSchema,
    docKey: 'rows',
    table: 'timetableRows',
    indexes: 'id, workshopId',
    dbSince: 1,
    fileSince: 1,
    scope: 'timetable',
    label: { ja: 'タイムテーブルの行', en: 'timetable row', counter: '件' },
    theme: 'setup',
    describe: (r) => [`${r.item} ${String(r.durationMin)}分`, r.content],
  },
  group: {
    type: 'group',
    schema: groupSchema,
    docKey: 'groups',
    table: 'groups',
    indexes: 'id, workshopId',
    dbSince: 1,
    fileSince: 1,
    scope: 'group',
    label: { ja: 'グループ', en: 'group', counter: '件' },
    theme: 'setup',
    describe: (r) => [r.name],
  },
  board: {
    type: 'board',
    schema: boardSchema,
    docKey: 'boards',
    table: 'boards',
    indexes: 'id, workshopId, groupId',
    dbSince: 2,
    fileSince: 1,
    scope: 'groupBoard',
    label: { ja: 'ボード', en: 'board', counter: '件' },
    theme: 'setup',
  },
  note: {
    type: 'note',
    schema: noteSchema,
    docKey: 'notes',
    table: 'notes',
    indexes: 'id, workshopId, boardId',
    dbSince: 2,
    fileSince: 1,
    scope: 'board',
    label: { ja: '付箋', en: 'note', counter: '枚' },
    theme: 'theme1',
    userText: (r) => [r.text],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  topic: {
    type: 'topic',
    schema: topicSchema,
    docKey: 'topics',
    table: 'topics',
    indexes: 'id, workshopId, boardId',
    dbSince: 3,
    fileSince: 2,
    scope: 'board',
    label: { ja: 'テーマ', en: 'topic', counter: '件' },
    theme: 'theme2',
    perParent: { key: 'boardId', max: LIMITS.topicsPerBoard },
    userText: (r) => [r.title, r.label, r.goal, r.concern, r.statement],
    markedCopy: (r, mark) => ({ ...r, title: mark(r.title), mainCauseId: null }),
  },
  cause: {
    type: 'cause',
    schema: causeSchema,
    docKey: 'causes',
    table: 'causes',
    indexes: 'id, workshopId, boardId',
    dbSince: 3,
    fileSince: 2,
    scope: 'board',
    label: { ja: '原因', en: 'cause', counter: '件' },
    theme: 'theme2',
    perParent: { key: 'topicId', max: LIMITS.causesPerTopic },
    userText: (r) => [r.text],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  measure: {
    type: 'measure',
    schema: measureSchema,
    docKey: 'measures',
    table: 'measures',
    indexes: 'id, workshopId, boardId',
    dbSince: 3,
    fileSince: 2,
    scope: 'board',
    label: { ja: '対策', en: 'countermeasure', counter: '件' },
    theme: 'theme2',
    perParent: { key: 'topicId', max: LIMITS.measuresPerTopic },
    userText: (r) => [r.text, r.target],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  outcome: {
    type: 'outcome',
    schema: outcomeSchema,
    docKey: 'outcomes',
    table: 'outcomes',
    indexes: 'id, workshopId, boardId',
    dbSince: 3,
    fileSince: 2,
    scope: 'board',
    label: { ja: '期待値・指標', en: 'expectation and indicator', counter: '件' },
    theme: 'theme2',
    perParent: { key: 'topicId', max: LIMITS.outcomesPerTopic },
    userText: (r) => [r.expectation, r.indicator],
    markedCopy: (r, mark) => ({ ...r, expectation: mark(r.expectation) }),
  },
  canvas: {
    type: 'canvas',
    schema: canvasSchema,
    docKey: 'canvases',
    table: 'canvases',
    indexes: 'id, workshopId, boardId',
    dbSince: 4,
    fileSince: 3,
    scope: 'board',
    label: { ja: '地域課題のキャンバス', en: 'canvas', counter: '件' },
    theme: 'theme3',
    perParent: { key: 'boardId', max: LIMITS.canvasesPerBoard },
    describe: (r) => [r.title],
  },
  canvasNote: {
    type: 'canvasNote',
    schema: canvasNoteSchema,
    docKey: 'canvasNotes',
    table: 'canvasNotes',
    indexes: 'id, workshopId, boardId',
    dbSince: 4,
    fileSince: 3,
    scope: 'board',
    label: { ja: 'キャンバスの付箋', en: 'canvas note', counter: '枚' },
    theme: 'theme3',
    perParent: { key: 'canvasId', max: LIMITS.notesPerCanvas },
    // A reference's text is the referenced record's, not the user's words here.
    userText: (r) => (r.ref === null ? [r.text] : null),
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  canvasQa: {
    type: 'canvasQa',
    schema: canvasQaSchema,
    docKey: 'canvasQas',
    table: 'canvasQas',
    indexes: 'id, workshopId, boardId',
    dbSince: 4,
    fileSince: 3,
    scope: 'board',
    label: { ja: '質問と回答', en: 'question and answer', counter: '件' },
    theme: 'theme3',
    perParent: { key: 'canvasId', max: LIMITS.qasPerCanvas },
    userText: (r) => [r.question, r.answer],
    markedCopy: (r, mark) => ({ ...r, question: mark(r.question) }),
  },
  commentator: {
    type: 'commentator',
    schema: commentatorSchema,
    docKey: 'commentators',
    table: 'commentators',
    indexes: 'id, workshopId',
    dbSince: 5,
    fileSince: 7,
    // The workshop's as a whole, like the timetable: every exported file carries them.
    scope: 'timetable',
    label: { ja: '講評者', en: 'commentator', counter: '人' },
    theme: 'setup',
    userText: (r) => [r.name, r.affiliation],
    markedCopy: (r, mark) => ({ ...r, name: mark(r.name) }),
  },
  review: {
    type: 'review',
    schema: reviewSchema,
    docKey: 'reviews',
    table: 'reviews',
    indexes: 'id, workshopId, groupId',
    dbSince: 5,
    fileSince: 7,
    scope: 'groupBoard',
    label: { ja: '講評メモ', en: 'review memo', counter: '件' },
    theme: 'setup',
    userText: (r) => [r.text],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  cafeReaction: {
    type: 'cafeReaction',
    schema: cafeReactionSchema,
    docKey: 'cafeReactions',
    table: 'cafeReactions',
    indexes: 'id, workshopId, boardId',
    dbSince: 6,
    fileSince: 8,
    scope: 'board',
    label: {
      ja: 'ワールドカフェのコメント・いいね',
      en: 'World Café comment or like',
      counter: '件',
    },
    theme: 'cafe',
    perParent: { key: 'boardId', max: LIMITS.cafeReactionsPerBoard },
    // A 「いいね」 has no words of its own.
    userText: (r) => (r.kind === 'comment' ? [r.text, r.author] : null),
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  planEntry: {
    type: 'planEntry',
    schema: planEntrySchema,
    docKey: 'planEntries',
    table: 'planEntries',
    indexes: 'id, workshopId',
    dbSince: 7,
    fileSince: 9,
    // The workshop's as a whole, like the timetable (研修の企画 is the organisers' plan).
    scope: 'timetable',
    label: { ja: '研修の企画の記入欄', en: 'planning field', counter: '件' },
    theme: 'setup',
    userText: (r) => [r.text],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  participant: {
    type: 'participant',
    schema: participantSchema,
    docKey: 'participants',
    table: 'participants',
    indexes: 'id, workshopId',
    dbSince: 8,
    fileSince: 10,
    scope: 'roster',
    label: { ja: '参加者', en: 'participant', counter: '名' },
    theme: 'setup',
    describe: (r) => [r.name],
  },
  surveyItem: {
    type: 'surveyItem',
    schema: surveyItemSchema,
    docKey: 'surveyItems',
    table: 'surveyItems',
    indexes: 'id, workshopId',
    dbSince: 9,
    fileSince: 11,
    // The organisers' survey of the whole workshop, like the timetable.
    scope: 'timetable',
    label: { ja: 'アンケートの設問', en: 'survey item', counter: '問' },
    theme: 'setup',
    userText: (r) => [r.text],
    markedCopy: (r, mark) => ({ ...r, text: mark(r.text) }),
  },
  surveyAnswer: {
    type: 'surveyAnswer',
    schema: surveyAnswerSchema,
    docKey: 'surveyAnswers',
    table: 'surveyAnswers',
    indexes: 'id, workshopId',
    dbSince: 9,
    fileSince: 11,
    // Personal data (names, 立場, answers): like the 名簿, in the whole workshop's file only,
    // never in a table's file nor over the LAN.
    scope: 'roster',
    label: { ja: 'アンケートの回答', en: 'survey answer', counter: '件' },
    theme: 'setup',
    userText: (r) => [r.name, ...r.answers.map((a) => a.value)],
    markedCopy: (r, mark) => ({ ...r, name: mark(r.name) }),
  },
} as const satisfies { [T in RecordType]: RecordTypeSpec<T> }

/** Every record type, in registry order (the workshop first). */
export const RECORD_TYPE_LIST = Object.keys(RECORD_TYPES) as RecordType[]

/** The types a workshop holds besides itself (the doc's maps, the file's `records`). */
export type ChildRecordType = Exclude<RecordType, 'workshop'>
export const CHILD_RECORD_TYPES = RECORD_TYPE_LIST.filter(
  (type): type is ChildRecordType => type !== 'workshop',
)

/** The registry entry of a type, as the common shape (optional fields may be absent). */
export function recordSpec(type: RecordType): RecordTypeSpec {
  return RECORD_TYPES[type] as unknown as RecordTypeSpec
}

/** The doc's map keys (every child type's `docKey`). */
export type DocMapKey = DocKeyOf<ChildRecordType>

/** The doc map key of a child type. */
export function docKeyOf<T extends ChildRecordType>(type: T): DocKeyOf<T> {
  return RECORD_TYPES[type].docKey
}

/** The board a record lives on, or null (setup records). */
export function boardIdOf(record: AnyRecord): string | null {
  return RECORD_TYPES[record.type].scope === 'board' && 'boardId' in record ? record.boardId : null
}

/** A record's registry entry, typed for any record (the entries' functions take their own type). */
function specOf(record: AnyRecord): RecordTypeSpec {
  return recordSpec(record.type)
}

/** The user's words in a record (what a conflict must never drop); null for other types. */
export function userText(record: AnyRecord): string[] | null {
  return specOf(record).userText?.(record) ?? null
}

/** A copy of the record with its user text marked, or null for types without user text. */
export function markedCopy(record: AnyRecord, mark: (text: string) => string): AnyRecord | null {
  return specOf(record).markedCopy?.(record, mark) ?? null
}

/** What names a record without user text of its own (a group's name, a row's 項目, …). */
export function describeRecord(record: AnyRecord): string[] {
  return specOf(record).describe?.(record) ?? []
}
