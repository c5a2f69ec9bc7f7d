/**
 * The 総括's own texts, verbatim from the report (standard kanji; the report's punctuation and
 * full-width digits kept). 第5章 asks the 総括 for 「目的の再確認、本日検討したことの振り返り、
 * 実際の例を知ること」 (L7294-7295), and the trials showed 稲城市's dialogue there (L6343-6346):
 * 資料5-2's slide 「行政職員とコーディネーターとの議論の様子」 (L8708-8746, = 図表-66, L6348-6392).
 */

/** 総括's three parts (PLENARY_CARD's third 【ポイント】, L7294-7295). */
export const SUMMARY_PURPOSE_TITLE = '目的の再確認'
export const SUMMARY_REVIEW_TITLE = '本日の振り返り'
export const SUMMARY_EXAMPLE_TITLE = '実際の例'

/** The group work's purpose (L7380-7382), the words inside the report's quotation marks. */
export const GROUP_WORK_PURPOSE =
  '個別課題を知る在宅医療コーディネーターと、在宅医療・介護連携推進事業を担当する市町村担当者が一緒になって、個別課題から地域課題を考えること'
export const GROUP_WORK_PURPOSE_SOURCE = 'L7380-7382'

/** What each theme is for (L7437-7439). */
export const THEME_PURPOSES = {
  theme12: 'テーマ１・２は個別課題から地域課題を考えるためのもの',
  theme3: 'テーマ３は市町村とコーディネーターのコミュニケーションの質の向上を図るためのもの',
} as const
export const THEME_PURPOSES_SOURCE = 'L7437-7439'

/** 図表-66's title (L6348) and the slide's heading (L8708). */
export const EXAMPLE_FIGURE_TITLE =
  '地域課題の解決に向けた市町村担当者とコーディネーターの対話例（稲城市）'
export const EXAMPLE_HEADING = '行政職員とコーディネーターとの議論の様子'

export type ExampleSpeaker = 'coordinator' | 'officer'

/** Speaker labels of 資料3-7's version of the dialogue (L10593-10629). */
export const EXAMPLE_SPEAKERS: Record<ExampleSpeaker, string> = {
  coordinator: 'コーディネーター',
  officer: '行政職員',
}

/**
 * The dialogue, turn by turn (L8709-8729; = L6365-6383). The turns alternate; the one who took
 * the consultation is the coordinator (資料3-7 labels the speakers in its layout).
 */
export const EXAMPLE_DIALOGUE: readonly { speaker: ExampleSpeaker; text: string }[] = [
  {
    speaker: 'coordinator',
    text: '続いてはケアマネからの相談でした。「パーキンソンに強い市外の訪問診療は遠くて訪問できない」とのことで、パーキンソンに強い訪問診療医は市内にはいないので、調べて市外の●●クリニックさんを紹介しました。',
  },
  {
    speaker: 'officer',
    text: 'それって、市内にもパーキンソンに強い訪問診療医が必要ってことですか？訪問診療って専門性より「なんでも診れること」が大切って前の協議会会長によく言われたんですけど。',
  },
  {
    speaker: 'coordinator',
    text: '在宅療養する本人も家族も、病気の専門性が高い訪問診療医を希望することは、よくあるみたいで、ケアマネから問合せありますよ。',
  },
  {
    speaker: 'officer',
    text: 'そうかもしれませんが、各疾病の専門性の高い訪問診療医を市内にそろえるのは難しいですよね。一般的な訪問診療医もパーキンソンは分かってますよね。それじゃだめなんですかね。',
  },
  {
    speaker: 'coordinator',
    text: 'さぁ、そこまではケアマネさんから聞きませんでしたので、聞いてみますね。',
  },
  {
    speaker: 'officer',
    text: 'それから、協議会でこの相談から見える地域課題について、医師や看護師に聞いてみましょうか。',
  },
]

/** What the 協議会 concluded (L8731-8733; = L6385-6387). */
export const EXAMPLE_OUTCOME =
  '協議会で議論したところ、パーキンソン病の患者を退院させるにあたり、専門医として在宅療養のめどが立っているはずだから、症状に困ったらケアマネや訪問診療医が専門医に相談しやすい関係性を広げることが地域課題ではないかと議論された。'

/** The slide's message (L8737-8738; = L6391-6392). */
export const EXAMPLE_TAKEAWAY =
  '市町村と連携するためには、コーディネーターには、あったこと／やったことの「報告」ではなく、「個別課題から地域課題のタネを伝える」というコミュニケーション力が必要'

/** The slide's source line (L8735). */
export const EXAMPLE_SOURCE =
  '出所）稲城市：在宅医療・介護連携の関係者・機関の役割を知る、都道府県・市町村担当者等研修会議Ⅰ（開催日：令和６年10月21日）資料より引用'

export const EXAMPLE_LINES = 'L8708-8738 (資料5-2); 図表-66 L6348-6392'
