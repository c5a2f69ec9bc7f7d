import { describe, expect, it } from 'vitest'
import { scanText } from './scanText'

const found = (text: string) => scanText(text).map((m) => [m.kind, m.text])

describe('scanText: true hits', () => {
  it('finds the issue example: a name with さん and an age', () => {
    expect(found('山田太郎さん（82歳）が退院後に一人暮らしに戻る。')).toEqual([
      ['name', '山田太郎さん'],
      ['age', '82歳'],
    ])
  })

  it('finds names with 様・氏・くん・君・ちゃん, in kanji and katakana, spans as written', () => {
    const text = '担当の佐々木様と鈴木氏、翔太くん、健君、ユイちゃん、タナカさん'
    expect(found(text)).toEqual([
      ['name', '佐々木様'],
      ['name', '鈴木氏'],
      ['name', '翔太くん'],
      ['name', '健君'],
      ['name', 'ユイちゃん'],
      ['name', 'タナカさん'],
    ])
    for (const m of scanText(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('finds ages in ASCII, full-width and kanji digits', () => {
    expect(found('８２歳の男性、78才の妻、八十二歳')).toEqual([
      ['age', '８２歳'],
      ['age', '78才'],
      ['age', '八十二歳'],
    ])
  })

  it('finds Japanese phone numbers, full-width ones too', () => {
    expect(found('連絡先 03-1234-5678 / 090-1234-5678')).toEqual([
      ['phone', '03-1234-5678'],
      ['phone', '090-1234-5678'],
    ])
    expect(found('携帯は０９０－１２３４－５６７８です')).toEqual([
      ['phone', '０９０－１２３４－５６７８'],
    ])
    expect(found('自宅（０４２）３７８－１１１１')).toEqual([
      ['phone', '（０４２）３７８－１１１１'],
    ])
    expect(found('09012345678に電話、0120-123-456')).toEqual([
      ['phone', '09012345678'],
      ['phone', '0120-123-456'],
    ])
  })

  it('finds addresses: 丁目, 番地, 番・号, a town and a number chain, 〒', () => {
    expect(found('稲城市東長沼2111番地に住む')).toEqual([['address', '2111番地']])
    expect(found('向陽台３丁目５番地の都営住宅')).toEqual([['address', '３丁目５番地']])
    expect(found('本町1番2号')).toEqual([['address', '1番2号']])
    expect(found('稲城市東長沼2111-1')).toEqual([['address', '市東長沼2111-1']])
    expect(found('〒２０６－０８０２')).toEqual([['address', '〒２０６－０８０２']])
  })

  it('finds dates of birth: 生年月日, 昭和・平成 dates, S15.3.5, 生まれ', () => {
    expect(found('生年月日：1940年3月5日')).toEqual([['birthDate', '生年月日：1940年3月5日']])
    expect(found('昭和15年3月5日生、平成2年12月1日')).toEqual([
      ['birthDate', '昭和15年3月5日'],
      ['birthDate', '平成2年12月1日'],
    ])
    expect(found('S15.3.5 生')).toEqual([['birthDate', 'S15.3.5']])
    expect(found('昭和十年… 昭和8年生まれの方')).toEqual([['birthDate', '昭和8年生まれ']])
    expect(found('1940年3月5日生まれ')).toEqual([['birthDate', '1940年3月5日生まれ']])
  })
})

describe('scanText: the report’s own words are no hits', () => {
  const quiet = [
    '利用者さん',
    'ご本人様',
    'ケアマネさんから聞きませんでした',
    'ご家族様',
    '在宅患者さん多いよな',
    '医師や看護師さんに聞いてみましょうか',
    'ヘルパーさん・訪問看護師さん・薬剤師さん',
    '●●クリニックさんを紹介しました',
    '担当しているＡさんが…',
    '〇〇さん、○○様',
    'お母さん、お父さん、奥さん、娘さん、息子さん、お嫁さん、お孫さん',
    '皆さん、皆様、お客様、患者様、相談者様、主治医さん、地域包括支援センターさん',
    '事業所さん、病院さん、薬局さん、施設さん、市役所さん、医師会さん、民生委員さん',
    '多様な主体、同様に、様々な職種、様子を見る、氏名、君主',
    'たくさん、みなさん、おばあちゃん、おじいさん、赤ちゃん',
    '65歳以上の高齢者、40～64歳、3歳児健診、いきいき百歳体操',
    '119番通報、2024-11-19、14:00-15:30、令和4年8～12月分、令和6年11月19日',
    '平成27年度から、第1号被保険者',
    '1-2名で訪問、市町村1-2か所',
  ]
  it.each(quiet)('%s', (text) => {
    expect(found(text)).toEqual([])
  })
})
