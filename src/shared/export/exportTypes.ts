import type { SceneKey } from '../model/scenes'
import type { BriefPart, CanvasArea, NoteColor, NoteKind } from '../model/schemas'
import type { ThemeId } from '../model/themes'
import type { RefKind } from '../theme3/theme3Queries'
import type { SummaryPage } from '../plenary/summaryDeck'

/**
 * The export model: one workshop as an ordered list of slides per group and theme, plain data
 * only. The in-app plenary view, the PPTX deck and the PDF are all drawn from it, so they agree.
 * Renderers decide fonts and layout; the model decides what is on which slide (see paginate.ts).
 */

export interface ExportDeck {
  title: ExportTitle
  /** Per group (workshop order), per theme (テーマ1, 2, 3). */
  sections: ExportSection[]
  /** A cover per group in the deck (members, 司会・書記, what each theme holds); only when asked. */
  covers: ExportGroupCover[]
  /** Groups left out because none of the chosen themes holds anything (option `leaveOutEmpty`). */
  leftOut: LeftOutGroup[]
  /**
   * After the groups: the 総括 deck (目的の再確認, 本日の振り返り = the 共有用ボード, 実際の例), or
   * only the 共有用ボード's pages (options `summary`, `sharedBoard`). Absent or empty: none.
   */
  summary?: SummaryPage[]
  /** The 講評メモ of the groups in the deck that have one (a page after the group's slides). */
  reviews?: ExportReview[]
}

/** A group's 講評メモ in the exports: what the commentators said, and who they were. */
export interface ExportReview {
  key: string
  groupId: string
  groupName: string
  /** The memo's texts (normally one; a merge that kept both versions leaves two). */
  texts: string[]
  /** 「山田 太郎（講師）」… of those ticked as having commented. */
  commentators: string[]
}

export interface LeftOutGroup {
  groupId: string
  groupName: string
}

/** A member on a group's cover. */
export interface ExportMember {
  id: string
  name: string
  /** 「コーディネーター」「市町村担当者」「その他」 */
  position: string
  affiliation: string
  /** 「司会」「書記」「司会・書記」 or '' */
  role: string
}

/** A theme's line on a group's cover. */
export interface ExportCoverTheme {
  themeId: ThemeId
  themeLabel: string
  themeTitle: string
  /** Nothing filled in: the theme has no pages of its own (when empty themes are left out). */
  empty: boolean
}

/** The page before a group's slides: who sat at the table and what the group filled in. */
export interface ExportGroupCover {
  key: string
  groupId: string
  groupName: string
  members: ExportMember[]
  /** 司会's and 書記's names ('' when not chosen). */
  moderator: string
  scribe: string
  themes: ExportCoverTheme[]
}

/** The title slide. */
export interface ExportTitle {
  workshopTitle: string
  /** 「2024年11月19日（火）」, or '' when the date is not decided. */
  dateText: string
  venue: string
}

export interface ExportSection {
  /** `${groupId}:${themeId}` */
  key: string
  groupId: string
  groupName: string
  themeId: ThemeId
  /** 「テーマ 1」 (the card's label). */
  themeLabel: string
  /** The theme card's title on one line. */
  themeTitle: string
  /** At least one slide: an empty theme has one EmptySlide. */
  slides: ExportSlide[]
}

/** Position of a slide within its section: n of total (1-based). */
export interface SlideIndex {
  n: number
  total: number
}

interface SlideBase {
  /** Stable across exports of the same content: built from record ids and the page number. */
  key: string
  /** Short title; a slide that continues the previous one ends with 「（続き）」. */
  title: string
  /** Continues the content of the slide before it. */
  continued: boolean
  /** Holds one item taller than a slide: the renderer should shrink it (it is never cut). */
  overflow: boolean
  index: SlideIndex
}

/** A theme the group has not filled in: 「（記入なし）」. */
export interface EmptySlide extends SlideBase {
  kind: 'empty'
  message: string
}

export interface Theme1Slide extends SlideBase {
  kind: 'theme1'
  blocks: Theme1AreaBlock[]
}

export interface Theme2TopicSlide extends SlideBase {
  kind: 'theme2Topic'
  topicId: string
  blocks: Theme2Block[]
}

/** The priority grids of a topic (only when something is placed on them). */
export interface Theme2GridSlide extends SlideBase {
  kind: 'theme2Grid'
  topicId: string
  grids: PriorityGrid[]
}

export interface Theme3CanvasSlide extends SlideBase {
  kind: 'theme3Canvas'
  canvasId: string
  blocks: Theme3Block[]
}

export interface Theme3BriefSlide extends SlideBase {
  kind: 'theme3Brief'
  canvasId: string
  blocks: BriefBlock[]
}

/** A row of the 問1-問5 worksheet: its label (原因1, 対策2 …) and its cells. */
export interface WorksheetRow {
  key: string
  label: string
  cells: string[]
}

/** One part of the worksheet: 【問n】 and the question as the sheet words it. */
export interface WorksheetPart {
  key: string
  /** 「【問3】」 */
  number: string
  question: string
  /** Column headings of a two-cell part (対策の内容は？／誰に対する対策？), else empty. */
  columns: string[]
  rows: WorksheetRow[]
  /** More records than the sheet has rows (they are on the topic's pages). */
  more: number
}

/** The 問1-問5 worksheet of a topic, as the participants' paper sheet lays it out. */
export interface Theme2WorksheetSlide extends SlideBase {
  kind: 'theme2Worksheet'
  topicId: string
  parts: WorksheetPart[]
}

