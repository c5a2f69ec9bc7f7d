/**
 * The report's facilitation annex (第5章（別添）「効果的なグループワークを進めるための
 * ファシリテーションのポイント」, (株)日本医療総合研究所 川越雅弘, report.txt L7317-7526), the parts a
 * facilitator keeps at hand during the day: 表１ (the seven points of the mindset, L7345-7353) and
 * 「５． おわりに」 (L7509-7526). Verbatim; the printed line breaks inside a paragraph are removed.
 */

export const ANNEX_TITLE = '効果的なグループワークを進めるためのファシリテーションのポイント'
export const ANNEX_AUTHOR = '(株)日本医療総合研究所 川越雅弘'

/** 「２． ファシリテーターが持つべき心構えのポイント」 (L7340). */
export const MINDSET_SECTION = '２． ファシリテーターが持つべき心構えのポイント'
/** The table's caption (L7345). */
export const MINDSET_TABLE_TITLE = '表１．ファシリテーターが持つべき心構えのポイント'

/** 表１, the seven points in the report's order (L7347-7353). */
export const MINDSET_POINTS = [
  '参加者を信じる（考える力を持っている、問題意識があるなど）',
  '主役は参加者、ファシリテーターはあくまで支援者',
  '自分の振る舞いが場の雰囲気に影響を与えることを自覚する',
  '緊張した場合は、会議の目的、参加者が主役という前提をリマインドする',
  '会議の目的・目標を常に意識しながら、グループワークを進行していく',
  '参加者の発言は受け止める（※自分の価値観を押し付けない）',
  '自分自身も楽しむ気持ちを持つ',
] as const

/** 「５． おわりに」 (L7509). */
export const CLOSING_SECTION = '５． おわりに'

/** The three paragraphs of おわりに (L7511-7515, L7517-7520, L7522-7526). */
export const CLOSING_PARAGRAPHS = [
  'ファシリテーターが最も大事にすべきことは、参加者が「楽しそうにしていたかどうか」である。楽しそうにするためには、①場の雰囲気が柔らかい（固くない）、②発言したことが否定されない、逆に、「いいね」を言ってもらう、③価値観の押し付けがない などが必要となる。だからこそ、ファシリテーター自身も、参加者に合わせながら楽しむ位の気持ちをもたないといけない。',
  'すぐに、「ファシリテーションはどうすればよいのか」など、方法論に意識を強く向ける人がいるが、より重要なことは上記のマインドである。こうした、ファシリテーションの基本と、事業マネジメントの基本的流れの両方を頭に入れながらファシリテーションは展開していく。',
  'ただし、ファシリテーションは、研修会で方法論を学んでも、それを実践しないとそのスキル（マインドを含む）は身につかない。普段の仕事、例えば、会議を運営する、サービス担当者会議を進行する、認知症サロンで当事者や家族の声を拾うなど、様々な場面で、ファシリテーターになったつもりで、相手（参加者）の声を拾うことをやってみることから始めてみてはどうでしょうか。',
] as const

/** Where the annex's texts are (report.txt line numbers), for traceability. */
export const ANNEX_SOURCE = {
  annex: 'L7317-7526',
  mindset: 'L7340-7353',
  closing: 'L7509-7526',
} as const
