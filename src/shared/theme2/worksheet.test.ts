import { describe, expect, it } from 'vitest'
import { updateNote } from '../board/theme1Ops'
import { anyRecordSchema } from '../model/schemas'
import { addCause, castVote, setMainCause } from './causeOps'
import {
  INAGI_MITORI_WORKSHEET,
  createFilledTopic,
  fillWorksheet,
  worksheetCells,
} from '../testing/inagiExample'
import { addMeasure, addOutcome, setChosen } from './measureOps'
import { theme2Fixture } from '../testing/theme2Fixture'
import { seatVoterId, topicCauses } from './theme2Queries'
import { createTopic, createTopicFromTane } from './topicOps'
import { applyWorksheetEdit, buildWorksheet, type Worksheet } from './worksheet'

/** The 問1-問5 cells of a worksheet, without ids: what the paper sheet shows. */
function paper(sheet: Worksheet | null) {
  if (!sheet) throw new Error('no worksheet')
  return {
    テーマ: sheet.theme,
    目指す姿: sheet.goal,
    原因: sheet.causes.map((c) => c.text),
    最も大きな原因: sheet.mainCause.text,
    対策: sheet.measures.map((m) => [m.text, m.target]),
    期待値: sheet.outcomes.map((o) => [o.expectation, o.indicator]),
    more: [sheet.moreCauses, sheet.moreMeasures, sheet.moreOutcomes],
  }
}

/** 「東京都稲城市の検討例（テーマ：看取り）」, digest §3.4 (report L10642-10674), verbatim. */
const INAGI_SHEET = {
  テーマ: '【看取り】終末期に本人の意向に沿えず、家族が入院を選ぶことがある',
  目指す姿: '終末期であっても、在宅サービスを使うことで本人の意向を尊重した在宅生活を継続できる',
  原因: [
    '本人の意向を具体的に確認できていない',
    '衰弱すると家族が不安になる',
    '看取り経験少ないケアマネも不安になる',
    '不安になると在宅医でなく救急車に連絡',
  ],
  最も大きな原因:
    '専門職が看取るプロセスを十分説明しきれていないため、家族の不安が高まってしまっている',
  対策: [
    ['看取るプロセスを知り、在宅看取りの心理的準備性を高める', '家族'],
    ['痩せる等、在宅看取りまでのプロセスを家族に説明するスキル獲得支援', 'ケアマネ、訪看'],
    ['在宅看取りプロセスを家族に説明する演習や資料の作成', 'ケアマネ、訪看、医師'],
  ],
  期待値: [
    ['ケアマネ等が説明できるスキルがあがる', '説明スキルのアンケート、試験'],
    ['ケアマネ等が家族に実際に説明するようになる', '説明した経験等の確認(アンケート)'],
    ['説明により家族等が理解し、安心する', '家族の安心感等のヒアリング、アンケート'],
  ],
  more: [0, 0, 0],
}

