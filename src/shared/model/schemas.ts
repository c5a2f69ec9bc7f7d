import { z } from 'zod'
import { LIMITS } from './limits'
import { SCENE_KEYS } from './scenes'
import { THEME_IDS } from './themes'

/**
 * Runtime schemas: the single source of truth for TaneBoard's data. Types are inferred from them.
 *
 * Every record carries a stable id, timestamps, a revision and a tombstone (`deletedAt`), so that
 * records can be merged by id and revision across laptops and deletions can be undone and merged.
 */

const text = (max: number) => z.string().max(max)
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
/** ISO 8601 instant, e.g. 2025-02-07T05:00:00.000Z */
export const isoInstantSchema = z.string().max(40)
/** Calendar date YYYY-MM-DD, or empty when not decided yet. */
export const dateSchema = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
/** Wall-clock time HH:MM (24h). */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const sceneKeySchema = z.enum(SCENE_KEYS)
export const themeIdSchema = z.enum(THEME_IDS)

const recordBase = {
  id: idSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  /** Increases by one with every change of this record (used to merge copies). */
  rev: z.number().int().min(1),
  /** Set when the record is deleted; kept as a tombstone so that undo and merge work. */
  deletedAt: isoInstantSchema.nullable(),
}

export const WORKSHOP_VARIANTS = ['fullDay', 'halfDay', 'custom'] as const
export const workshopVariantSchema = z.enum(WORKSHOP_VARIANTS)

export const workshopSchema = z.strictObject({
  ...recordBase,
  type: z.literal('workshop'),
  title: text(LIMITS.titleChars),
  date: dateSchema,
  venue: text(LIMITS.shortTextChars),
  variant: workshopVariantSchema,
  /** Scenes used on the テーマ1 board, in display order (試行② narrows to 入退院支援 and 看取り). */
  scenes: z.array(sceneKeySchema).min(1).max(SCENE_KEYS.length),
  /** Start of the day's first timetable row. */
  dayStart: clockTimeSchema,
  /** True for the bundled サンプル研修会. */
  isSample: z.boolean(),
})

export const TIMETABLE_KINDS = [
  'doorsOpen',
  'opening',
  'review',
  'lecture',
  'case',
  'break',
  'orientation',
  'theme',
  'plenary',
  'summary',
  'closing',
  'other',
] as const
export const timetableKindSchema = z.enum(TIMETABLE_KINDS)

export const timetableRowSchema = z.strictObject({
  ...recordBase,
  type: z.literal('timetableRow'),
  workshopId: idSchema,
  /** Sort key; rows are contiguous, so start times follow from dayStart and durations. */
  order: z.number(),
  /** Derived from dayStart and the durations of the rows before it; kept for readers of the file. */
  start: clockTimeSchema,
  durationMin: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  kind: timetableKindSchema,
  /** 項目 column of the report's timetables (e.g. 「Ⅰ.講義」「グループワーク」). */
  item: text(LIMITS.shortTextChars),
  /** 内容 column. */
  content: text(LIMITS.longTextChars),
  themeId: themeIdSchema.nullable(),
})

export const MEMBER_POSITIONS = ['coordinator', 'municipal', 'other'] as const
export const QUALIFICATIONS = [
  '保健師',
  '看護師',
  '社会福祉士',
  '介護支援専門員',
  'その他',
] as const

export const memberSchema = z.strictObject({
  id: idSchema,
  /** 氏名 */
  name: text(LIMITS.shortTextChars),
  /** 立場: コーディネーター / 市町村担当者 / その他 (report 図表-76) */
  position: z.enum(MEMBER_POSITIONS),
  /** 所属 */
  affiliation: text(LIMITS.shortTextChars),
  /** 在宅医療・介護連携推進事業に携わってからの期間 (years); null when unknown */
  years: z.number().min(0).max(60).nullable(),
  /** 保有する専門職資格等 */
  qualifications: z.array(z.enum(QUALIFICATIONS)).max(QUALIFICATIONS.length),
})

export const groupSchema = z.strictObject({
  ...recordBase,
  type: z.literal('group'),
  workshopId: idSchema,
  name: text(LIMITS.shortTextChars),
  order: z.number(),
  members: z.array(memberSchema).max(LIMITS.membersPerGroup),
  /** 司会 (member id) */
  moderatorId: idSchema.nullable(),
  /** 書記 (member id) */
  scribeId: idSchema.nullable(),
})

export const boardSchema = z.strictObject({
  ...recordBase,
  type: z.literal('board'),
  workshopId: idSchema,
  groupId: idSchema,
  themeId: themeIdSchema,
})

export const NOTE_KINDS = ['hand', 'heading'] as const
export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const
export const TROUBLED_WHO = ['resident', 'patient', 'family', 'other'] as const

export const noteSchema = z.strictObject({
  ...recordBase,
  type: z.literal('note'),
  workshopId: idSchema,
  boardId: idSchema,
  text: text(LIMITS.noteTextChars),
  /** 手元用 (hand) or 見出し用 (heading): the two post-it kinds of the report (図表-80). */
  kind: z.enum(NOTE_KINDS),
  color: z.enum(NOTE_COLORS),
  /** Scenes this note belongs to; empty means the tray (not yet sorted). */
  scenes: z.array(sceneKeySchema).max(SCENE_KEYS.length),
  /** Who is troubled: 住民 / 患者 / 家族 / その他. */
  who: z.array(z.enum(TROUBLED_WHO)).max(TROUBLED_WHO.length),
  /** Marked as 地域課題のタネ. */
  tane: z.boolean(),
  /** Sort key within its area. */
  order: z.number(),
  /** The 見出し note this note is gathered under, if any. */
  parentId: idSchema.nullable(),
  /** Free area key for boards other than テーマ1 (e.g. a テーマ3 canvas area); null on テーマ1. */
  area: text(64).nullable(),
})

export const anyRecordSchema = z.discriminatedUnion('type', [
  workshopSchema,
  timetableRowSchema,
  groupSchema,
  boardSchema,
  noteSchema,
])

export type Workshop = z.infer<typeof workshopSchema>
export type WorkshopVariant = z.infer<typeof workshopVariantSchema>
export type TimetableRow = z.infer<typeof timetableRowSchema>
export type TimetableKind = z.infer<typeof timetableKindSchema>
export type Member = z.infer<typeof memberSchema>
export type MemberPosition = (typeof MEMBER_POSITIONS)[number]
export type Qualification = (typeof QUALIFICATIONS)[number]
export type Group = z.infer<typeof groupSchema>
export type Board = z.infer<typeof boardSchema>
export type Note = z.infer<typeof noteSchema>
export type NoteKind = (typeof NOTE_KINDS)[number]
export type NoteColor = (typeof NOTE_COLORS)[number]
export type TroubledWho = (typeof TROUBLED_WHO)[number]
export type AnyRecord = z.infer<typeof anyRecordSchema>
export type RecordType = AnyRecord['type']
