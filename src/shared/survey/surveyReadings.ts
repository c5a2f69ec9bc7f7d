import type { SurveyScale } from './surveyScales'

/**
 * The report's reading of 「up」 and 「down」, verbatim, shown beside the results: for Ⅰ
 * (L4375-4378) a 「down」 can be new awareness; for Ⅱ (L4480-4482) an 「up」 is understanding
 * gained. The general note (L4200-4207) and the caution of the evaluation step (L7542-7544).
 */
export const READING_BY_SCALE: Record<Exclude<SurveyScale, 'freeText'>, string> = {
  fiveStep:
    '「up」は参加前より評価が上がったことを示し、自身の今までの活動がどのような意味・意義を持っていたか理解した者と考えられる。「down」は参加前より評価が下がったことを示し、今まではできていたと考えていたが違った、更にすべきことがあると知った者と考えられる。',
  fourStep:
    '「up」は開催前より開催後の評価が上がったことを示し、研修前より理解が進んだことを示す。「down」は参加前より評価が下がったことを示し、研修前よりよくわからなくなってしまったことを示す。',
}

export const READING_GENERAL =
  '通常「up」が研修会の実施効果として捉えられる。だが、今までは疑問に思わなかったことについて、新たに知識や認識を得たことで評価が厳しくなり「down」する場合もある。本当はできていなかったのではないか、こういうことだったのかと気づいた等の場合であり、認識、意識が変わった結果「downする」ことも研修会の実施効果として考えられる。'

export const READING_CAUTION =
  '必ずしも前より後の評価が「down」したからと言って研修効果がなかった等とはならない（※但し、研修受講者のレベル感とアプローチにより、この解釈も変わるので注意すること）。'

/** What up / stay / down mean (L4181-4185). */
export const CHANGE_DEFINITION =
  '「up」は、「時間をかければ説明できそうだ→できそうだ」等、受講前より受講後の方の評価が上がったことを示す。「down」は「概ねそのようにできている→特にそのようにすることは考えていない」のように、受講前より受講後の評価が下降したことを示す。「stay」は特に変化がないものである。'