describe('worksheet', () => {
  it('an empty topic gives an empty sheet of 4 causes, 3 measures, 3 outcomes', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    expect(paper(buildWorksheet(f.doc(), id))).toEqual({
      テーマ: '',
      目指す姿: '',
      原因: ['', '', '', ''],
      最も大きな原因: '',
      対策: [
        ['', ''],
        ['', ''],
        ['', ''],
      ],
      期待値: [
        ['', ''],
        ['', ''],
        ['', ''],
      ],
      more: [0, 0, 0],
    })
    expect(buildWorksheet(f.doc(), 'missing')).toBeNull()
  })

  it('entering the 稲城市 看取り example cell by cell reproduces that sheet exactly', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    for (const [field, value] of worksheetCells(INAGI_MITORI_WORKSHEET)) {
      const records = applyWorksheetEdit(f.doc(), id, field, value, f.ctx)
      expect(records.length).toBeGreaterThan(0)
      for (const r of records) expect(anyRecordSchema.safeParse(r).error).toBeUndefined()
      f.apply(records)
    }
    const sheet = buildWorksheet(f.doc(), id)
    expect(paper(sheet)).toEqual(INAGI_SHEET)
    // The sheet is a view of the map: five causes, the 根本原因 marked main, measures on it.
    const topic = f.doc().topics[id]!
    expect(topicCauses(f.doc(), id)).toHaveLength(5)
    expect(sheet?.mainCause.causeId).toBe(topic.mainCauseId)
    const measures = Object.values(f.doc().measures)
    expect(measures.every((m) => m.causeId === topic.mainCauseId)).toBe(true)
    // Entering the same cells again changes nothing.
    for (const [field, value] of worksheetCells(INAGI_MITORI_WORKSHEET)) {
      expect(applyWorksheetEdit(f.doc(), id, field, value, f.ctx)).toEqual([])
    }
  })

  it('fillWorksheet enters it as one change, undone at once', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    const before = f.content()
    f.apply(fillWorksheet(f.doc(), id, INAGI_MITORI_WORKSHEET, f.ctx))
    expect(paper(buildWorksheet(f.doc(), id))).toEqual(INAGI_SHEET)
    f.undo()
    expect(f.content()).toEqual(before)
  })

  it('createFilledTopic makes a new topic with a filled sheet in one change', () => {
    const f = theme2Fixture()
    const records = createFilledTopic(f.doc(), f.boardId, INAGI_MITORI_WORKSHEET, f.ctx)
    expect(records[0]?.type).toBe('topic')
    const id = f.must(records)
    expect(paper(buildWorksheet(f.doc(), id))).toEqual(INAGI_SHEET)
    f.undo()
    expect(f.content().topics).toEqual([])
    expect(createFilledTopic(f.doc(), 'missing', INAGI_MITORI_WORKSHEET, f.ctx)).toEqual([])
  })

  it('countermeasures typed before the main cause are attached when it is named', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'measureTarget', row: 0 }, '家族', f.ctx))
    const measure = Object.values(f.doc().measures)[0]!
    expect(measure).toMatchObject({ text: '', target: '家族', causeId: null })
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'mainCause' }, '説明不足', f.ctx))
    expect(f.doc().measures[measure.id]?.causeId).toBe(f.doc().topics[id]?.mainCauseId)
  })

  it('原因1-4 follow the dots, then top-level before "why?", then map order; the rest is counted', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    const cell = (row: number, text: string) =>
      f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'cause', row }, text, f.ctx))
    cell(0, 'A')
    cell(1, 'B')
    cell(3, 'C') // an empty row: the new cause fills the first empty one
    expect(paper(buildWorksheet(f.doc(), id)).原因).toEqual(['A', 'B', 'C', ''])
    const [a, b, c] = topicCauses(f.doc(), id)
    // A "why?" of A comes after the top-level causes while nobody has voted.
    const why = f.must(addCause(f.doc(), id, 'A のなぜ', a!.id, f.ctx))
    cell(3, 'D') // row 4 is the sub-cause's: this edits it
    expect(f.doc().causes[why]?.text).toBe('D')
    f.must(addCause(f.doc(), id, 'E', null, f.ctx))
    expect(paper(buildWorksheet(f.doc(), id)).原因).toEqual(['A', 'B', 'C', 'E'])
    expect(buildWorksheet(f.doc(), id)?.moreCauses).toBe(1)
    f.apply(castVote(f.doc(), c!.id, seatVoterId(1), 1))
    f.apply(castVote(f.doc(), c!.id, seatVoterId(2), 1))
    f.apply(castVote(f.doc(), why, seatVoterId(1), 1))
    let sheet = buildWorksheet(f.doc(), id)!
    expect(sheet.causes.map((x) => [x.text, x.votes, x.parentId])).toEqual([
      ['C', 2, null],
      ['D', 1, a!.id],
      ['A', 0, null],
      ['B', 0, null],
    ])
    expect(sheet.moreCauses).toBe(1)
    // Marking C main moves it to its own row; editing 原因1 now edits D.
    f.apply(setMainCause(f.doc(), id, c!.id))
    cell(0, 'D 改')
    sheet = buildWorksheet(f.doc(), id)!
    expect(paper(sheet).原因).toEqual(['D 改', 'A', 'B', 'E'])
    expect(sheet.moreCauses).toBe(0)
    expect(sheet.mainCause).toEqual({ causeId: c!.id, text: 'C' })
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'mainCause' }, 'C 改', f.ctx))
    expect(f.doc().causes[c!.id]?.text).toBe('C 改')
    expect(f.doc().causes[b!.id]?.text).toBe('B')
  })

  it('counts measures and outcomes beyond the sheet; chosen measures first', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    const ids = ['M1', 'M2', 'M3', 'M4', 'M5'].map((t) =>
      f.must(addMeasure(f.doc(), id, null, t, '', f.ctx)),
    )
    f.apply(setChosen(f.doc(), ids[3]!, true))
    f.apply(setChosen(f.doc(), ids[4]!, true))
    const sheet = buildWorksheet(f.doc(), id)!
    expect(sheet.measures.map((m) => [m.text, m.chosen])).toEqual([
      ['M4', true],
      ['M5', true],
      ['M1', false],
    ])
    expect(sheet.moreMeasures).toBe(2)
    // 対策2 is M5: its 対象 is edited there.
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'measureTarget', row: 1 }, '医師', f.ctx))
    expect(f.doc().measures[ids[4]!]?.target).toBe('医師')
    for (const text of ['O1', 'O2', 'O3', 'O4']) {
      f.must(addOutcome(f.doc(), id, { expectation: text }, f.ctx))
    }
    expect(paper(buildWorksheet(f.doc(), id)).期待値).toEqual([
      ['O1', ''],
      ['O2', ''],
      ['O3', ''],
    ])
    expect(buildWorksheet(f.doc(), id)?.moreOutcomes).toBe(1)
  })

  it('empty input in an empty row, a row outside the sheet or a gone topic change nothing', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    const doc = f.doc()
    expect(applyWorksheetEdit(doc, id, { kind: 'cause', row: 0 }, '  ', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'mainCause' }, '', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'measureText', row: 0 }, '', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'indicator', row: 0 }, '', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'cause', row: 4 }, 'x', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'cause', row: -1 }, 'x', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'cause', row: 0.5 }, 'x', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, id, { kind: 'measureText', row: 3 }, 'x', f.ctx)).toEqual([])
    expect(applyWorksheetEdit(doc, 'missing', { kind: 'goal' }, 'x', f.ctx)).toEqual([])
    // Clearing a filled row keeps its record (deleting is done on the map, where it asks).
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'cause', row: 0 }, 'A', f.ctx))
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'cause', row: 0 }, '', f.ctx))
    expect(topicCauses(f.doc(), id).map((c) => c.text)).toEqual([''])
  })

  it('the テーマ of a topic linked to a タネ stays live unless the table rewords it', () => {
    const f = theme2Fixture()
    const tane = f.tane('家族が入院を選ぶ')
    const id = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    expect(buildWorksheet(f.doc(), id)).toMatchObject({
      theme: '家族が入院を選ぶ',
      themeSource: 'tane',
    })
    // Typing the タネ's own text keeps the link (no title of its own).
    expect(applyWorksheetEdit(f.doc(), id, { kind: 'theme' }, '家族が入院を選ぶ', f.ctx)).toEqual(
      [],
    )
    f.apply(updateNote(f.doc(), tane.id, { text: '家族が入院を選んでしまう' }))
    expect(buildWorksheet(f.doc(), id)?.theme).toBe('家族が入院を選んでしまう')
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'theme' }, '【看取り】入院を選ぶ', f.ctx))
    expect(buildWorksheet(f.doc(), id)?.theme).toBe('【看取り】入院を選ぶ')
    // Clearing the title shows the タネ again.
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'theme' }, '', f.ctx))
    expect(buildWorksheet(f.doc(), id)?.theme).toBe('家族が入院を選んでしまう')
  })

  it('the concern and the 地域課題 statement are edited there too', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, '', f.ctx))
    f.apply(applyWorksheetEdit(f.doc(), id, { kind: 'concern' }, '家族: 急変時の対応', f.ctx))
    f.apply(
      applyWorksheetEdit(f.doc(), id, { kind: 'statement' }, '看取りの説明\nができる地域', f.ctx),
    )
    expect(buildWorksheet(f.doc(), id)).toMatchObject({
      concern: '家族: 急変時の対応',
      statement: '看取りの説明 ができる地域',
    })
  })
})
