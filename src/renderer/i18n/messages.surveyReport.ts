/**
 * UI strings of the survey's reports (issue 21 p4): the A4 PDF of the results, its charts, and
 * the slides. The words up / stay / down are the report's own (L4181-4185).
 */
export const surveyReportJa = {
  surveyPdf: 'PDFで保存／印刷',
  surveyPdfHint:
    'A4縦：設問ごとの up / stay / down（全体・立場別）の表とグラフ、報告書の読み方、自由記述',
  surveyPdfFailed: '印刷できませんでした。もう一度お試しください。',
  surveyPdfName: 'アンケート結果',
  surveyPptx: 'スライド（PPTX）',
  surveyPptxHint: 'グラフはPowerPointで編集できるグラフとして入ります（設問ごとに1枚）。',
  surveyPptxName: 'アンケート結果',
  surveyExportFailed: '書き出せませんでした。もう一度お試しください。',
  surveyPrintTitle: '事前・事後アンケート結果',
  surveyPrintBack: 'アンケートへ',
  surveyPrintPreview: 'PDF（A4）のプレビュー',
  surveyReportMatched: (n: number) => `突合できた人（事前・事後の両方に回答）：${n}人`,
  surveyReportAnswered: (pre: number, post: number) => `回答：事前 ${pre}人、事後 ${post}人`,
  surveyReportUnmatched: (pre: number, post: number) =>
    `突合できなかった回答（集計に含めません）：事前のみ ${pre}人、事後のみ ${post}人`,
  surveyReportByGroup: (label: string, n: number) => `${label} ${n}人`,
  surveyReportDenominator: '各設問の「計」は、その設問に事前・事後とも回答した人数（分母）です。',
  surveyReportGroup: '対象',
  surveyReportPeople: '計（人）',
  surveyReportChart: (item: string, parts: string) => `${item} のグラフ：${parts}`,
  surveyReportChartGroup: (group: string, up: string, stay: string, down: string, n: number) =>
    `${group} up ${up}・stay ${stay}・down ${down}（${n}人中）`,
  surveyReportCount: (n: number, percent: string) => `${n}人（${percent}）`,
  surveyReportLegend: '凡例',
  surveyReportDefinition: 'up / stay / down とは',
  surveyReportReading: '報告書の読み方',
  surveyReportFreeText: '自由記述',
  surveyReportFreeEmpty: '回答はありません。',
  surveyReportNoMatch: '事前と事後の両方に回答した人がまだいません。',
  surveyReportPage: (n: number, of: number) => `${n} / ${of}`,
}

export type SurveyReportMessages = typeof surveyReportJa
