import { z } from 'zod/mini'
import { LIMITS } from './limits'
import { SCENE_KEYS } from './scenes'
import { THEME_IDS } from './themes'
import { SURVEY_PHASES, SURVEY_SCALES } from '../survey/surveyScales'
import { idSchema } from './ids'
import { cafePlanSchema, PLENARY_FORMATS } from './plenaryFormat'

/**
 * Runtime schemas: the single source of truth for TaneBoard's data. Types are inferred from them.
 *
 * Every record carries a stable id, timestamps, a revision and a tombstone (`deletedAt`), so that
 * records can be merged by id and revision across laptops and deletions can be undone and merged.
 */

const text = (max: number) => z.string().check(z.maxLength(max))
export { idSchema } from './ids'
/** ISO 8601 instant, e.g. 2025-02-07T05:00:00.000Z */
export const isoInstantSchema = z.string().check(z.maxLength(40))
/** Calendar date YYYY-MM-DD, or empty when not decided yet. */
export const dateSchema = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))])
/** Wall-clock time HH:MM (24h). */
export const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))

export const sceneKeySchema = z.enum(SCENE_KEYS)
export const themeIdSchema = z.enum(THEME_IDS)

/** The highest revision a record may carry. */
export const MAX_REV = 1_000_000_000

/** An editor id (see versionVector.ts): 8 to 32 lowercase hex digits, never a prototype name. */
export const EDITOR_ID_PATTERN = /^[0-9a-f]{8,32}$/

/** The most editor ids a record's `edits` may name (a workshop has a handful of laptops). */
export const MAX_EDITORS = 256

/** Changes per editor id (see versionVector.ts). Added in file format 4; absent before. */
export const editsSchema = z
  .record(
    z.string().check(z.regex(EDITOR_ID_PATTERN)),
    z.int().check(z.minimum(1), z.maximum(MAX_REV)),
  )
  .check(
    z.refine((edits) => Object.keys(edits).length <= MAX_EDITORS, { message: 'too many editors' }),
  )

const recordBase = {
  id: idSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  /**
   * Increases by one with every change of this record (used to merge copies). Capped far above
   * any real use (a billion edits), so a merge (at most both revs + 1) stays a safe integer.
   */
  rev: z.int().check(z.minimum(1), z.maximum(MAX_REV)),
  /**
   * How many of those changes each installation made (its version vector, see versionVector.ts),
   * so that a merge tells an update from a conflict. Absent on records written before file
   * format 4; their changes count as unattributed.
   */
  edits: z.optional(editsSchema),
  /**
   * Set on the copy a conflict kept next to the local version (「両方残す」): the board shows a
   * 「取り込み」 badge; the text stays as it came (file format 5; before, the text started with
   * 「（取り込み）」, see model/importedMark.ts).
   */
  importedCopy: z.optional(z.literal(true)),
  /**
   * On such a copy: the id of the record it was kept beside (the local version of the same
   * record), so the two texts can be merged into one (file format 6; older copies have none).
   */
  importedFrom: z.optional(idSchema),
  /** Set when the record is deleted; kept as a tombstone so that undo and merge work. */
  deletedAt: z.nullable(isoInstantSchema),
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
  scenes: z.array(sceneKeySchema).check(z.minLength(1), z.maxLength(SCENE_KEYS.length)),
  /** Start of the day's first timetable row. */
  dayStart: clockTimeSchema,
  /** True for the bundled サンプル研修会. */
  isSample: z.boolean(),
  /** The 全体共有's format (file format 9; absent: 'talks'). */
  plenaryFormat: z.optional(z.enum(PLENARY_FORMATS)),
  /** The ワールドカフェ set-up, once chosen (file format 9; kept when going back to 発表). */
  cafePlan: z.optional(cafePlanSchema),
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
  durationMin: z.int().check(z.minimum(0), z.maximum(24 * 60)),
  kind: timetableKindSchema,
  /** 項目 column of the report's timetables (e.g. 「Ⅰ.講義」「グループワーク」). */
  item: text(LIMITS.shortTextChars),
  /** 内容 column. */
  content: text(LIMITS.longTextChars),
  themeId: z.nullable(themeIdSchema),
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
  years: z.nullable(z.number().check(z.minimum(0), z.maximum(60))),
  /** 保有する専門職資格等 */
  qualifications: z.array(z.enum(QUALIFICATIONS)).check(z.maxLength(QUALIFICATIONS.length)),
})

