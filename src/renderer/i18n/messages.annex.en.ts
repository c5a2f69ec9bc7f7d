import type { annexJa } from './messages.annex'

export const annexEn: typeof annexJa = {
  annexOpen: 'Mindset',
  annexOpenHint: 'Facilitation points: Table 1 mindset and closing words (F1)',
  annexTitle: 'Facilitation points',
  annexMindsetLead:
    'More than technique, the facilitator’s state of mind shapes the room (Japanese text as in the report).',
  annexSource: (title: string, author: string) => `Source: Chapter 5 annex 「${title}」 ${author}`,
  annexKeys: 'F1 opens and closes · Esc closes',
  questionSource: (section: string) => `Source: ${section}`,
  runSheetOpen: 'Run sheet',
  dayPlanProject: 'Project the day',
  dayPlanProjectHint:
    'Projects the whole timetable, large (to explain the flow at the orientation)',
  runSheetOpenHint: 'Run sheet (A4, for printing): each row’s times, points and questions',
  runSheetTitle: 'Run sheet (進行表)',
  runSheetLead:
    'Every timetable row with its times, the theme card’s points and the facilitator’s questions, so that another lecturer can run the day from this sheet.',
  runSheetPrint: 'Print / save as PDF',
  runSheetPrintHint: 'Prints on A4 portrait (or saves a PDF)',
  runSheetPrintFailed: 'The run sheet could not be printed. Please try again.',
  runSheetBack: 'Facilitation console',
  runSheetTime: 'Time',
  runSheetItem: 'Item',
  runSheetGuide: 'Points and questions',
  runSheetQuestions: 'Questions',
  runSheetMinutes: (minutes: number) => `${minutes} min`,
  runSheetDay: (start: string, end: string, minutes: number) =>
    `${start}–${end} (${Math.floor(minutes / 60)} h${minutes % 60 > 0 ? ` ${minutes % 60} min` : ''})`,
  bannerLabel: 'Time',
  bannerNow: 'Now',
  bannerLeft: (minutes: number) => `${minutes} min left`,
  bannerOver: (minutes: number) => `${minutes} min over`,
  bannerNext: 'Next',
  bannerPaused: 'Paused',
  bannerBefore: 'Not started',
  bannerAfter: 'The day’s programme is over',
  bannerFollowing: 'the facilitator’s timer',
  bannerClock: 'the timetable’s times',
  stepDone: 'done',
  stepStarted: 'begun',
  stepProgressLabel: (mark: string, state: string) => `${mark} ${state}`,
}
