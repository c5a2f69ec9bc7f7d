import type { ThemeCard } from '../templates/types'

/**
 * Where each facilitator 問い of the theme cards comes from in the report, so that a facilitator
 * (or another lecturer running the day) sees that a question is the report's and where to read
 * more. `section` is what the screens and the 進行表 print; `lines` are report.txt line numbers.
 */
export interface QuestionSource {
  section: string
  lines: string
}

const ANNEX = '第5章（別添）ファシリテーションのポイント'

export const QUESTION_SOURCE_SECTIONS = {
  annexQuestions: {
    section: `${ANNEX} ３．「問い」`,
    lines: 'L7362-7365',
  },
  annexTheme1: {
    section: `${ANNEX} ４．(４) ① テーマ１に対して`,
    lines: 'L7459-7466',
  },
  annexTheme2Steps: {
    section: `${ANNEX} ４．(４) ② テーマ２に対して`,
    lines: 'L7473-7483',
  },
  annexTheme2Question: {
    section: `${ANNEX} ４．(４) ② テーマ２に対して`,
    lines: 'L7503-7506',
  },
  inagi: {
    section: '資料3-6 稲城市の相談員への問い（事業報告会）',
    lines: 'L10547-10549',
  },
  chapter4: {
    section: '第4章 試行のまとめ（グループワークについて）',
    lines: 'L6339-6340',
  },
} as const satisfies Record<string, QuestionSource>

type SourceKey = keyof typeof QUESTION_SOURCE_SECTIONS

/** Every 問い of the cards (all three card sets) and its source. */
const SOURCE_OF_QUESTION: Readonly<Record<string, SourceKey>> = {
  '同じような困りごとを抱えている人は他にもいるの？': 'annexTheme1',
  '担当している人のうち、どれ位いそう？': 'annexTheme1',
  'もう少し具体的に言うと？': 'annexQuestions',
  '例えばどのような時ですか？': 'annexQuestions',
  '① そもそも何に対する不安を抱えているのか（不安の対象の具体化）': 'annexTheme2Steps',
  '② なぜ不安になるのか（原因として考えられるもの）': 'annexTheme2Steps',
  '③ 様々考えられる原因のうち、解決しないといけない原因は何か（主たる原因）※テーマ２':
    'annexTheme2Steps',
  '④ ③の主たる原因に対し、どのような対策が考えられるのか（対策案の列挙）': 'annexTheme2Steps',
  '⑤ ④の中で、効果的かつ現実的な方法はどれか（効果的な対策の絞り込み）': 'annexTheme2Steps',
  'その対策がもしうまくいったら課題解決に近づきそう？': 'annexTheme2Question',
  '① なぜ、そのような相談が生じたのか': 'inagi',
  '② 相談室以外に相談できるところはどこか': 'inagi',
  '③ 相談せずに済むようにするにはどうしたらよいか': 'inagi',
  なぜそう考えるのか: 'chapter4',
}

/** The source of one 問い, or null for a question the report does not have. */
export function questionSource(question: string): QuestionSource | null {
  const key = SOURCE_OF_QUESTION[question]
  return key ? QUESTION_SOURCE_SECTIONS[key] : null
}

export interface SourcedQuestion {
  text: string
  source: QuestionSource | null
}

/** A card's 問い with their sources, in the card's order. */
export function sourcedQuestions(card: Pick<ThemeCard, 'questions'>): SourcedQuestion[] {
  return card.questions.map((text) => ({ text, source: questionSource(text) }))
}

/**
 * The card's 問い grouped by source, in order of first appearance: what a screen prints as one
 * 「出典」 line under each run of questions.
 */
export function questionsBySource(
  card: Pick<ThemeCard, 'questions'>,
): { source: QuestionSource | null; questions: string[] }[] {
  const groups: { source: QuestionSource | null; questions: string[] }[] = []
  for (const { text, source } of sourcedQuestions(card)) {
    const last = groups[groups.length - 1]
    if (last && last.source?.section === source?.section) last.questions.push(text)
    else groups.push({ source, questions: [text] })
  }
  return groups
}