export const groupSchema = z.strictObject({
  ...recordBase,
  type: z.literal('group'),
  workshopId: idSchema,
  name: text(LIMITS.shortTextChars),
  order: z.number(),
  members: z.array(memberSchema).check(z.maxLength(LIMITS.membersPerGroup)),
  /** 司会 (member id) */
  moderatorId: z.nullable(idSchema),
  /** 書記 (member id) */
  scribeId: z.nullable(idSchema),
})

/**
 * 参加者の区分: 受講者 sit at a table; 講師・アドバイザー, オブザーバー and 傍聴 sit at none
 * (report 図表-76 and the trials' 参加者).
 */
export const PARTICIPANT_KINDS = ['trainee', 'lecturer', 'observer', 'auditor'] as const

/**
 * 名簿: one person registered for the workshop, with the 申込時に確認する項目 of report 図表-76
 * (L7002-7042), 圏域・市町村 (試行②, L4928-4931) and the 区分. Lives outside the groups: who sits
 * at a table is the group's `members` (a member's id is the participant's id; the member is the
 * table's copy of the name, 立場, 所属, 期間 and 資格, never the 連絡先). Personal data: the
 * roster is organiser-only (never in a table's file unless chosen, never over the LAN).
 */
export const participantSchema = z.strictObject({
  ...recordBase,
  type: z.literal('participant'),
  workshopId: idSchema,
  /** Sort key in the roster. */
  order: z.number(),
  kind: z.enum(PARTICIPANT_KINDS),
  /** 氏名 */
  name: text(LIMITS.shortTextChars),
  /** 連絡先 (メール、電話): personal data. */
  contact: text(LIMITS.shortTextChars),
  /** 所属 (機関名) */
  affiliation: text(LIMITS.shortTextChars),
  /** 役職 */
  title: text(LIMITS.shortTextChars),
  /** 立場: コーディネーター / 市町村担当者 / その他 */
  position: z.enum(MEMBER_POSITIONS),
  /** 在宅医療・介護連携推進事業に携わってからの期間 (years); null when unknown */
  years: z.nullable(z.number().check(z.minimum(0), z.maximum(60))),
  /** 保有する専門職資格等 (the five of 図表-76) */
  qualifications: z.array(z.enum(QUALIFICATIONS)).check(z.maxLength(QUALIFICATIONS.length)),
  /** その他の資格 in the person's words (MSW, 行政職員, …). */
  otherQualification: text(LIMITS.shortTextChars),
  /** 圏域 (a センター's area, 試行②) */
  area: text(LIMITS.shortTextChars),
  /** 市町村 */
  municipality: text(LIMITS.shortTextChars),
  /** その他（知りたいこと・質問） */
  notes: text(LIMITS.longTextChars),
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
  scenes: z.array(sceneKeySchema).check(z.maxLength(SCENE_KEYS.length)),
  /** Who is troubled: 住民 / 患者 / 家族 / その他. */
  who: z.array(z.enum(TROUBLED_WHO)).check(z.maxLength(TROUBLED_WHO.length)),
  /** Marked as 地域課題のタネ. */
  tane: z.boolean(),
  /** Sort key within its area. */
  order: z.number(),
  /** The 見出し note this note is gathered under, if any. */
  parentId: z.nullable(idSchema),
  /** Free area key for boards other than テーマ1 (e.g. a テーマ3 canvas area); null on テーマ1. */
  area: z.nullable(text(64)),
})

/*
 * テーマ2 (digest §2.3, §3.1(4), §3.4): for each topic (テーマ) a cause-to-priority map.
 * topic 1─n cause (one level of "why?" sub-causes), topic 1─n measure (対策, attached to a cause),
 * topic 1─n outcome (期待値 and 指標). All of them live on the group's テーマ2 board.
 */

/**
 * A spot on a priority grid: x and y in [0, 1]. (0, 0) is the bottom-left corner (low on both
 * axes), (1, 1) the top-right one; x runs along the axis label `x`, y along `y`.
 */
export const gridPointSchema = z.strictObject({
  x: z.number().check(z.minimum(0), z.maximum(1)),
  y: z.number().check(z.minimum(0), z.maximum(1)),
})

/** Axis labels of a grid; null shows the default label (translated by the UI). */
export const gridAxesSchema = z.strictObject({
  x: z.nullable(text(LIMITS.labelChars)),
  y: z.nullable(text(LIMITS.labelChars)),
})

