import { describe, expect, it } from 'vitest'
import { cardSet, CARD_SETS } from '../templates/themeCards'
import {
  CLOSING_PARAGRAPHS,
  CLOSING_SECTION,
  MINDSET_POINTS,
  MINDSET_SECTION,
  MINDSET_TABLE_TITLE,
} from './facilitationAnnex'
import { questionSource, questionsBySource, QUESTION_SOURCE_SECTIONS } from './questionSources'

/**
 * The annex's texts against the report as printed: each `printed` block below is report.txt's
 * own lines (copied as they are, line breaks and trailing spaces included); the app's text must
 * be exactly those lines joined, so a changed character on either side fails.
 */
const printed = (lines: readonly string[]) => lines.map((l) => l.trim()).join('')

/** report.txt L7345, L7347-7353 (the table's rules and the bullet character left out). */
const REPORT_MINDSET = [
  '表１．ファシリテーターが持つべき心構えのポイント ',
  ' 参加者を信じる（考える力を持っている、問題意識があるなど） ',
  ' 主役は参加者、ファシリテーターはあくまで支援者 ',
  ' 自分の振る舞いが場の雰囲気に影響を与えることを自覚する ',
  ' 緊張した場合は、会議の目的、参加者が主役という前提をリマインドする ',
  ' 会議の目的・目標を常に意識しながら、グループワークを進行していく ',
  ' 参加者の発言は受け止める（※自分の価値観を押し付けない） ',
  ' 自分自身も楽しむ気持ちを持つ ',
]

/** report.txt L7511-7515, L7517-7520, L7522-7526. */
const REPORT_CLOSING = [
  [
    'ファシリテーターが最も大事にすべきことは、参加者が「楽しそうにしていたかどうか」',
    'である。楽しそうにするためには、①場の雰囲気が柔らかい（固くない）、②発言したこと',
    'が否定されない、逆に、「いいね」を言ってもらう、③価値観の押し付けがない などが必',
    '要となる。だからこそ、ファシリテーター自身も、参加者に合わせながら楽しむ位の気持ち',
    'をもたないといけない。 ',
  ],
  [
    'すぐに、「ファシリテーションはどうすればよいのか」など、方法論に意識を強く向ける',
    '人がいるが、より重要なことは上記のマインドである。こうした、ファシリテーションの基',
    '本と、事業マネジメントの基本的流れの両方を頭に入れながらファシリテーションは展開し',
    'ていく。 ',
  ],
  [
    'ただし、ファシリテーションは、研修会で方法論を学んでも、それを実践しないとそのス',
    'キル（マインドを含む）は身につかない。普段の仕事、例えば、会議を運営する、サービス',
    '担当者会議を進行する、認知症サロンで当事者や家族の声を拾うなど、様々な場面で、ファ',
    'シリテーターになったつもりで、相手（参加者）の声を拾うことをやってみることから始め',
    'てみてはどうでしょうか。 ',
  ],
]

