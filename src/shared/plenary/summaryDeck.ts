import type { WorkshopDoc } from '../model/workshopDoc'
import { THEME_IDS, type ThemeId } from '../model/themes'
import { cardFor, cardTitleLine } from '../templates/themeCards'
import { sharedBoardPages, type SharedBoardPage } from './sharedBoardPages'
import type { SharedBoard } from './sharedBoardRows'
import {
  EXAMPLE_DIALOGUE,
  EXAMPLE_FIGURE_TITLE,
  EXAMPLE_HEADING,
  EXAMPLE_OUTCOME,
  EXAMPLE_SOURCE,
  EXAMPLE_SPEAKERS,
  EXAMPLE_TAKEAWAY,
  GROUP_WORK_PURPOSE,
  SUMMARY_EXAMPLE_TITLE,
  SUMMARY_PURPOSE_TITLE,
  SUMMARY_REVIEW_TITLE,
  THEME_PURPOSES,
  type ExampleSpeaker,
} from './summaryTexts'

/**
 * The 総括 deck (issue 19 p5): 目的の再確認 (the group work's purpose and each theme's, in the
 * report's words and the workshop's theme cards), 本日の振り返り (the 共有用ボード, a page per few
 * groups) and 実際の例 (稲城市's dialogue, 図表-66, then what the 協議会 concluded). Pure: the
 * projector, the PDF and the PPTX draw the same pages.
 */

export interface SummaryThemePurpose {
  themeId: ThemeId
  /** 「テーマ 1」 */
  label: string
  /** The card's title on one line. */
  title: string
  /** The card's aim: the first sentence of its first 【ポイント】 (e.g. 「個別課題から地域課題を考える。」). */
  aim: string
}

interface SummaryPageBase {
  key: string
  /** 「目的の再確認」「本日の振り返り」「実際の例」 */
  title: string
  /** The page's place in the deck (1-based) and the deck's length. */
  n: number
  total: number
}

export interface SummaryPurposePage extends SummaryPageBase {
  kind: 'purpose'
  /** The group work's purpose (L7380-7382). */
  purpose: string
  themes: SummaryThemePurpose[]
  /** What テーマ1・2 and テーマ3 are for (L7437-7439). */
  themePurposes: string[]
}

export interface SummaryBoardPage extends SummaryPageBase {
  kind: 'board'
  board: SharedBoardPage
}

export interface SummaryDialoguePage extends SummaryPageBase {
  kind: 'dialogue'
  /** 図表-66's title and the slide's heading. */
  figure: string
  heading: string
  turns: { speaker: ExampleSpeaker; speakerLabel: string; text: string }[]
  source: string
}

export interface SummaryOutcomePage extends SummaryPageBase {
  kind: 'outcome'
  heading: string
  outcome: string
  takeaway: string
  source: string
}

export type SummaryPage =
  SummaryPurposePage | SummaryBoardPage | SummaryDialoguePage | SummaryOutcomePage

type Draft = SummaryPage extends infer P
  ? P extends SummaryPage
    ? Omit<P, 'n' | 'total'>
    : never
  : never

/** The first sentence of a paragraph, its 「。」 included. */
function firstSentence(text: string): string {
  const end = text.indexOf('。')
  return end < 0 ? text : text.slice(0, end + 1)
}

export function themePurposes(doc: WorkshopDoc): SummaryThemePurpose[] {
  return THEME_IDS.map((themeId) => {
    const card = cardFor(doc.workshop.variant, themeId)
    return {
      themeId,
      label: card.label,
      title: cardTitleLine(card),
      aim: firstSentence(card.points[0] ?? ''),
    }
  })
}

export interface SummaryDeckOptions {
  /** Groups per 本日の振り返り page (default: the board's layout's). */
  rowsPerPage?: number
}

/** The 総括 deck of a workshop, with the 共有用ボード as it is now. */
export function buildSummaryDeck(
  doc: WorkshopDoc,
  board: SharedBoard,
  options: SummaryDeckOptions = {},
): SummaryPage[] {
  const boardPages = sharedBoardPages(board, options.rowsPerPage)
  const drafts: Draft[] = [
    {
      kind: 'purpose',
      key: 'summary:purpose',
      title: SUMMARY_PURPOSE_TITLE,
      purpose: GROUP_WORK_PURPOSE,
      themes: themePurposes(doc),
      themePurposes: [THEME_PURPOSES.theme12, THEME_PURPOSES.theme3],
    },
    ...boardPages.map((page): Draft => ({
      kind: 'board',
      key: `summary:${page.key}`,
      title:
        page.total > 1
          ? `${SUMMARY_REVIEW_TITLE}（共有用ボード ${String(page.n)}/${String(page.total)}）`
          : `${SUMMARY_REVIEW_TITLE}（共有用ボード）`,
      board: page,
    })),
    {
      kind: 'dialogue',
      key: 'summary:dialogue',
      title: `${SUMMARY_EXAMPLE_TITLE}（稲城市）`,
      figure: EXAMPLE_FIGURE_TITLE,
      heading: EXAMPLE_HEADING,
      turns: EXAMPLE_DIALOGUE.map((t) => ({ ...t, speakerLabel: EXAMPLE_SPEAKERS[t.speaker] })),
      source: EXAMPLE_SOURCE,
    },
    {
      kind: 'outcome',
      key: 'summary:outcome',
      title: `${SUMMARY_EXAMPLE_TITLE}（稲城市）`,
      heading: EXAMPLE_HEADING,
      outcome: EXAMPLE_OUTCOME,
      takeaway: EXAMPLE_TAKEAWAY,
      source: EXAMPLE_SOURCE,
    },
  ]
  return drafts.map((d, i) => ({ ...d, n: i + 1, total: drafts.length }))
}

/** Only the 共有用ボード's pages, as summary pages (for an export without the rest of the 総括). */
export function sharedBoardSummaryPages(board: SharedBoard, rowsPerPage?: number): SummaryPage[] {
  const pages = sharedBoardPages(board, rowsPerPage)
  return pages.map((page) => ({
    kind: 'board',
    key: page.key,
    title: page.total > 1 ? `共有用ボード ${String(page.n)}/${String(page.total)}` : '共有用ボード',
    board: page,
    n: page.n,
    total: page.total,
  }))
}