/** The four topics of 試行② (digest §2.8): 入退院支援 ×2, 看取り 自宅 / 自宅以外. */
export const THEME2_PRESETS = [
  'admission1',
  'admission2',
  'endOfLifeHome',
  'endOfLifeElsewhere',
] as const

export const topicSchema = z.strictObject({
  ...recordBase,
  type: z.literal('topic'),
  workshopId: idSchema,
  /** The group's テーマ2 board. */
  boardId: idSchema,
  order: z.number(),
  /**
   * The テーマ1 タネ note this topic was picked from (linked, not copied: its text and scenes are
   * shown live), or null for a typed topic.
   */
  sourceNoteId: z.nullable(idSchema),
  /** 問1 テーマ as the table words it; empty shows the linked タネ's text. */
  title: text(LIMITS.noteTextChars),
  /** A short tag such as 「入退院支援①」 or 「看取り（自宅）」; may be empty. */
  label: text(LIMITS.labelChars),
  /** Which 試行② preset topic this is, if any. */
  preset: z.nullable(z.enum(THEME2_PRESETS)),
  /** The scene of a typed or preset topic (a linked topic shows its タネ's scenes). */
  scene: z.nullable(sceneKeySchema),
  /** 問2 目指す姿. */
  goal: text(LIMITS.noteTextChars),
  /** The concrete worry: what exactly is the problem, for whom (step ①). */
  concern: text(LIMITS.noteTextChars),
  /** 問3 最も大きな原因 (主たる原因): a live cause of this topic, or null. */
  mainCauseId: z.nullable(idSchema),
  /** The one-line 地域課題 statement. */
  statement: text(LIMITS.noteTextChars),
  /** Cause grid; defaults 影響の大きさ (x) × 取り組みやすさ (y). */
  causeAxes: gridAxesSchema,
  /** Countermeasure grid; defaults 効果 (x) × 実現可能性 (y). */
  measureAxes: gridAxesSchema,
  /** Dots each voter may place across the topic's causes. */
  votesPerPerson: z.int().check(z.minimum(1), z.maximum(LIMITS.votesPerPersonMax)),
})

/** Who places a dot: a group member id or an anonymous seat id (not a key JS treats specially). */
export const voterIdSchema = idSchema.check(
  z.refine((id) => id !== '__proto__', { message: 'reserved id' }),
)

/** Dots on a cause by voter → count (≥ 1). */
export const votesSchema = z
  .record(voterIdSchema, z.int().check(z.minimum(1), z.maximum(LIMITS.votesPerPersonMax)))
  .check(
    z.refine((votes) => Object.keys(votes).length <= LIMITS.votersPerCause, {
      message: `at most ${LIMITS.votersPerCause} voters`,
    }),
  )

export const causeSchema = z.strictObject({
  ...recordBase,
  type: z.literal('cause'),
  workshopId: idSchema,
  boardId: idSchema,
  topicId: idSchema,
  /** The cause this one answers "why?" for (one level only: a sub-cause has no children). */
  parentId: z.nullable(idSchema),
  text: text(LIMITS.noteTextChars),
  /** Sort key among its siblings. */
  order: z.number(),
  /** Place on the topic's cause grid; null while not placed yet. */
  grid: z.nullable(gridPointSchema),
  votes: votesSchema,
})

export const measureSchema = z.strictObject({
  ...recordBase,
  type: z.literal('measure'),
  workshopId: idSchema,
  boardId: idSchema,
  topicId: idSchema,
  /** The cause it addresses (normally the main cause); null while not attached to one. */
  causeId: z.nullable(idSchema),
  /** 対策の内容 */
  text: text(LIMITS.noteTextChars),
  /** 誰に対する対策 (e.g. 家族 / ケアマネ、訪看). */
  target: text(LIMITS.shortTextChars),
  /** Place on the topic's 効果 × 実現可能性 grid; null while not placed yet. */
  grid: z.nullable(gridPointSchema),
  /** Chosen as an effective and realistic countermeasure (step ⑤). */
  chosen: z.boolean(),
  /** Sort key within the topic. */
  order: z.number(),
})

export const outcomeSchema = z.strictObject({
  ...recordBase,
  type: z.literal('outcome'),
  workshopId: idSchema,
  boardId: idSchema,
  topicId: idSchema,
  /** The countermeasure this outcome is expected from, if any. */
  measureId: z.nullable(idSchema),
  /** 期待値: 何がどうなることを期待しますか？ */
  expectation: text(LIMITS.noteTextChars),
  /** 指標: 何の指標で測る？ */
  indicator: text(LIMITS.noteTextChars),
  order: z.number(),
})

