import type { SurveyReportMessages } from './messages.surveyReport'

export const surveyReportEn: SurveyReportMessages = {
  surveyPdf: 'Save as PDF / print',
  surveyPdfHint:
    'A4 portrait: per item the up / stay / down table and chart (overall and by role), the report’s reading, the free text',
  surveyPdfFailed: 'Could not print. Please try again.',
  surveyPdfName: 'Survey results',
  surveyPptx: 'Slides (PPTX)',
  surveyPptxHint: 'The charts are native PowerPoint charts you can edit (one slide per item).',
  surveyPptxName: 'Survey results',
  surveyExportFailed: 'Could not export. Please try again.',
  surveyPrintTitle: 'Pre/post survey results',
  surveyPrintBack: 'Back to the survey',
  surveyPrintPreview: 'PDF (A4) preview',
  surveyReportMatched: (n: number) => `Matched (answered before and after): ${n}`,
  surveyReportAnswered: (pre: number, post: number) => `Answers: ${pre} before, ${post} after`,
  surveyReportUnmatched: (pre: number, post: number) =>
    `Not matched (left out of the counts): ${pre} before only, ${post} after only`,
  surveyReportByGroup: (label: string, n: number) => `${label} ${n}`,
  surveyReportDenominator:
    'Each item’s total is the number of people who answered it before and after (the denominator).',
  surveyReportGroup: 'Group',
  surveyReportPeople: 'Total',
  surveyReportChart: (item: string, parts: string) => `Chart of ${item}: ${parts}`,
  surveyReportChartGroup: (group: string, up: string, stay: string, down: string, n: number) =>
    `${group} up ${up}, stay ${stay}, down ${down} (of ${n})`,
  surveyReportCount: (n: number, percent: string) => `${n} (${percent})`,
  surveyReportLegend: 'Legend',
  surveyReportDefinition: 'What up / stay / down mean',
  surveyReportReading: 'The report’s reading',
  surveyReportFreeText: 'Free text',
  surveyReportFreeEmpty: 'No answers.',
  surveyReportNoMatch: 'Nobody has answered both before and after yet.',
  surveyReportPage: (n: number, of: number) => `${n} / ${of}`,
}