/** The report's lines behind each 問い source (report.txt, as printed). */
const REPORT_QUESTION_LINES: Record<keyof typeof QUESTION_SOURCE_SECTIONS, string[]> = {
  annexQuestions: [
    '問いには、テーマや議題をもとに事前に考えておく「問い」と、その場で参加者の発言に対',
    'して質問していく「問い」がある。「もう少し具体的に言うと？」「例えばどのような時です',
    'か？」など発言内容に質問したり、「納得されていないようですがいかがですか」「みなさん',
  ],
  annexTheme1: [
    '人１人の住民の課題）があった場合は、「同じような困り',
    'ごとを抱えている人は他にもいるの？」「担当している人',
    'のうち、どれ位いそう？」などの問いをかけると、コー',
  ],
  annexTheme2Steps: [
    '① そもそも何に対する不安を抱えているのか（不安の対象の具体化） ',
    '② なぜ不安になるのか（原因として考えられるもの） ',
    '③ 様々考えられる原因のうち、解決しないといけな',
    'い原因は何か（主たる原因）※テーマ２ ',
    '④ ③の主たる原因に対し、どのような対策が考えら',
    'れるのか（対策案の列挙） ',
    '⑤ ④の中で、効果的かつ現実的な方法はどれか（効',
    '果的な対策の絞り込み） ',
  ],
  annexTheme2Question: [
    'ろいろ対策が挙がってきたが、どれにすべきか悩んでいるグループに対しては、「その対策',
    'がもしうまくいったら課題解決に近づきそう？」などと問いかけると、どの対策がより有',
  ],
  inagi: [
    '① なぜ、そのような相談が生じたのか',
    '② 相談室以外に相談できるところはどこか',
    '③ 相談せずに済むようにするにはどうしたらよいか',
  ],
  chapter4: [
    'もらうためである。3テーマ目では市町村担当者との共有についてとなるが、そこでは市町',
    '村職員から「なぜそう考えるのか」等の質問がなされることでコーディネーターも困りご',
  ],
}

/** Joined without the spaces the PDF's layout put between a mark and its sentence. */
const loose = (text: string) => text.replace(/\s+/g, '')

describe('the facilitation annex, verbatim', () => {
  it('表１: the caption and the seven points in order (L7345-7353)', () => {
    expect(MINDSET_TABLE_TITLE).toBe(printed(REPORT_MINDSET.slice(0, 1)))
    expect(MINDSET_POINTS).toEqual(REPORT_MINDSET.slice(1).map((l) => l.trim()))
    expect(MINDSET_POINTS).toHaveLength(7)
    expect(MINDSET_SECTION).toBe('２． ファシリテーターが持つべき心構えのポイント')
  })

  it('おわりに: three paragraphs, each the report lines joined (L7509-7526)', () => {
    expect(CLOSING_SECTION).toBe('５． おわりに')
    expect(CLOSING_PARAGRAPHS).toEqual(REPORT_CLOSING.map(printed))
    expect(CLOSING_PARAGRAPHS[0]).toContain(
      '②発言したことが否定されない、逆に、「いいね」を言ってもらう',
    )
  })
})

describe('every 問い has its source', () => {
  const everyQuestion = [
    ...new Set(CARD_SETS.flatMap((set) => cardSet(set).flatMap((card) => card.questions))),
  ]

  it('each question of every card set is in the report lines its source names', () => {
    expect(everyQuestion.length).toBeGreaterThanOrEqual(14)
    for (const question of everyQuestion) {
      const source = questionSource(question)
      expect(source, question).not.toBeNull()
      const key = (
        Object.keys(QUESTION_SOURCE_SECTIONS) as (keyof typeof QUESTION_SOURCE_SECTIONS)[]
      ).find((k) => QUESTION_SOURCE_SECTIONS[k] === source)
      expect(key, question).toBeDefined()
      if (key)
        expect(loose(printed(REPORT_QUESTION_LINES[key])), question).toContain(loose(question))
    }
  })

  it('names the report section of each', () => {
    expect(questionSource('その対策がもしうまくいったら課題解決に近づきそう？')?.section).toBe(
      '第5章（別添）ファシリテーションのポイント ４．(４) ② テーマ２に対して',
    )
    expect(questionSource('① なぜ、そのような相談が生じたのか')?.section).toBe(
      '資料3-6 稲城市の相談員への問い（事業報告会）',
    )
    expect(questionSource('自作の問い')).toBeNull()
  })

  it('groups a card’s questions by source in order (テーマ1: 4.(4)① then 3.)', () => {
    const theme1 = cardSet('chapter5')[1]
    if (!theme1) throw new Error('no テーマ1')
    const groups = questionsBySource(theme1)
    expect(groups.map((g) => g.questions.length)).toEqual([2, 2])
    expect(groups[0]?.source?.section).toContain('① テーマ１に対して')
    expect(groups[1]?.source?.section).toContain('３．「問い」')
  })
})