/*
 * テーマ3 (digest §2.4, §3.2, §3.5-3.6, §6.10): for each 地域課題 a canvas of how to tell the
 * municipality. canvas 1─n canvasNote (in one of the four areas of the 【ポイント】) and
 * canvas 1─n canvasQa (the questions a municipal officer will likely ask, and the answers).
 * All of them live on the group's テーマ3 board.
 */

/** The four areas of the canvas, in the order of the テーマ3 【ポイント】. */
export const CANVAS_AREAS = ['facts', 'thoughts', 'materials', 'share'] as const

/** What a canvas note may refer to (live, never copied): テーマ1 notes and テーマ2 records. */
export const CANVAS_REF_TYPES = ['note', 'topic', 'cause', 'measure', 'outcome'] as const

export const canvasRefSchema = z.strictObject({
  type: z.enum(CANVAS_REF_TYPES),
  id: idSchema,
})

/** The parts of the 伝達シート; each may be edited before printing. */
export const BRIEF_PARTS = [
  'title',
  'tane',
  'facts',
  'thoughts',
  'materials',
  'share',
  'qa',
] as const

/**
 * One edited part of the 伝達シート: the table's words, and a fingerprint of the text the canvas
 * generated when they were written (so the sheet can say when the canvas has changed since).
 */
export const briefPartEditSchema = z.strictObject({
  text: text(LIMITS.longTextChars),
  basedOn: z.string().check(z.maxLength(40)),
})

/** The 伝達シート's edited parts: null shows the part generated from the canvas (live). */
export const briefEditsSchema = z.strictObject(
  Object.fromEntries(BRIEF_PARTS.map((part) => [part, z.nullable(briefPartEditSchema)])) as {
    [K in (typeof BRIEF_PARTS)[number]]: z.ZodMiniNullable<typeof briefPartEditSchema>
  },
)

export const canvasSchema = z.strictObject({
  ...recordBase,
  type: z.literal('canvas'),
  workshopId: idSchema,
  /** The group's テーマ3 board. */
  boardId: idSchema,
  order: z.number(),
  /** The テーマ2 topic (地域課題) this canvas is about: linked, shown live; null for a new one. */
  sourceTopicId: z.nullable(idSchema),
  /** The 地域課題 as the table words it here; empty shows the linked topic's. */
  title: text(LIMITS.noteTextChars),
  /** The 伝達シート's edits. */
  brief: briefEditsSchema,
})

export const canvasNoteSchema = z.strictObject({
  ...recordBase,
  type: z.literal('canvasNote'),
  workshopId: idSchema,
  boardId: idSchema,
  canvasId: idSchema,
  area: z.enum(CANVAS_AREAS),
  /** The note's own text; empty for a reference (its text is read live from the record). */
  text: text(LIMITS.noteTextChars),
  color: z.enum(NOTE_COLORS),
  /** Sort key within its area. */
  order: z.number(),
  /** A live reference to テーマ1 or テーマ2 content, or null for a note typed here. */
  ref: z.nullable(canvasRefSchema),
})

/**
 * The questions of 稲城市 (資料3-6, L10543-10559) and the municipal officer's 「なぜそう考えるのか」
 * (L6339-6343) a question may start from.
 */
export const QA_PROMPTS = ['why', 'elsewhere', 'avoid', 'reason'] as const

export const canvasQaSchema = z.strictObject({
  ...recordBase,
  type: z.literal('canvasQa'),
  workshopId: idSchema,
  boardId: idSchema,
  canvasId: idSchema,
  order: z.number(),
  /** The guiding question this one started from, if any. */
  prompt: z.nullable(z.enum(QA_PROMPTS)),
  /** The question a municipal officer will likely ask. */
  question: text(LIMITS.noteTextChars),
  /** The coordinators' answer. */
  answer: text(LIMITS.noteTextChars),
})

/*
 * 講評 (report L7284-7292): the commentators of the workshop (講師・アドバイザー) and, per group,
 * the 講評メモ the facilitator types during or after the group's talk (file format 6).
 */

/** 講師 or アドバイザー: who comments on the talks (the report's 「講師」「アドバイザー等」). */
export const COMMENTATOR_ROLES = ['lecturer', 'advisor'] as const

