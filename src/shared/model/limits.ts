/** Limits that keep the app responsive and make validation messages precise. */
export const LIMITS = {
  titleChars: 200,
  shortTextChars: 200,
  noteTextChars: 2000,
  longTextChars: 4000,
  membersPerGroup: 20,
  groupsPerWorkshop: 40,
  /** 名簿: people of one workshop (tombstones included), and the rows one import may bring. */
  participantsPerWorkshop: 2000,
  importRows: 1000,
  timetableRows: 60,
  notesPerWorkshop: 20000,
  /** テーマ2: topics (テーマ) on one group's board. */
  topicsPerBoard: 12,
  /** テーマ2: causes of one topic, "why?" sub-causes included. */
  causesPerTopic: 40,
  /** テーマ2: countermeasures of one topic. */
  measuresPerTopic: 40,
  /** テーマ2: 期待値 / 指標 pairs of one topic. */
  outcomesPerTopic: 12,
  /** テーマ2: the most dots one person may hold for a topic (the default is 3). */
  votesPerPersonMax: 10,
  /** テーマ2: distinct voters on one cause (members and anonymous seats). */
  votersPerCause: 60,
  /** テーマ2: a grid axis label or a preset topic's label. */
  labelChars: 40,
  /** テーマ2 records (topics, causes, measures, outcomes, tombstones included) in one workshop. */
  theme2RecordsPerWorkshop: 20000,
  /** テーマ3: canvases (地域課題) on one group's board. */
  canvasesPerBoard: 12,
  /** テーマ3: notes of one canvas, all four areas together. */
  notesPerCanvas: 200,
  /** テーマ3: question-and-answer pairs of one canvas. */
  qasPerCanvas: 30,
  /** テーマ3 records (canvases, their notes and Q&A, tombstones included) in one workshop. */
  theme3RecordsPerWorkshop: 20000,
  /** 講評: commentators (講師・アドバイザー) of one workshop. */
  commentatorsPerWorkshop: 20,
  /** ワールドカフェ: a visitor's comment on a host table's output. */
  cafeCommentChars: 400,
  /** ワールドカフェ: visitors' comments and 「いいね」 on one board of a host table. */
  cafeReactionsPerBoard: 2000,
  /** ワールドカフェ records (comments and 「いいね」, tombstones included) in one workshop. */
  cafeRecordsPerWorkshop: 10000,
  /** 研修の企画: filled-in fields of the planning forms (tombstones included) in one workshop. */
  planRecordsPerWorkshop: 2000,
  /** 事前・事後アンケート: the words of one item. */
  surveyItemChars: 400,
  /** 事前・事後アンケート: live items of one workshop. */
  surveyItemsPerWorkshop: 60,
  /** 事前・事後アンケート: live answer sheets (pre and post together) of one workshop. */
  surveyAnswersPerWorkshop: 1000,
  /** 事前・事後アンケート records (items and answers, tombstones included) in one workshop. */
  surveyRecordsPerWorkshop: 5000,
  /** ワールドカフェ rounds (a no-repeat rotation has at most tables − 1). */
  cafeRounds: 39,
  /** Minutes of one ワールドカフェ round. */
  cafeRoundMinutes: 120,
  /** A whole-workshop snapshot file; larger files are refused before parsing. */
  snapshotBytes: 20 * 1024 * 1024,
} as const

/**
 * The most records (tombstones included) one workshop may hold: the workshop file refuses more,
 * so a bigger doc could not be restored. Room for notes, テーマ2 records and the rest.
 */
export const MAX_WORKSHOP_RECORDS =
  LIMITS.notesPerWorkshop +
  LIMITS.theme2RecordsPerWorkshop +
  LIMITS.theme3RecordsPerWorkshop +
  LIMITS.cafeRecordsPerWorkshop +
  LIMITS.planRecordsPerWorkshop +
  LIMITS.participantsPerWorkshop +
  LIMITS.surveyRecordsPerWorkshop +
  1000

/** The most records a file of format 10 could hold (before the 事前・事後アンケート). */
export const MAX_WORKSHOP_RECORDS_BEFORE_SURVEY =
  MAX_WORKSHOP_RECORDS - LIMITS.surveyRecordsPerWorkshop

/** The most records a file of format 9 could hold (before the 名簿). */
export const MAX_WORKSHOP_RECORDS_BEFORE_ROSTER =
  MAX_WORKSHOP_RECORDS_BEFORE_SURVEY - LIMITS.participantsPerWorkshop

/** The most records a file of format 8 could hold (before the 研修の企画 fields). */
export const MAX_WORKSHOP_RECORDS_BEFORE_PLAN =
  MAX_WORKSHOP_RECORDS_BEFORE_ROSTER - LIMITS.planRecordsPerWorkshop

/** The most records a file of format 3 to 7 could hold (before the ワールドカフェ records). */
export const MAX_WORKSHOP_RECORDS_BEFORE_CAFE =
  MAX_WORKSHOP_RECORDS_BEFORE_PLAN - LIMITS.cafeRecordsPerWorkshop
