/** UI strings of 研修の企画 (features/planning): the planning forms 図表-71 to 74. */
export const planningJa = {
  sectionPlanning: '研修の企画',
  planningLead:
    '研修会は目標を達成するための手段です。実態確認と課題抽出 → 目標設定 → 研修会の企画 → 実行 → 評価 の順に、報告書の様式（図表-71～74）で企画を書き出し、関係者と共有します。',
  planningLesson:
    '栃木県の振り返り：「研修による効果や研修後の行動目標を具体的に設定できていなかったため、研修の実施自体が目的化してしまい、十分な効果を得ることができていなかった。」',
  planningFlowLabel: '研修プログラム検討の流れ（図表-70）',
  planningFlow: [
    '1. 実態確認と課題抽出',
    '2. 目標設定',
    '3. 達成方法の検討（研修会の企画）',
    '4. 実行',
    '5. 評価',
  ] as readonly string[],
  planningFormsNav: '様式',
  planExampleLabel: '報告書の例',
  planExampleLoad: '例を読み込む',
  planExampleHint: '報告書の試行の例をそのまま書き込みます（元に戻せます）',
  planExampleConfirmTitle: '例で置き換えますか？',
  planExampleConfirmBody: (form: string, example: string) =>
    `「${form}」に書かれている内容を、${example}の例で置き換えます。あとから「元に戻す」で戻せます。`,
  planExampleConfirmWorkshop: (title: string, venue: string) =>
    `研修会の名前と会場（基本情報）も「${title}」「${venue}」に変わります。`,
  planExampleReplace: '置き換える',
  planExampleLoaded: (form: string, example: string) =>
    `「${form}」に${example}の例を読み込みました`,
  planPrintOpen: '印刷用の表示',
  planPrintOpenHint: 'この様式を A4 1枚で印刷します（PDFとして保存もできます）',
  planPrint: '印刷・PDF保存',
  planPrintHint: 'A4 で印刷します（PDFとして保存もできます）',
  planPrintFailed: '様式を印刷できませんでした。もう一度お試しください。',
  planPrintBack: '研修の企画',
  planTarget: '対象',
  planShortPeriod: '短期の時期',
  planRowName: (n: number) => `対象${n}の名前`,
  planMemo: '確認した内容・メモ',
  planWorkshopDate: (date: string) => `基本情報の開催日：${date}`,
  planFromBasics: '基本情報と共通',
  planOtherCopy: '別のパソコンでの記入（取り込み時に両方残したもの）',
}

export const planningEn: typeof planningJa = {
  sectionPlanning: 'Planning',
  planningLead:
    'A workshop is a means to a goal. Write the plan in the report’s forms (figures 71–74) in order — survey and issues → goals → planning the workshop → running it → evaluation — and share it.',
  planningLesson:
    'Tochigi’s lesson: without concrete effects and behaviour goals after the training, “holding the training became the goal in itself” and it had too little effect.',
  planningFlowLabel: 'How the programme is planned (figure 70)',
  planningFlow: [
    '1. Survey and issues',
    '2. Goals',
    '3. Means (planning the workshop)',
    '4. Run',
    '5. Evaluate',
  ],
  planningFormsNav: 'Forms',
  planExampleLabel: 'Report example',
  planExampleLoad: 'Load example',
  planExampleHint: 'Writes the trial’s example from the report into the form (undoable)',
  planExampleConfirmTitle: 'Replace with the example?',
  planExampleConfirmBody: (form: string, example: string) =>
    `What is written in “${form}” is replaced by the example of ${example}. Undo brings it back.`,
  planExampleConfirmWorkshop: (title: string, venue: string) =>
    `The workshop’s title and venue (basic information) become “${title}” and “${venue}”.`,
  planExampleReplace: 'Replace',
  planExampleLoaded: (form: string, example: string) =>
    `Loaded the example of ${example} into “${form}”`,
  planPrintOpen: 'Print view',
  planPrintOpenHint: 'Prints this form on one A4 page (or saves a PDF)',
  planPrint: 'Print / save PDF',
  planPrintHint: 'Prints on A4 (or saves a PDF)',
  planPrintFailed: 'The form could not be printed. Please try again.',
  planPrintBack: 'Planning',
  planTarget: 'Target',
  planShortPeriod: 'Short term period',
  planRowName: (n: number) => `Name of target ${n}`,
  planMemo: 'Findings / notes',
  planWorkshopDate: (date: string) => `Date in basic information: ${date}`,
  planFromBasics: 'Shared with basic information',
  planOtherCopy: 'Written on another laptop (both kept when imported)',
}