export const commentatorSchema = z.strictObject({
  ...recordBase,
  type: z.literal('commentator'),
  workshopId: idSchema,
  /** 氏名 */
  name: text(LIMITS.shortTextChars),
  role: z.enum(COMMENTATOR_ROLES),
  /** 所属 (may be empty). */
  affiliation: text(LIMITS.shortTextChars),
  order: z.number(),
})

/** The 講評メモ of one group: one record per group, written at the console. */
export const reviewSchema = z.strictObject({
  ...recordBase,
  type: z.literal('review'),
  workshopId: idSchema,
  groupId: idSchema,
  /** What the commentators said, as typed. */
  text: text(LIMITS.longTextChars),
  /** Who commented (commentator ids, in the order chosen). */
  commentatorIds: z.array(idSchema).check(z.maxLength(LIMITS.commentatorsPerWorkshop)),
})

/*
 * ワールドカフェ (report L7290-7292; the annex's 「いいね」, L7513): visitors' comments and 「いいね」
 * on a host table's outputs. They live on the host table's board (so a visitor at table 5's
 * device writes into table 5's group document), name the output they are about, and never
 * change it: the table's own records stay as the table wrote them.
 */
export const CAFE_REACTION_KINDS = ['like', 'comment'] as const
/** What a reaction may be about: a テーマ1 note, a テーマ2 topic (地域課題) or a テーマ3 canvas. */
export const CAFE_TARGET_TYPES = ['note', 'topic', 'canvas'] as const

export const cafeTargetSchema = z.strictObject({
  type: z.enum(CAFE_TARGET_TYPES),
  id: idSchema,
})

export const cafeReactionSchema = z.strictObject({
  ...recordBase,
  type: z.literal('cafeReaction'),
  workshopId: idSchema,
  /** The host table's board the target lives on. */
  boardId: idSchema,
  kind: z.enum(CAFE_REACTION_KINDS),
  target: cafeTargetSchema,
  /** A comment's words; empty for a 「いいね」. */
  text: text(LIMITS.cafeCommentChars),
  /** Who wrote it, as the visitor typed it (name or table); may be empty. */
  author: text(LIMITS.shortTextChars),
})

/**
 * The 研修プログラム forms of the report's planning chapter (図表-71 確認・検討の観点, 図表-72
 * 目標設定, 図表-73 研修プログラムの企画, 図表-74 研修会の全体構成).
 */
export const PLAN_FORMS = ['checklist', 'goals', 'program', 'overview'] as const
export const planFormSchema = z.enum(PLAN_FORMS)

/** A field of a form: e.g. `goals.coordinator.long` (form, row, column; see planning/planFields). */
export const PLAN_FIELD_KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,23}(\.[A-Za-z0-9]{1,24}){0,3}$/

/**
 * One filled-in field of a planning form (file format 9): one record per field, so that two
 * laptops editing different fields of the same form merge without a conflict.
 */
export const planEntrySchema = z.strictObject({
  ...recordBase,
  type: z.literal('planEntry'),
  workshopId: idSchema,
  form: planFormSchema,
  key: z.string().check(z.maxLength(100), z.regex(PLAN_FIELD_KEY_PATTERN)),
  text: text(LIMITS.longTextChars),
})

/*
 * 事前・事後アンケート (issue 21; report L4133-4207, L7527-7545): the survey's items (the report's
 * Ⅰ 1-6 and Ⅱ 1-3 built in, editable, plus free-text items) and each respondent's answers before
 * and after, matched by name (shared/survey). File format 10.
 */
export const surveyItemSchema = z.strictObject({
  ...recordBase,
  type: z.literal('surveyItem'),
  workshopId: idSchema,
  /** fiveStep: Ⅰ (a-e), fourStep: Ⅱ (a-d), freeText: 自由記述 */
  scale: z.enum(SURVEY_SCALES),
  text: text(LIMITS.surveyItemChars),
  order: z.number(),
  /**
   * File format 13: the line of the planning form's 「3.研修終了時に想定する能力・効果等」 (図表-73,
   * planEntry `key` program.<row>.end) this item measures, its words as chosen (kept when the
   * plan is reworded, so the link is never silently moved). Absent or null: not linked.
   */
  goal: z.optional(
    z.nullable(
      z.strictObject({
        key: z.string().check(z.maxLength(100), z.regex(PLAN_FIELD_KEY_PATTERN)),
        line: text(LIMITS.longTextChars),
      }),
    ),
  ),
})

