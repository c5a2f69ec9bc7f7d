import { describe, expect, it } from 'vitest'
import { BUILT_IN_ITEMS, SECTION_TITLES } from './surveyBuiltIn'
import {
  CHANGE_DEFINITION,
  READING_BY_SCALE,
  READING_CAUTION,
  READING_GENERAL,
} from './surveyReadings'
import { SCALE_OPTIONS } from './surveyScales'

/**
 * The built-in items, options and readings against the report as printed: each block is
 * report.txt's own lines (copied as they are); the app's text must be those lines joined.
 */
const printed = (lines: readonly string[]) => lines.map((l) => l.trim()).join('')
const withoutNumber = (text: string) => text.replace(/^\d\. /, '')

/** report.txt L4144-4161 and L4169-4173, one block per item (blank lines left out). */
const REPORT_ITEMS = [
  ['1. 受け付けた相談への対応結果をコーディネーターと市町村担当者で共有する '],
  [
    '2. 受け付けた相談への対応結果から、地域共通の課題と自治体全体で取り組んだ方がよさそ',
    'うなものをみつけ、コーディネーターと市町村担当者で共有する ',
  ],
  [
    '3. 受け付けた相談への対応結果から、地域共通の課題や自治体全体で取り組んだ方がよさそ',
    'うなものをみつけ、その内容や対応についてコーディネーターと市町村担当者でディス',
    'カッションする ',
  ],
  [
    '4. 地域ケア会議や多職種との会議に出席する際は、地域固有の課題だけではなく、地域共通',
    'の課題や自治体全体で取り組んだ方がよさそうなものをみつけようとしている ',
  ],
  [
    '5. 地域ケア会議や多職種との会議等から、地域共通の課題や自治体全体で取り組んだ方がよ',
    'さそうなものをみつけ、コーディネーターと市町村担当者で共有する ',
  ],
  [
    '6. 地域ケア会議や多職種との会議等から、地域共通の課題や自治体全体で取り組んだ方がよ',
    'さそうなものをみつけ、その内容や対応についてコーディネーターと市町村担当者でディ',
    'スカッションする ',
  ],
  ['1. なぜ地域包括ケアシステムにおいて、在宅医療・介護連携は必要なのか。 '],
  [
    '2. 在宅医療・介護連携推進事業のコーディネーターは、どのような目的のもと活動している',
    'のか。 ',
  ],
  ['3. 在宅医療・介護連携のコーディネーターの取組の中で、最も大事だと考えることは何か。 '],
]

/** report.txt L4164-4166 and L4175-4176. */
const REPORT_OPTIONS = {
  fiveStep: [
    'a.常にそのようにできている  b.概ねそのようにできている ',
    'c.そのようにしたいと考え徐々に取り組んでいる ',
    'd.そのようにしたいが取り組めていない  e.特にそのようにすることは考えていない   ',
  ],
  fourStep: [
    'a.説明できそうだ  b.時間をかければ説明できそうだ ',
    'c.時間と資料があれば説明できそうだ  d.時間と資料があっても難しそうだ   ',
  ],
}

/** report.txt L4375-4378, L4480-4483, L4200-4204, L7542-7544, L4181-4185. */
const REPORT_READINGS = {
  fiveStep: [
    '○ 「up」は参加前より評価が上がったことを示し、自身の今までの活動がどのような意味・',
    '意義を持っていたか理解した者と考えられる。「down」は参加前より評価が下がったこと',
    'を示し、今まではできていたと考えていたが違った、更にすべきことがあると知った者と',
    '考えられる。 ',
  ],
  fourStep: [
    '○ 「up」は開催前より開催後の評価が上がったことを示し、研修前より理解が進んだことを',
    '',
    '示す。「down」は参加前より評価が下がったことを示し、研修前よりよくわからなくなっ',
    'てしまったことを示す。 ',
  ],
  general: [
    '○ 通常「up」が研修会の実施効果として捉えられる。だが、今までは疑問に思わなかったこ',
    'とについて、新たに知識や認識を得たことで評価が厳しくなり「down」する場合もある。',
    '本当はできていなかったのではないか、こういうことだったのかと気づいた等の場合であ',
    'り、認識、意識が変わった結果「downする」ことも研修会の実施効果として考えられる。',
  ],
}

describe('the report’s survey, verbatim', () => {
  it('has the nine rated items of Ⅰ and Ⅱ as printed (L4141-4176)', () => {
    const rated = BUILT_IN_ITEMS.filter((i) => i.scale !== 'freeText')
    expect(rated.map((i) => i.text)).toEqual(REPORT_ITEMS.map((b) => withoutNumber(printed(b))))
    expect(rated.map((i) => i.scale)).toEqual([
      ...Array<string>(6).fill('fiveStep'),
      ...Array<string>(3).fill('fourStep'),
    ])
    expect(SECTION_TITLES.fiveStep.ja).toBe(
      printed(['Ⅰ.地域課題の検討に向けたコーディネーターと市町村担当者の状況 ']),
    )
    expect(SECTION_TITLES.fourStep.ja).toBe(printed([' Ⅱ.他者に説明ができるか ']))
  })

  it('has the options of both scales as printed', () => {
    for (const scale of ['fiveStep', 'fourStep'] as const) {
      const line = SCALE_OPTIONS[scale].map((o) => `${o.letter}.${o.text}`).join('')
      expect(line).toBe(printed(REPORT_OPTIONS[scale]).replace(/\s+/g, ''))
    }
  })

  it('has the post survey’s free text fields (L7535-7536)', () => {
    expect(BUILT_IN_ITEMS.filter((i) => i.scale === 'freeText').map((i) => i.text)).toEqual([
      '今回の研修への感想や気づき',
      '今後期待したい支援等',
    ])
  })

  it('has the readings of up and down as printed', () => {
    expect('○ ' + READING_BY_SCALE.fiveStep).toBe(printed(REPORT_READINGS.fiveStep))
    expect('○ ' + READING_BY_SCALE.fourStep).toBe(printed(REPORT_READINGS.fourStep))
    expect('○ ' + READING_GENERAL).toBe(printed(REPORT_READINGS.general))
    expect(READING_CAUTION).toContain('必ずしも前より後の評価が「down」したからと言って研修効果')
    expect(CHANGE_DEFINITION).toContain('「stay」は特に変化がないものである。')
  })
})
