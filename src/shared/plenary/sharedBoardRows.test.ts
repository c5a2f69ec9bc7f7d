import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { SAMPLE_MAIN_CAUSE, SAMPLE_STATEMENT } from '../templates/sampleTheme3'
import { fakeContext } from '../testing/fakeContext'
import { theme3Fixture } from '../testing/theme3Fixture'
import { addCause, setMainCause } from '../theme2/causeOps'
import { addMeasure, setChosen } from '../theme2/measureOps'
import { applyTrial2Preset, createTopic, setStatement } from '../theme2/topicOps'
import { addCanvasNote } from '../theme3/canvasNoteOps'
import { createCanvas, createCanvasFromTopic, renameCanvas } from '../theme3/canvasOps'
import { buildSharedBoard, groupIssues } from './sharedBoardRows'

describe('共有用ボード rows', () => {
  it('the サンプル研修会: Ａ/Ｂ/Ｃグループ, Ａ with the 稲城市 地域課題 and its ★主たる原因', () => {
    const board = buildSharedBoard(createSampleWorkshop(fakeContext()))
    expect(board.layout).toBe('issues')
    expect(board.columns).toEqual([])
    expect(board.rows.map((r) => r.groupName)).toEqual(['Ａグループ', 'Ｂグループ', 'Ｃグループ'])
    const [a, b, c] = board.rows
    expect(a?.issues).toHaveLength(1)
    expect(a?.issues[0]).toMatchObject({
      issue: SAMPLE_STATEMENT,
      issueSource: 'statement',
      mainCause: SAMPLE_MAIN_CAUSE,
      tane: '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
      measures: [],
    })
    expect(a?.issues[0]?.share).toContain(
      '協議会でこの相談から見える地域課題について、医師や看護師に聞いてみましょうか。',
    )
    expect(a?.moderator).toBe('山田 花子')
    expect(b?.issues).toEqual([])
    expect(c?.issues).toEqual([])
  })

  it('lists the 採用 countermeasures only, in order, with 誰に', () => {
    const f = theme3Fixture()
    const topicId = f.must(createTopic(f.doc(), f.boardId, '看取りの不安', f.ctx))
    f.apply(setStatement(f.doc(), topicId, '家族の不安を減らす'))
    const cause = f.must(addCause(f.doc(), topicId, 'プロセスの説明不足', null, f.ctx))
    f.apply(setMainCause(f.doc(), topicId, cause))
    const m1 = f.must(
      addMeasure(f.doc(), topicId, cause, '説明資料の作成', 'ケアマネ、訪看', f.ctx),
    )
    f.must(addMeasure(f.doc(), topicId, cause, '採用されない案', '', f.ctx))
    const m3 = f.must(addMeasure(f.doc(), topicId, cause, '家族向け説明会', '', f.ctx))
    f.apply(setChosen(f.doc(), m3, true))
    f.apply(setChosen(f.doc(), m1, true))
    const [issue] = groupIssues(f.doc(), f.groupId)
    expect(issue).toMatchObject({
      issue: '家族の不安を減らす',
      mainCause: 'プロセスの説明不足',
      tane: null,
    })
    expect(issue?.measures.map((m) => [m.text, m.target])).toEqual([
      ['説明資料の作成', 'ケアマネ、訪看'],
      ['家族向け説明会', ''],
    ])
  })

  it('a topic without a statement shows its テーマ, or its canvas title; typed canvases follow', () => {
    const f = theme3Fixture()
    const t1 = f.must(createTopic(f.doc(), f.boardId, 'テーマだけ', f.ctx))
    const t2 = f.must(createTopic(f.doc(), f.boardId, '別のテーマ', f.ctx))
    const canvas = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, t2, f.ctx))
    f.apply(renameCanvas(f.doc(), canvas, 'キャンバスでの言い方'))
    const typed = f.must(createCanvas(f.doc(), f.theme3BoardId, 'テーマ3で書いた地域課題', f.ctx))
    f.apply(addCanvasNote(f.doc(), typed, 'share', '協議会で共有', f.ctx))
    f.must(createTopic(f.doc(), f.boardId, '', f.ctx)) // empty: left out
    const issues = groupIssues(f.doc(), f.groupId)
    expect(issues.map((i) => [i.issue, i.issueSource])).toEqual([
      ['テーマだけ', 'topicTitle'],
      ['キャンバスでの言い方', 'canvas'],
      ['テーマ3で書いた地域課題', 'canvas'],
    ])
    expect(issues[0]?.topicId).toBe(t1)
    expect(issues[1]?.canvasId).toBe(canvas)
    expect(issues[2]).toMatchObject({ topicId: null, canvasId: typed, share: ['協議会で共有'] })
  })

  it('a 半日 (試行②) workshop has the four preset columns; other topics go to その他', () => {
    const f = theme3Fixture()
    const empty = buildSharedBoard(f.doc())
    expect(empty.layout).toBe('presets')
    expect(empty.columns.map((c) => c.label.ja)).toEqual([
      '入退院支援①',
      '入退院支援②',
      '看取り（自宅）',
      '看取り（自宅以外）',
    ])
    expect(empty.rows[0]?.cells).toEqual([null, null, null, null])
    f.apply(applyTrial2Preset(f.doc(), f.boardId, f.ctx))
    const doc = f.doc()
    const home = Object.values(doc.topics).find((t) => t.preset === 'endOfLifeHome')!
    f.apply(setStatement(doc, home.id, '自宅で看取れる体制'))
    f.must(createTopic(f.doc(), f.boardId, '急変時の連絡', f.ctx))
    const board = buildSharedBoard(f.doc())
    const row = board.rows[0]!
    expect(row.cells.map((c) => c?.issue ?? null)).toEqual([null, null, '自宅で看取れる体制', null])
    expect(row.cells[2]?.label).toBe('看取り（自宅）')
    expect(row.others.map((i) => i.issue)).toEqual(['急変時の連絡'])
    expect(board.hasOthers).toBe(true)
  })

  it('rows follow the workshop order and leave deleted or foreign records out', () => {
    const ctx = fakeContext()
    let doc = createSampleWorkshop(ctx)
    doc = applyRecords(doc, addGroup(doc, ctx, 'Ｄグループ'))
    const d = workshopGroups(doc)[3]!
    const theme2 = boardOf(doc, d.id, 'theme2')!
    const created = createTopic(doc, theme2.id, 'Ｄのテーマ', ctx)
    doc = applyRecords(doc, created)
    const topic = created[0]!
    doc = applyRecords(doc, [{ ...topic, deletedAt: '2025-02-07T05:00:00.000Z', rev: 2 }])
    const board = buildSharedBoard(doc)
    expect(board.rows.map((r) => r.groupName)).toEqual([
      'Ａグループ',
      'Ｂグループ',
      'Ｃグループ',
      'Ｄグループ',
    ])
    expect(board.rows[3]?.issues).toEqual([])
  })
})
