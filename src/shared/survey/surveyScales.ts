/**
 * The pre/post survey's answer scales (report 試行①, L4163-4166 and L4174-4176), verbatim. The options are
 * ordered best first: option a is the highest self-assessment, so a later letter before and an
 * earlier letter after the training is an 「up」.
 */

export const SURVEY_SCALES = ['fiveStep', 'fourStep', 'freeText'] as const
export type SurveyScale = (typeof SURVEY_SCALES)[number]
/** The scales answered by choosing an option (the others are free text). */
export type RatedScale = Exclude<SurveyScale, 'freeText'>

export interface ScaleOption {
  letter: string
  text: string
}

export const SCALE_OPTIONS: Record<RatedScale, readonly ScaleOption[]> = {
  // Ⅰ （選択肢） L4163-4166
  fiveStep: [
    { letter: 'a', text: '常にそのようにできている' },
    { letter: 'b', text: '概ねそのようにできている' },
    { letter: 'c', text: 'そのようにしたいと考え徐々に取り組んでいる' },
    { letter: 'd', text: 'そのようにしたいが取り組めていない' },
    { letter: 'e', text: '特にそのようにすることは考えていない' },
  ],
  // Ⅱ （選択肢） L4174-4176
  fourStep: [
    { letter: 'a', text: '説明できそうだ' },
    { letter: 'b', text: '時間をかければ説明できそうだ' },
    { letter: 'c', text: '時間と資料があれば説明できそうだ' },
    { letter: 'd', text: '時間と資料があっても難しそうだ' },
  ],
}

export function isRatedScale(scale: SurveyScale): scale is RatedScale {
  return scale !== 'freeText'
}

/**
 * An answer's option letter as the scale knows it (a to e or a to d), or null. Width and case
 * are forgiven (「ａ」「A」), and so is an option written out with its letter (「b.概ね…」「b．」):
 * what Excel sheets typed by hand hold. Anything else is not an answer.
 */
export function optionLetter(scale: RatedScale, raw: string): string | null {
  const value = raw.normalize('NFKC').trim().toLowerCase()
  if (value === '') return null
  const letter = /^([a-e])(?:$|[.)\s:、。]|[^a-z])/.exec(value)?.[1]
  if (letter !== undefined && SCALE_OPTIONS[scale].some((o) => o.letter === letter)) return letter
  const byText = SCALE_OPTIONS[scale].find((o) => o.text === value)
  return byText?.letter ?? null
}

/** The option's rank: the best option has the highest (a of five steps: 5). */
export function optionRank(scale: RatedScale, letter: string): number | null {
  const options = SCALE_OPTIONS[scale]
  const index = options.findIndex((o) => o.letter === letter)
  return index < 0 ? null : options.length - index
}

export const SURVEY_PHASES = ['pre', 'post'] as const
/** 受講前 (開催前) or 受講後 (開催後). */
export type SurveyPhase = (typeof SURVEY_PHASES)[number]
