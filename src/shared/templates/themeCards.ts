import type { WorkshopVariant } from '../model/schemas'
import type { ThemeCard } from './types'

/**
 * The group-work cards of the report, verbatim (standard kanji for the PDF's compatibility
 * ideographs; the source's own digits, 「･」 and wording kept as printed).
 *
 * Three printings exist: 第5章 図表-82 「グループワークのテーマ」 (L7226-7316, the reusable
 * version, treated as canonical), 試行① (L4014-4089) and 試行② (L5107-5200). Only テーマ1 (試行①)
 * and テーマ1/テーマ2 (試行②) differ in substance; the trials' 全体での共有 box describes what was
 * done (「…実施した。」) and is not used as guidance.
 *
 * `title` keeps the card's line breaks; `points` holds one string per 【ポイント】 paragraph.
 */

/** The card sets that exist in the report. */
export const CARD_SETS = ['chapter5', 'trial1', 'trial2'] as const
export type CardSet = (typeof CARD_SETS)[number]

/** 試行① テーマ1: a trouble may belong to more than one scene (L4027). */
export const MULTI_SCENE_NOTE = '※複数場面にかかる場合がある。'
/** 第5章 テーマ1: scenes may be narrowed from the start (L7248). */
export const NARROW_SCENES_NOTE = '※当初から場面を絞って検討してもよい。'

const THEME1_TITLE = '住民･患者･家族が困っていること\n・不利益が生じていることを\n出し合ってみよう'
const THEME1_SUBTITLE = '～住民の困りごとをベースとした地域課題のタネ～'
const THEME2_TITLE = '地域課題のタネから、\n地域で解決したいこと（地域課題）\nを出し合ってみよう'
const THEME3_TITLE =
  '現場で起こっていること･地域課題を\n市町村にうまく伝えるには\nどうしたらよいか考えてみよう'

const DURATION_40 = '【検討の所要時間：目安】 40分程度'
/** テーマ3 omits 「検討の」 in all three printings (L7269, L4052, L5157). */
const DURATION_40_THEME3 = '【所要時間：目安】 40分程度'

/** The second paragraph of every テーマ1 【ポイント】 (L7250-7253, L4028-4031, L5124-5127). */
const THEME1_PARTIES =
  '専門職が「困っている」背景には困っている住民がいる。専門職の連携は困っている住民を中心に行われるものであり、話を明確にするためにも「住民、患者、家族」等の当事者を中心において検討する。'
/** The second paragraph of every テーマ2 【ポイント】 (L7262-7265, L4045-4048, L5138-5141). */
const THEME2_CAUSES =
  'そのようなことが起きているのはなぜなのか、原因として考えられることは何か。原因の中で解決の優先度が高いものは何か、その対策としてどのようなことが考えられるのか等、何が地域課題（のタネ）なのかを考えて出し合ってみる。'

/**
 * Facilitator 問い. テーマ1: the annex's example (L7461-7463) and the two content questions of
 * L7363-7364. テーマ2: the thinking steps ①-⑤ (L7473-7483) and the question for a group stuck
 * between countermeasures (L7504-7505). テーマ3: the annex has none; 稲城市's three questions
 * (資料3-6, L10547-10549) and the municipal officers' 「なぜそう考えるのか」 (L6339-6340).
 */
const THEME1_QUESTIONS = [
  '同じような困りごとを抱えている人は他にもいるの？',
  '担当している人のうち、どれ位いそう？',
  'もう少し具体的に言うと？',
  '例えばどのような時ですか？',
]
const THEME2_QUESTIONS = [
  '① そもそも何に対する不安を抱えているのか（不安の対象の具体化）',
  '② なぜ不安になるのか（原因として考えられるもの）',
  '③ 様々考えられる原因のうち、解決しないといけない原因は何か（主たる原因）※テーマ２',
  '④ ③の主たる原因に対し、どのような対策が考えられるのか（対策案の列挙）',
  '⑤ ④の中で、効果的かつ現実的な方法はどれか（効果的な対策の絞り込み）',
  'その対策がもしうまくいったら課題解決に近づきそう？',
]
const THEME3_QUESTIONS = [
  '① なぜ、そのような相談が生じたのか',
  '② 相談室以外に相談できるところはどこか',
  '③ 相談せずに済むようにするにはどうしたらよいか',
  'なぜそう考えるのか',
]

