import type { BriefPart } from '../../shared/model/schemas'
import type { briefJa } from './messages.brief'

const HINTS_EN: Record<BriefPart, string> = {
  title: 'The regional issue in one line',
  tane: 'The seed (Theme 1), the goal and the main cause (Theme 2)',
  facts: 'What happens: when, how often, to whom',
  thoughts: 'What the facts suggest: hypotheses, assessment, views',
  materials: 'Data and documents to bring',
  share: 'To whom, in which meeting or report, when, in what form',
  qa: 'Questions from the municipal officer, with the answers (Q. … / A. …)',
}

/** English strings of the 伝達シート and the テーマ3 projector view, spread into messages.en.ts. */
export const briefEn: { readonly [K in keyof typeof briefJa]: Widen<(typeof briefJa)[K]> } = {
  briefTitle: 'Brief for the municipality',
  briefPage: (group) => `Brief of ${group}`,
  briefBackToCanvas: 'Theme 3 canvas',
  briefCanvasPicker: 'Choose the regional issue',
  briefUntitled: '(issue not written yet)',
  briefPrint: 'Print / save as PDF',
  briefPrintHint: 'Prints this brief on one A4 page (it can also be saved as PDF)',
  briefPrintFailed: 'Could not print. Your text is saved. Please try again.',
  briefProject: 'Project',
  briefResetAll: 'Take everything from the canvas again',
  briefResetAllHint: 'Puts every edited part back to the text generated from the canvas (undoable)',
  briefIntro:
    'Every part is generated from the Theme 3 canvas. Edit it into the one page you hand to the municipality. An edited part says "Edited" and no longer follows the canvas.',
  briefKeysHint: 'Enter saves, Shift+Enter breaks the line (leaving the field also saves)',
  briefSheetTitle: 'Brief for the municipality',
  briefSheetSubtitle: 'What happens in the field and the regional issue, for the municipality',
  briefDate: 'Date',
  briefVenue: 'Venue',
  briefGroup: 'Group',
  briefWorkshop: 'Workshop',
  briefEdited: 'Edited',
  briefFollows: 'Follows the canvas',
  briefRevert: 'Take from the canvas again',
  briefRevertHint: (part) => `Puts "${part}" back to the text generated from the canvas (undoable)`,
  briefCanvasChanged: 'The canvas has changed',
  briefCanvasChangedHint:
    'The canvas changed after this part was edited. "Take from the canvas again" shows the latest text.',
  briefCanvasNow: 'Show what the canvas says now',
  briefCanvasNowEmpty: '(this part of the canvas is empty)',
  briefHint: (part) => HINTS_EN[part],
  briefNoCanvasTitle: 'No regional issue canvas yet',
  briefNoCanvasHint:
    'The brief is generated from a Theme 3 canvas. Choose a regional issue on Theme 3 and write its facts first.',
  briefOpenCanvas: 'Open the Theme 3 canvas',

  t3pjTheme3: 'Theme 3',
  t3pjLoading: 'Loading…',
  t3pjMissing: 'This workshop or group could not be found.',
  t3pjNoCanvas: 'No regional issue canvas yet',
  t3pjCanvasOf: (n, total) => `Issue ${n} / ${total}`,
  t3pjCanvases: 'Regional issues',
  t3pjIssue: 'Regional issue',
  t3pjEmptyArea: '(nothing yet)',
  t3pjDeleted: 'deleted',
  t3pjViews: 'Views',
  t3pjViewCanvas: 'Canvas',
  t3pjViewQa: 'Q & A',
  t3pjViewBrief: 'Brief',
  t3pjQaTitle: 'Questions from the municipal officer, and answers',
  t3pjQuestion: 'Q',
  t3pjAnswer: 'A',
  t3pjNoAnswer: '(no answer yet)',
  t3pjNoQa: 'No questions yet',
  t3pjKeysHelp:
    '← / → or 1–9: issue   C: canvas   Q: Q & A   B: brief   F: full screen   + / −: text size',
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