export const surveyAnswerValueSchema = z.strictObject({
  itemId: idSchema,
  /** The option letter on a rated item, the words on a free-text item. */
  value: text(LIMITS.noteTextChars),
})

export const surveyAnswerSchema = z.strictObject({
  ...recordBase,
  type: z.literal('surveyAnswer'),
  workshopId: idSchema,
  /** 受講前 (pre) or 受講後 (post). */
  phase: z.enum(SURVEY_PHASES),
  name: text(LIMITS.shortTextChars),
  position: z.enum(MEMBER_POSITIONS),
  affiliation: text(LIMITS.shortTextChars),
  answers: z.array(surveyAnswerValueSchema).check(z.maxLength(LIMITS.surveyItemsPerWorkshop)),
  /** On a post answer: the pre answer the organiser paired it with by hand (else matched by name). */
  pairedWith: z.nullable(idSchema),
})

export const anyRecordSchema = z.discriminatedUnion('type', [
  workshopSchema,
  timetableRowSchema,
  groupSchema,
  boardSchema,
  noteSchema,
  topicSchema,
  causeSchema,
  measureSchema,
  outcomeSchema,
  canvasSchema,
  canvasNoteSchema,
  canvasQaSchema,
  commentatorSchema,
  reviewSchema,
  cafeReactionSchema,
  planEntrySchema,
  participantSchema,
  surveyItemSchema,
  surveyAnswerSchema,
])

export type Workshop = z.infer<typeof workshopSchema>
export type WorkshopVariant = z.infer<typeof workshopVariantSchema>
export type { CafePlan, PlenaryFormat } from './plenaryFormat'
export type TimetableRow = z.infer<typeof timetableRowSchema>
export type TimetableKind = z.infer<typeof timetableKindSchema>
export type Member = z.infer<typeof memberSchema>
export type MemberPosition = (typeof MEMBER_POSITIONS)[number]
export type Qualification = (typeof QUALIFICATIONS)[number]
export type Group = z.infer<typeof groupSchema>
export type Participant = z.infer<typeof participantSchema>
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number]
export type Board = z.infer<typeof boardSchema>
export type Note = z.infer<typeof noteSchema>
export type NoteKind = (typeof NOTE_KINDS)[number]
export type NoteColor = (typeof NOTE_COLORS)[number]
export type TroubledWho = (typeof TROUBLED_WHO)[number]
export type GridPoint = z.infer<typeof gridPointSchema>
export type GridAxes = z.infer<typeof gridAxesSchema>
export type Theme2Preset = (typeof THEME2_PRESETS)[number]
export type Topic = z.infer<typeof topicSchema>
export type Votes = z.infer<typeof votesSchema>
export type Cause = z.infer<typeof causeSchema>
export type Measure = z.infer<typeof measureSchema>
export type Outcome = z.infer<typeof outcomeSchema>
export type CanvasArea = (typeof CANVAS_AREAS)[number]
export type CanvasRefType = (typeof CANVAS_REF_TYPES)[number]
export type CanvasRef = z.infer<typeof canvasRefSchema>
export type BriefPart = (typeof BRIEF_PARTS)[number]
export type BriefPartEdit = z.infer<typeof briefPartEditSchema>
export type BriefEdits = z.infer<typeof briefEditsSchema>
export type Canvas = z.infer<typeof canvasSchema>
export type CanvasNote = z.infer<typeof canvasNoteSchema>
export type QaPrompt = (typeof QA_PROMPTS)[number]
export type CanvasQa = z.infer<typeof canvasQaSchema>
export type CommentatorRole = (typeof COMMENTATOR_ROLES)[number]
export type Commentator = z.infer<typeof commentatorSchema>
export type Review = z.infer<typeof reviewSchema>
export type CafeReactionKind = (typeof CAFE_REACTION_KINDS)[number]
export type CafeTargetType = (typeof CAFE_TARGET_TYPES)[number]
export type CafeTarget = z.infer<typeof cafeTargetSchema>
export type CafeReaction = z.infer<typeof cafeReactionSchema>
export type PlanForm = (typeof PLAN_FORMS)[number]
export type PlanEntry = z.infer<typeof planEntrySchema>
export type SurveyItem = z.infer<typeof surveyItemSchema>
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>
export type AnyRecord = z.infer<typeof anyRecordSchema>
export type RecordType = AnyRecord['type']