/** オリエンテーション (第5章 only, L7228-7234). */
export const ORIENTATION_CARD: ThemeCard = {
  key: 'orientation',
  label: 'オリエンテーション',
  title: '・グループワークの導入',
  subtitle: null,
  duration: '【検討の所要時間：目安】 10～15分程度',
  points: ['グループワーク実施の目的、検討の流れ等を説明する。'],
  questions: [],
  source: 'L7228-7234',
}

/** テーマ1, 第5章 (title L7297-7303, 所要時間 L7242-7243, 【ポイント】 L7244-7253). */
export const THEME1_CARD: ThemeCard = {
  key: 'theme1',
  label: 'テーマ 1',
  title: THEME1_TITLE,
  subtitle: THEME1_SUBTITLE,
  duration: DURATION_40,
  points: [
    '個別課題から地域課題を考える。実際に地域の中で起きている「困りごと」をあげていく。困りごとは4つの場面※でざっくりと分けてみる。',
    NARROW_SCENES_NOTE,
    THEME1_PARTIES,
  ],
  questions: THEME1_QUESTIONS,
  source: 'L7297-7303, L7242-7253; 問い L7459-7466, L7362-7364',
}

/** テーマ1, 試行① (L4022-4039): ends the first paragraph with 「※複数場面にかかる場合がある。」 */
export const THEME1_CARD_TRIAL1: ThemeCard = {
  ...THEME1_CARD,
  points: [
    `個別課題から地域課題を考える。実際に地域の中で起きている「困りごと」をあげていく。困りごとは4つの場面でざっくりと分けてみる。${MULTI_SCENE_NOTE}`,
    THEME1_PARTIES,
  ],
  source: 'L4033-4039, L4022-4031; 問い L7459-7466, L7362-7364',
}

/** テーマ1, 試行② (L5118-5149): narrowed to 「入退院支援」「看取り」. */
export const THEME1_CARD_TRIAL2: ThemeCard = {
  ...THEME1_CARD,
  points: [
    '個別課題から地域課題を考える。実際に地域の中で起きている「入退院支援」「看取り」に係る「困りごと」をあげていく。',
    THEME1_PARTIES,
  ],
  source: 'L5143-5149, L5118-5127; 問い L7459-7466, L7362-7364',
}

/** テーマ2, 第5章 (title L7305-7310, 所要時間 L7257-7258, 【ポイント】 L7259-7265; 試行① identical). */
export const THEME2_CARD: ThemeCard = {
  key: 'theme2',
  label: 'テーマ 2',
  title: THEME2_TITLE,
  subtitle: null,
  duration: DURATION_40,
  points: [
    '個別課題から地域課題を考える。テーマ１の「困りごと」の背景を考え、地域で解決したいことを整理する。',
    THEME2_CAUSES,
  ],
  questions: THEME2_QUESTIONS,
  source: 'L7305-7310, L7257-7265; 問い L7473-7483, L7504-7505',
}

/** テーマ2, 試行② (L5131-5156): 入退院支援 two items, 看取り 自宅 / 自宅以外. */
export const THEME2_CARD_TRIAL2: ThemeCard = {
  ...THEME2_CARD,
  points: [
    '個別課題から地域課題を考える。テーマ１の入退院支援、看取りに係る「困りごと」の背景を考え、地域で解決したいことを整理する。入退院支援については２つ、看取りについては自宅と自宅以外で考える。',
    THEME2_CAUSES,
  ],
  source: 'L5151-5156, L5131-5141; 問い L7473-7483, L7504-7505',
}