export type ExportSlide =
  | EmptySlide
  | Theme1Slide
  | Theme2TopicSlide
  | Theme2WorksheetSlide
  | Theme2GridSlide
  | Theme3CanvasSlide
  | Theme3BriefSlide

/** What every block has: a heading, shown with 「（続き）」 when `continued`. */
interface BlockBase {
  key: string
  heading: string
  /** Earlier items of this block are on a slide before. */
  continued: boolean
}

// ---- テーマ1 ----

export interface Theme1Note {
  id: string
  text: string
  kind: NoteKind
  /** 「見出し」 or 「手元用」 */
  kindLabel: string
  color: NoteColor
  tane: boolean
  /** 困っている人: 「住民」「患者」「家族」「その他」. */
  who: string[]
  /** Labels of the workshop's scenes the note belongs to; more than one marks a multi-scene note. */
  sceneLabels: string[]
  /**
   * An extra appearance of a multi-scene note outside its primary scene. It is shown without its
   * children (they are listed once, at the primary appearance; `childCount` says how many).
   */
  isSecondary: boolean
  /** For a secondary appearance: the label of the scene where the note is listed in full. */
  primarySceneLabel: string | null
  childCount: number
}

/** A 見出し (or a single note) with the notes gathered under it. */
export interface Theme1Cluster {
  /** The top-level note; null when this part continues a 見出し from the previous slide. */
  head: Theme1Note | null
  /** On a continued part: the 見出し's text, for context (not a note of this slide). */
  continuedHeading: string | null
  children: Theme1Note[]
}

export interface Theme1AreaBlock extends BlockBase {
  type: 'theme1Area'
  /** null: 未分類 (the tray). */
  scene: SceneKey | null
  /** Empty: the scene has no notes (the renderer shows 「（なし）」). */
  clusters: Theme1Cluster[]
}

// ---- テーマ2 ----

/** A labelled line such as 目指す姿 or the 地域課題 statement. */
export interface ExportField {
  key: string
  label: string
  text: string
}

export interface FieldsBlock extends BlockBase {
  type: 'fields'
  fields: ExportField[]
}

export interface ExportCause {
  id: string
  /** Number in the topic's cause list (1-based), also the marker on the grid. */
  n: number
  text: string
  votes: number
  /** ★主たる原因 */
  isMain: boolean
  /** A "why?" of another cause (depth ≥ 1). */
  isSub: boolean
  /** "Why?" levels below the top: 0 top, 1 a "why?", 2 a "why?" of a "why?", … */
  depth: number
  /** The text of the cause it is a "why?" of ('' at the top). */
  parentText: string
}

export interface CausesBlock extends BlockBase {
  type: 'causes'
  causes: ExportCause[]
}

export interface ExportMeasure {
  id: string
  n: number
  text: string
  /** 誰に対する対策 */
  target: string
  chosen: boolean
  /** The cause it addresses ('' when none). */
  causeText: string
}

export interface MeasuresBlock extends BlockBase {
  type: 'measures'
  measures: ExportMeasure[]
}

export interface ExportOutcome {
  id: string
  /** 期待値 */
  expectation: string
  /** 指標 */
  indicator: string
  /** The countermeasure it is expected from ('' when none). */
  measureText: string
}

export interface OutcomesBlock extends BlockBase {
  type: 'outcomes'
  outcomes: ExportOutcome[]
}

export type Theme2Block = FieldsBlock | CausesBlock | MeasuresBlock | OutcomesBlock

/** A point for the renderer to draw; x, y in [0, 1], (0, 0) bottom-left. */
export interface PriorityPoint {
  id: string
  x: number
  y: number
  /** The record's text. */
  label: string
  /** The number it has in the list on the topic's slide. */
  n: number
  /** The main cause (cause grid) or a chosen countermeasure (countermeasure grid). */
  isMain: boolean
}

export interface PriorityGrid {
  key: 'causes' | 'measures'
  heading: string
  xLabel: string
  yLabel: string
  points: PriorityPoint[]
}

// ---- テーマ3 ----

export interface ExportCanvasRef {
  kind: RefKind
  /** 「テーマ1 付箋」, 「テーマ2 主たる原因」 … */
  label: string
  /** The referenced record was deleted: its last text is shown, marked. */
  deleted: boolean
  /** The referenced record is not in the doc: the text is empty. */
  missing: boolean
}

export interface ExportCanvasNote {
  id: string
  /** The note's text, or the referenced record's text as it is now. */
  text: string
  /** Set for a 参照 (live reference to テーマ1/テーマ2 content). */
  ref: ExportCanvasRef | null
}

export interface CanvasAreaBlock extends BlockBase {
  type: 'canvasArea'
  area: CanvasArea
  hint: string
  notes: ExportCanvasNote[]
}

export interface ExportQa {
  id: string
  question: string
  answer: string
}

export interface QaBlock extends BlockBase {
  type: 'qa'
  qas: ExportQa[]
}

export type Theme3Block = FieldsBlock | CanvasAreaBlock | QaBlock

/** One part of the 伝達シート, split into lines (a Q and its A stay together). */
export interface BriefBlock extends BlockBase {
  type: 'briefPart'
  part: BriefPart
  lines: string[]
  /** The table edited this part. */
  edited: boolean
  /** Edited, and the canvas now generates something else. */
  differs: boolean
}

/** A slide before it is numbered within its section. */
export type SlideDraft = WithoutIndex<ExportSlide>
type WithoutIndex<S> = S extends ExportSlide ? Omit<S, 'index'> : never
