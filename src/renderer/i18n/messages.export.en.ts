import type { exportJa } from './messages.export'

/** English. */
export const exportEn: { [K in keyof typeof exportJa]: Widen<(typeof exportJa)[K]> } = {
  exportOpen: 'Export',
  exportOpenHint: 'Save the group work as PDF, slides or a list of notes (CSV)',
  handoverOpen: 'Hand-over',
  handoverOpenHint:
    'Hand-over to the municipalities: one PDF each with its participants and groups, the briefs and the evaluation',
  exportBack: 'Back to setup',
  exportHeading: 'Export',
  exportIntro:
    'Save the group work to files to send to the participants. Saving does not change the workshop.',
  exportGroupsLegend: 'Groups',
  exportGroupsAll: 'All groups',
  exportGroupsSome: 'Choose groups',
  exportThemesLegend: 'Themes',
  exportTheme1: 'Theme 1',
  exportTheme2: 'Theme 2',
  exportTheme3: 'Theme 3',
  exportPageLegend: 'PDF paper (landscape)',
  exportPageA4: 'A4 landscape',
  exportPageA3: 'A3 landscape',
  exportPdf: 'Save as PDF',
  exportPdfHint: 'Saves the preview as a PDF (in a browser, the print dialog opens)',
  exportPptx: 'Slides (PPTX)',
  exportPptxHint: 'Saves the plenary slides as a PowerPoint file',
  exportCsv: 'List of notes (CSV)',
  exportCsvHint: 'Saves every note and entry as a list (CSV) that Excel opens',
  exportNothing: 'Choose at least one group and one theme.',
  exportNoGroups: 'There are no groups yet. Add groups in the setup.',
  exportBusy: 'Saving…',
  exportPreviewHeading: (pages: number) => `Preview (${String(pages)} pages)`,
  exportSaved: (location: string) => `Saved: ${location}`,
  exportFailed:
    'The file could not be saved. The workshop has not changed. Choose another place and try again.',
  exportPdfName: 'グループワーク成果',
  exportPptxName: '全体共有スライド',
  exportCsvName: '付箋一覧',
  exportLeftOut: (count: number, names: string) =>
    `Groups with nothing written (${String(count)}) are left out of the PDF, slides and CSV: ${names}. None of the chosen themes holds a note or entry (the workshop file still includes them).`,
  exportLeftOutThemes:
    'In the other groups, a theme with nothing written has no pages; the group’s first page (members) marks it 「記入なし」.',
  exportIncludeEmpty: 'Include groups and themes with nothing written (「（記入なし）」 pages)',
  exportAllEmpty:
    'No group has written anything in the chosen themes. To export them anyway, choose “Include groups and themes with nothing written”.',
  groupFileButton: 'Save this group’s file',
  groupFileHint: (group: string) =>
    `Saves everything of ${group} (themes 1–3) as a workshop file (.taneboard), the same file as Export → Workshop file with only ${group} chosen. TaneBoard on another laptop can import it`,
  groupFileSaved: (group: string, location: string) => `Saved ${group}’s file: ${location}`,
}

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string
