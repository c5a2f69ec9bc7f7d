import type { SurveyScale } from './surveyScales'

/**
 * The report's pre/post items (試行①, L4141-4176), verbatim, and the post survey's free-text
 * fields (L7533-7534: 「今回の研修への感想や気づき、今後期待したい支援等についての自由記述欄」).
 * A workshop starts from these and may add, reword and reorder.
 */
export interface BuiltInItem {
  scale: SurveyScale
  text: string
}

/** The section each scale's items belong to, as the report titles it. */
export const SECTION_TITLES: Record<SurveyScale, { ja: string; en: string }> = {
  fiveStep: {
    ja: 'Ⅰ.地域課題の検討に向けたコーディネーターと市町村担当者の状況',
    en: 'I. Coordinators and municipal officers working on regional issues',
  },
  fourStep: { ja: 'Ⅱ.他者に説明ができるか', en: 'II. Can you explain it to others?' },
  freeText: { ja: '自由記述', en: 'Free text' },
}

export const SECTION_NUMERALS: Record<SurveyScale, string> = {
  fiveStep: 'Ⅰ',
  fourStep: 'Ⅱ',
  freeText: '自由記述',
}

export const BUILT_IN_ITEMS: readonly BuiltInItem[] = [
  {
    scale: 'fiveStep',
    text: '受け付けた相談への対応結果をコーディネーターと市町村担当者で共有する',
  },
  {
    scale: 'fiveStep',
    text: '受け付けた相談への対応結果から、地域共通の課題と自治体全体で取り組んだ方がよさそうなものをみつけ、コーディネーターと市町村担当者で共有する',
  },
  {
    scale: 'fiveStep',
    text: '受け付けた相談への対応結果から、地域共通の課題や自治体全体で取り組んだ方がよさそうなものをみつけ、その内容や対応についてコーディネーターと市町村担当者でディスカッションする',
  },
  {
    scale: 'fiveStep',
    text: '地域ケア会議や多職種との会議に出席する際は、地域固有の課題だけではなく、地域共通の課題や自治体全体で取り組んだ方がよさそうなものをみつけようとしている',
  },
  {
    scale: 'fiveStep',
    text: '地域ケア会議や多職種との会議等から、地域共通の課題や自治体全体で取り組んだ方がよさそうなものをみつけ、コーディネーターと市町村担当者で共有する',
  },
  {
    scale: 'fiveStep',
    text: '地域ケア会議や多職種との会議等から、地域共通の課題や自治体全体で取り組んだ方がよさそうなものをみつけ、その内容や対応についてコーディネーターと市町村担当者でディスカッションする',
  },
  { scale: 'fourStep', text: 'なぜ地域包括ケアシステムにおいて、在宅医療・介護連携は必要なのか。' },
  {
    scale: 'fourStep',
    text: '在宅医療・介護連携推進事業のコーディネーターは、どのような目的のもと活動しているのか。',
  },
  {
    scale: 'fourStep',
    text: '在宅医療・介護連携のコーディネーターの取組の中で、最も大事だと考えることは何か。',
  },
  { scale: 'freeText', text: '今回の研修への感想や気づき' },
  { scale: 'freeText', text: '今後期待したい支援等' },
]
