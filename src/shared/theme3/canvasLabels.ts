import type { CanvasArea, QaPrompt } from '../model/schemas'

/**
 * The wording of the テーマ3 canvas, from the report. The four areas follow the 【ポイント】
 * (L7271-7278): 事実や情報、そこから考えられること（仮説・評価・見解等）、以上を補足する情報や
 * 資料等 … 理解・共有を働きかける方法. The hints say what belongs in each (the words).
 */
export const CANVAS_AREA_LABELS: Record<
  CanvasArea,
  { ja: string; en: string; hintJa: string; hintEn: string }
> = {
  facts: {
    ja: '事実・情報',
    en: 'Facts and information',
    hintJa: '何が起きているか（いつ・どのくらい・誰に）',
    hintEn: 'What happened, how often, to whom',
  },
  thoughts: {
    ja: 'そこから考えられること',
    en: 'What they suggest',
    hintJa: '仮説・評価・見解',
    hintEn: 'Hypotheses, assessment, views',
  },
  materials: {
    ja: '補足する情報・資料',
    en: 'Supporting material',
    hintJa: '持っていくデータや資料',
    hintEn: 'Data and documents to bring',
  },
  share: {
    ja: '伝え方・共有の方法',
    en: 'How and where to share',
    hintJa: '誰に・どの会議や報告で・いつ・どんな形で',
    hintEn: 'To whom, in which meeting or report, when, in what form',
  },
}

/**
 * The questions a table starts from: 稲城市's three (資料3-6, L10545-10549), asked of every
 * consultation, and the municipal officer's 「なぜそう考えるのか」 (L6339-6340).
 */
export const QA_PROMPT_TEXTS: Record<QaPrompt, { ja: string; en: string }> = {
  why: {
    ja: 'なぜ、そのような相談が生じたのか',
    en: 'Why did such a consultation arise?',
  },
  elsewhere: {
    ja: '相談室以外に相談できるところはどこか',
    en: 'Where else could they have asked?',
  },
  avoid: {
    ja: '相談せずに済むようにするにはどうしたらよいか',
    en: 'What would make the consultation unnecessary?',
  },
  reason: {
    ja: 'なぜそう考えるのか',
    en: 'Why do you think so?',
  },
}

/** 稲城市's three questions, in the report's order. */
export const INAGI_PROMPTS: readonly QaPrompt[] = ['why', 'elsewhere', 'avoid']

/**
 * The 稲城市 takeaway the canvas keeps in view (L6391-6392): what the municipality needs is not a
 * report of what happened but the 地域課題のタネ.
 */
export const INAGI_TAKEAWAY =
  '市町村と連携するためには、コーディネーターには、あったこと／やったことの「報告」ではなく、「個別課題から地域課題のタネを伝える」というコミュニケーション力が必要'
