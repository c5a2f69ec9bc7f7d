import type { summaryJa } from './messages.summary'

/** English. */
export const summaryEn: { [K in keyof typeof summaryJa]: Widen<(typeof summaryJa)[K]> } = {
  sharedBoardProject: 'Project the shared board',
  sharedBoardProjectHint:
    'Every group’s local issue, main cause and chosen countermeasures on one screen (follows the tables’ work)',
  summaryProject: 'Project the wrap-up',
  summaryProjectHint:
    'The purpose again, today in review (the shared board) and a real example (Inagi)',
  summaryHeading: 'Wrap-up',
  summaryLead:
    'In the wrap-up, restate the purpose, look back on what was discussed today and show a real example, so that what was learnt stays.',
  summaryPages: 'Wrap-up slides',
  plenaryDecksHeading: 'Sharing and wrap-up',
  summaryProjectorPages: 'Pages',
  summaryPageOf: (n: number, total: number) => `${n} / ${total}`,
  summaryPrev: 'Previous',
  summaryNext: 'Next',
  summaryKeysHelp: '← / → or 1–9: pages   F: full screen   + / −: text size',
  summaryToolbar: 'Projector controls',
  summaryMissing: 'This workshop could not be found.',
  exportExtrasLegend: 'Sharing and wrap-up',
  exportSharedBoard: 'Shared board (all groups)',
  exportSummary: 'Wrap-up (purpose, today in review, a real example)',
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
