/**
 * UI strings of the テーマ2 steps ①-⑤ (Japanese and English), spread into messages.ja.ts and
 * messages.en.ts. The steps are the report's (第5章, テーマ２に対して, L7473-7483), with 「不安」
 * said generally as 「困りごと」 where the report's example speaks of one.
 */
export const theme2Ja = {
  theme2MeasureTextOf: (text: string) => `対策の内容：${text}`,
  theme2MeasureTargetOf: (text: string) => `誰に対する対策：${text}`,
  theme2CauseTextOf: (text: string) =>
    `原因『${text}』の文章（Enter で保存、Shift+Enter で改行、Esc で取り消し）`,

  theme2Steps: '考える手順',
  theme2StepsHint: '←→ で手順を切り替えます',
  theme2Step1: '具体化',
  theme2Step2: '原因',
  theme2Step3: '主たる原因',
  theme2Step4: '対策案',
  theme2Step5: '絞り込み',
  theme2Step1Question: 'そもそも何に困っているのか（困りごとの具体化）',
  theme2Step2Question: 'なぜ困るのか（原因として考えられるもの）',
  theme2Step3Question: '様々考えられる原因のうち、解決しないといけない原因は何か（主たる原因）',
  theme2Step4Question: '③の主たる原因に対し、どのような対策が考えられるのか（対策案の列挙）',
  theme2Step5Question: '④の中で、効果的かつ現実的な方法はどれか（効果的な対策の絞り込み）',
  theme2StepCount: (n: number) => `${n}件`,
  theme2StepNext: (mark: string, name: string) => `次へ：${mark} ${name}`,
  theme2StepShown: (mark: string, name: string) => `手順${mark}「${name}」を表示しています。`,

  theme2WhyOf: (cause: string) => `『${cause}』のなぜ？`,
  theme2WhyDepth: (n: number) => `なぜ？${n}段目`,
  theme2WhyMax: (n: number) => `なぜ？は${n}段までです`,
  theme2PlacedAt: (text: string, x: string, y: string) =>
    `『${text}』をマップの空いている所に置きました。${x}、${y}。`,
  theme2ChoseTitle: '採用する対策',
  theme2ChoseHint: '効果的かつ現実的な対策に印をつけます。',
  theme2ChoseEmpty: '④で対策を書き出すと、ここで選べます。',
  theme2MainCausePick: '投票を見て、主たる原因を一つ選びます。',
  theme2GridAxes: '軸の名前',
  theme2StatementHint: 'ここまでの話し合いから、地域で解決したいことを一行で書きます。',
}
