import { describe, expect, it } from 'vitest'
import { applyRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import { addGroup, workshopGroups } from '../ops/groupOps'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { fakeContext } from '../testing/fakeContext'
import { addMeasure, setChosen } from '../theme2/measureOps'
import { groupSummary, hasNothingToShow, shownThemes } from './groupSummary'

function sample() {
  const ctx = fakeContext()
  const doc = createSampleWorkshop(ctx)
  const [a, b] = workshopGroups(doc)
  return { ctx, doc, a: a!, b: b! }
}

describe('a group on one slide: タネ → 主たる原因 → 対策 → 伝え方', () => {
  it('reads the サンプル研修会\u0027s Ａグループ from テーマ2 and テーマ3, with its 司会', () => {
    const { doc, a } = sample()
    const summary = groupSummary(doc, a.id)
    expect(summary).toMatchObject({ groupName: 'Ａグループ', presenter: '山田 花子' })
    expect(summary.rows).toHaveLength(1)
    expect(summary.rows[0]).toMatchObject({
      tane: '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
      mainCause: '通院困難なパーキンソン病の患者に訪問診療してくれる専門医が見つからない。',
    })
    expect(summary.rows[0]?.share).toContain(
      '協議会でこの相談から見える地域課題について、医師や看護師に聞いてみましょうか。',
    )
    expect(hasNothingToShow(summary)).toBe(false)
    expect(shownThemes(summary, undefined)).toEqual([])
    expect(shownThemes(summary, ['theme3', 'theme1'])).toEqual(['theme1', 'theme3'])
  })

  it('shows the 採用 countermeasures, all of them while none is 採用', () => {
    const { ctx, a } = sample()
    let doc: WorkshopDoc = sample().doc
    const topic = live(doc.topics).find(
      (t) => doc.boards[t.boardId]?.groupId === a.id && t.deletedAt === null,
    )!
    doc = applyRecords(doc, addMeasure(doc, topic.id, null, '退院前の顔合わせ', '病院', ctx))
    doc = applyRecords(doc, addMeasure(doc, topic.id, null, '専門医の名簿', '', ctx))
    const before = groupSummary(doc, a.id).rows[0]?.measures
    expect(before).toEqual(expect.arrayContaining(['退院前の顔合わせ', '専門医の名簿']))
    const chosen = live(doc.measures).find((m) => m.text === '専門医の名簿')!
    doc = applyRecords(doc, setChosen(doc, chosen.id, true))
    expect(groupSummary(doc, a.id).rows[0]?.measures).toEqual(['専門医の名簿'])
  })

  it('falls back to the テーマ1 タネ, and the themes with content when there is no row', () => {
    const { doc, b } = sample()
    const summary = groupSummary(doc, b.id)
    expect(summary.rows.map((r) => r.tane)).toContain('入院した事を知らなかった')
    expect(summary.themesWithContent).toEqual(['theme1'])
    expect(shownThemes({ ...summary, rows: [] }, undefined)).toEqual(['theme1'])
  })

  it('a new group has nothing to show and no presenter', () => {
    const ctx = fakeContext('2026-01-01T00:00:00.000Z')
    let doc = sample().doc
    doc = applyRecords(doc, addGroup(doc, ctx, 'Ｄグループ'))
    const d = workshopGroups(doc).find((g) => g.name === 'Ｄグループ')!
    const summary = groupSummary(doc, d.id)
    expect(summary).toMatchObject({ presenter: null, rows: [], themesWithContent: [] })
    expect(hasNothingToShow(summary)).toBe(true)
  })
})
