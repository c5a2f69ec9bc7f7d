import { describe, expect, it } from 'vitest'
import {
  CARD_SETS,
  cardFor,
  cardSet,
  cardsFor,
  cardTitleLine,
  MULTI_SCENE_NOTE,
  NARROW_SCENES_NOTE,
  ORIENTATION_CARD,
  PLENARY_CARD,
  THEME1_CARD,
  THEME1_CARD_TRIAL1,
  THEME2_CARD,
  THEME3_CARD,
} from './themeCards'

const all = (texts: readonly string[]) => texts.join('\n')

describe('theme cards', () => {
  it('every set has the five steps in order', () => {
    for (const set of CARD_SETS) {
      expect(cardSet(set).map((c) => c.key)).toEqual([
        'orientation',
        'theme1',
        'theme2',
        'theme3',
        'plenary',
      ])
    }
  })

  it('オリエンテーション (L7228-7234)', () => {
    expect(ORIENTATION_CARD.label).toBe('オリエンテーション')
    expect(ORIENTATION_CARD.title).toBe('・グループワークの導入')
    expect(ORIENTATION_CARD.duration).toBe('【検討の所要時間：目安】 10～15分程度')
    expect(ORIENTATION_CARD.points).toEqual(['グループワーク実施の目的、検討の流れ等を説明する。'])
  })

  it('テーマ1 (第5章): title lines, subtitle and 【ポイント】 verbatim', () => {
    expect(THEME1_CARD.label).toBe('テーマ 1')
    expect(THEME1_CARD.title.split('\n')).toEqual([
      '住民･患者･家族が困っていること',
      '・不利益が生じていることを',
      '出し合ってみよう',
    ])
    expect(THEME1_CARD.title).toContain('\uff65') // the half-width ･ of the card
    expect(THEME1_CARD.subtitle).toBe('～住民の困りごとをベースとした地域課題のタネ～')
    expect(THEME1_CARD.duration).toBe('【検討の所要時間：目安】 40分程度')
    expect(THEME1_CARD.points).toContain('※当初から場面を絞って検討してもよい。')
    expect(all(THEME1_CARD.points)).toContain('困りごとは4つの場面※でざっくりと分けてみる。')
    expect(all(THEME1_CARD.points)).toContain(
      '話を明確にするためにも「住民、患者、家族」等の当事者を中心において検討する。',
    )
    expect(all(THEME1_CARD.points)).not.toContain(MULTI_SCENE_NOTE)
  })

  it('テーマ1 (試行①) ends its first paragraph with the multi-scene remark', () => {
    expect(THEME1_CARD_TRIAL1.points[0]).toBe(
      '個別課題から地域課題を考える。実際に地域の中で起きている「困りごと」をあげていく。困りごとは4つの場面でざっくりと分けてみる。※複数場面にかかる場合がある。',
    )
    expect(all(THEME1_CARD_TRIAL1.points)).not.toContain(NARROW_SCENES_NOTE)
    expect(cardSet('trial1')[1]).toEqual(THEME1_CARD_TRIAL1)
  })

  it('テーマ1/テーマ2 (試行②) are narrowed to 入退院支援 and 看取り', () => {
    const [, theme1, theme2] = cardsFor('halfDay')
    expect(theme1?.points[0]).toBe(
      '個別課題から地域課題を考える。実際に地域の中で起きている「入退院支援」「看取り」に係る「困りごと」をあげていく。',
    )
    expect(theme2?.points[0]).toContain(
      '入退院支援については２つ、看取りについては自宅と自宅以外で考える。',
    )
    expect(theme1?.title).toBe(THEME1_CARD.title)
    expect(theme2?.title).toBe(THEME2_CARD.title)
  })

  it('テーマ2 (第5章)', () => {
    expect(THEME2_CARD.label).toBe('テーマ 2')
    expect(cardTitleLine(THEME2_CARD)).toBe(
      '地域課題のタネから、地域で解決したいこと（地域課題）を出し合ってみよう',
    )
    expect(THEME2_CARD.subtitle).toBeNull()
    expect(THEME2_CARD.points[0]).toBe(
      '個別課題から地域課題を考える。テーマ１の「困りごと」の背景を考え、地域で解決したいことを整理する。',
    )
    expect(THEME2_CARD.points[1]).toContain('何が地域課題（のタネ）なのかを考えて出し合ってみる。')
  })

  it('テーマ3 (第5章) says 【所要時間：目安】 without 検討', () => {
    expect(cardTitleLine(THEME3_CARD)).toBe(
      '現場で起こっていること･地域課題を市町村にうまく伝えるにはどうしたらよいか考えてみよう',
    )
    expect(THEME3_CARD.duration).toBe('【所要時間：目安】 40分程度')
    expect(THEME3_CARD.points[0]).toContain(
      '市町村担当者とコーディネーターとのコミュニケーションの質を高め',
    )
    expect(THEME3_CARD.points[1]).toContain(
      '事実や情報、そこから考えられること（仮説・評価・見解等）',
    )
  })

  it('全体での共有・講評・総括 (L7280-7295)', () => {
    expect(PLENARY_CARD.duration.split('\n')).toEqual([
      '【所要時間：目安】',
      '全体での共有は発表グループ数によるが、大体の発表時間を決めて実施する。',
      '各発表に対して都度講評を行うのか、総括のみとするのか等は状況に応じて決める。',
    ])
    expect(PLENARY_CARD.points).toHaveLength(3)
    expect(all(PLENARY_CARD.points)).toContain('ワールドカフェ方式での共有を行い')
  })

  it('carries the facilitator 問い verbatim', () => {
    expect(THEME1_CARD.questions).toEqual([
      '同じような困りごとを抱えている人は他にもいるの？',
      '担当している人のうち、どれ位いそう？',
      'もう少し具体的に言うと？',
      '例えばどのような時ですか？',
    ])
    expect(THEME2_CARD.questions).toHaveLength(6)
    expect(THEME2_CARD.questions[2]).toBe(
      '③ 様々考えられる原因のうち、解決しないといけない原因は何か（主たる原因）※テーマ２',
    )
    expect(THEME2_CARD.questions).toContain('その対策がもしうまくいったら課題解決に近づきそう？')
    expect(THEME3_CARD.questions).toEqual([
      '① なぜ、そのような相談が生じたのか',
      '② 相談室以外に相談できるところはどこか',
      '③ 相談せずに済むようにするにはどうしたらよいか',
      'なぜそう考えるのか',
    ])
    expect(ORIENTATION_CARD.questions).toEqual([])
    expect(PLENARY_CARD.questions).toEqual([])
  })

  it('cardsFor: 第5章 for the full day and custom, 試行② for the half day', () => {
    expect(cardsFor('fullDay')).toEqual(cardSet('chapter5'))
    expect(cardsFor('custom')).toEqual(cardSet('chapter5'))
    expect(cardsFor('halfDay')).toEqual(cardSet('trial2'))
    expect(cardFor('fullDay', 'theme1')).toEqual(THEME1_CARD)
  })

  it('returns copies that callers may change', () => {
    const cards = cardsFor('fullDay')
    cards[1]?.points.push('x')
    expect(THEME1_CARD.points).toHaveLength(3)
  })
})