/** テーマ3, 第5章 (title L7312-7316, 所要時間 L7269-7270, 【ポイント】 L7271-7278). */
export const THEME3_CARD: ThemeCard = {
  key: 'theme3',
  label: 'テーマ 3',
  title: THEME3_TITLE,
  subtitle: null,
  duration: DURATION_40_THEME3,
  points: [
    '市町村担当者とコーディネーターとのコミュニケーションの質を高め、地域課題を共有しやすくする方法を考える。地域課題（のタネ）を市町村にうまく伝える方法を考えてみる。',
    '現場で起きていることや地域課題のタネと思われるものの上手な伝え方や共有方法を考える。事実や情報、そこから考えられること（仮説・評価・見解等）、以上を補足する情報や資料等を考え、理解・共有を働きかける方法を考える。',
  ],
  questions: THEME3_QUESTIONS,
  source: 'L7312-7316, L7269-7278; 問い L10545-10549, L6339-6340',
}

/**
 * 全体での共有・講評・総括, 第5章 (L7280-7295). The box gives no minutes under 【所要時間：目安】
 * but two sentences, so `duration` holds the label and both sentences on separate lines.
 */
export const PLENARY_CARD: ThemeCard = {
  key: 'plenary',
  label: '全体での共有・講評・総括',
  title: '全体での共有・講評・総括',
  subtitle: null,
  duration:
    '【所要時間：目安】\n全体での共有は発表グループ数によるが、大体の発表時間を決めて実施する。\n各発表に対して都度講評を行うのか、総括のみとするのか等は状況に応じて決める。',
  points: [
    '検討結果は、発表等によって全体で共有する。',
    '発表に対する講評（反応）は、検討した者にとっての気づきとなる。以上はグループワークの全体進行を行う者や講師から行う場合もあるが、その難しさを感じる場合にはアドバイザー等も含み複数からコメントをもらう、それも難しいようであればワールドカフェ方式での共有を行い、その中で互いの意見をもらう方法も考えられる。',
    '総括時には目的の再確認、本日検討したことの振り返り、実際の例を知ることで本日得た知識の定着を図る。',
  ],
  questions: [],
  source: 'L7280-7295',
}

const SETS: Record<CardSet, readonly ThemeCard[]> = {
  chapter5: [ORIENTATION_CARD, THEME1_CARD, THEME2_CARD, THEME3_CARD, PLENARY_CARD],
  trial1: [ORIENTATION_CARD, THEME1_CARD_TRIAL1, THEME2_CARD, THEME3_CARD, PLENARY_CARD],
  trial2: [ORIENTATION_CARD, THEME1_CARD_TRIAL2, THEME2_CARD_TRIAL2, THEME3_CARD, PLENARY_CARD],
}

/** The five cards of a set, in the order of the group work (fresh copies, safe to mutate). */
export function cardSet(set: CardSet): ThemeCard[] {
  return SETS[set].map(copyCard)
}

/**
 * The cards a workshop shows. 終日開催 and custom use 第5章 (the report's reusable revision of the
 * 試行① cards, L6995-6998 assumes a full day); 半日開催 uses 試行②'s narrowed テーマ1/テーマ2.
 * 試行①'s テーマ1 wording stays available as `cardSet('trial1')` and `MULTI_SCENE_NOTE`.
 */
export function cardsFor(variant: WorkshopVariant): ThemeCard[] {
  switch (variant) {
    case 'fullDay':
    case 'custom':
      return cardSet('chapter5')
    case 'halfDay':
      return cardSet('trial2')
  }
}

/** The card for one step of a variant. */
export function cardFor(variant: WorkshopVariant, key: ThemeCard['key']): ThemeCard {
  const card = cardsFor(variant).find((c) => c.key === key)
  if (!card) throw new Error(`no card ${key}`)
  return card
}

/** The title on one line (for lists and window titles): the card's line breaks removed. */
export function cardTitleLine(card: Pick<ThemeCard, 'title'>): string {
  return card.title.replace(/\n/g, '')
}

function copyCard(card: ThemeCard): ThemeCard {
  return { ...card, points: [...card.points], questions: [...card.questions] }
}
