import { describe, expect, it } from 'vitest'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { theme3Fixture } from '../testing/theme3Fixture'
import { applyRecords } from '../model/workshopDoc'
import { addGroup } from '../ops/groupOps'
import { sharedBoardPages } from './sharedBoardPages'
import { buildSharedBoard } from './sharedBoardRows'
import { buildSummaryDeck, sharedBoardSummaryPages } from './summaryDeck'

/** Every text below is copied from report.txt (line numbers given), as the theme-card tests do. */

describe('総括 deck', () => {
  const sample = createSampleWorkshop(fakeContext())
  const deck = buildSummaryDeck(sample, buildSharedBoard(sample))

  it('目的の再確認, 本日の振り返り (the 共有用ボード), then 実際の例 in two pages', () => {
    expect(deck.map((p) => [p.kind, p.title])).toEqual([
      ['purpose', '目的の再確認'],
      ['board', '本日の振り返り（共有用ボード）'],
      ['dialogue', '実際の例（稲城市）'],
      ['outcome', '実際の例（稲城市）'],
    ])
    expect(deck.map((p) => `${String(p.n)}/${String(p.total)}`)).toEqual([
      '1/4',
      '2/4',
      '3/4',
      '4/4',
    ])
  })

  it('目的の再確認: the group work (L7380-7382) and each theme (cards; L7437-7439), verbatim', () => {
    const purpose = deck[0]
    if (purpose?.kind !== 'purpose') throw new Error('no purpose page')
    expect(purpose.purpose).toBe(
      '個別課題を知る在宅医療コーディネーターと、在宅医療・介護連携推進事業を担当する市町村担当者が一緒になって、個別課題から地域課題を考えること',
    )
    expect(purpose.themes.map((t) => [t.label, t.title, t.aim])).toEqual([
      [
        'テーマ 1',
        '住民･患者･家族が困っていること・不利益が生じていることを出し合ってみよう',
        '個別課題から地域課題を考える。',
      ],
      [
        'テーマ 2',
        '地域課題のタネから、地域で解決したいこと（地域課題）を出し合ってみよう',
        '個別課題から地域課題を考える。',
      ],
      [
        'テーマ 3',
        '現場で起こっていること･地域課題を市町村にうまく伝えるにはどうしたらよいか考えてみよう',
        '市町村担当者とコーディネーターとのコミュニケーションの質を高め、地域課題を共有しやすくする方法を考える。',
      ],
    ])
    expect(purpose.themePurposes).toEqual([
      'テーマ１・２は個別課題から地域課題を考えるためのもの',
      'テーマ３は市町村とコーディネーターのコミュニケーションの質の向上を図るためのもの',
    ])
  })

  it('実際の例: the 稲城市 dialogue of 資料5-2 / 図表-66 (L8708-8738), verbatim, turn by turn', () => {
    const dialogue = deck[2]
    if (dialogue?.kind !== 'dialogue') throw new Error('no dialogue page')
    expect(dialogue.figure).toBe(
      '地域課題の解決に向けた市町村担当者とコーディネーターの対話例（稲城市）',
    )
    expect(dialogue.heading).toBe('行政職員とコーディネーターとの議論の様子')
    expect(dialogue.turns.map((t) => [t.speakerLabel, t.text])).toEqual([
      [
        'コーディネーター',
        '続いてはケアマネからの相談でした。「パーキンソンに強い市外の訪問診療は遠くて訪問できない」とのことで、パーキンソンに強い訪問診療医は市内にはいないので、調べて市外の●●クリニックさんを紹介しました。',
      ],
      [
        '行政職員',
        'それって、市内にもパーキンソンに強い訪問診療医が必要ってことですか？訪問診療って専門性より「なんでも診れること」が大切って前の協議会会長によく言われたんですけど。',
      ],
      [
        'コーディネーター',
        '在宅療養する本人も家族も、病気の専門性が高い訪問診療医を希望することは、よくあるみたいで、ケアマネから問合せありますよ。',
      ],
      [
        '行政職員',
        'そうかもしれませんが、各疾病の専門性の高い訪問診療医を市内にそろえるのは難しいですよね。一般的な訪問診療医もパーキンソンは分かってますよね。それじゃだめなんですかね。',
      ],
      [
        'コーディネーター',
        'さぁ、そこまではケアマネさんから聞きませんでしたので、聞いてみますね。',
      ],
      [
        '行政職員',
        'それから、協議会でこの相談から見える地域課題について、医師や看護師に聞いてみましょうか。',
      ],
    ])
    const outcome = deck[3]
    if (outcome?.kind !== 'outcome') throw new Error('no outcome page')
    expect(outcome.outcome).toBe(
      '協議会で議論したところ、パーキンソン病の患者を退院させるにあたり、専門医として在宅療養のめどが立っているはずだから、症状に困ったらケアマネや訪問診療医が専門医に相談しやすい関係性を広げることが地域課題ではないかと議論された。',
    )
    expect(outcome.takeaway).toBe(
      '市町村と連携するためには、コーディネーターには、あったこと／やったことの「報告」ではなく、「個別課題から地域課題のタネを伝える」というコミュニケーション力が必要',
    )
    expect(outcome.source).toBe(
      '出所）稲城市：在宅医療・介護連携の関係者・機関の役割を知る、都道府県・市町村担当者等研修会議Ⅰ（開催日：令和６年10月21日）資料より引用',
    )
  })

  it('a 半日 workshop re-states its own (試行②) cards; the board pages are numbered', () => {
    const f = theme3Fixture()
    let doc = f.doc()
    for (let i = 0; i < 4; i += 1) doc = applyRecords(doc, addGroup(doc, f.ctx))
    const half = buildSummaryDeck(doc, buildSharedBoard(doc))
    expect(half.map((p) => p.title)).toEqual([
      '目的の再確認',
      '本日の振り返り（共有用ボード 1/3）',
      '本日の振り返り（共有用ボード 2/3）',
      '本日の振り返り（共有用ボード 3/3）',
      '実際の例（稲城市）',
      '実際の例（稲城市）',
    ])
    const purpose = half[0]
    if (purpose?.kind !== 'purpose') throw new Error('no purpose page')
    expect(purpose.themes[0]?.aim).toBe('個別課題から地域課題を考える。')
  })
})

describe('共有用ボード pages', () => {
  it('a few groups a page (2 with the preset columns, 3 otherwise), in order; never none', () => {
    const sample = buildSharedBoard(createSampleWorkshop(fakeContext()))
    expect(sharedBoardPages(sample).map((p) => p.rows.map((r) => r.groupName))).toEqual([
      ['Ａグループ', 'Ｂグループ', 'Ｃグループ'],
    ])
    expect(sharedBoardPages(sample, 2).map((p) => [p.key, p.n, p.total, p.rows.length])).toEqual([
      ['sharedBoard:1', 1, 2, 2],
      ['sharedBoard:2', 2, 2, 1],
    ])
    const empty = { ...sample, rows: [] }
    expect(sharedBoardPages(empty)).toHaveLength(1)
    expect(sharedBoardSummaryPages(sample).map((p) => p.title)).toEqual(['共有用ボード'])
  })
})
