import { describe, expect, it } from 'vitest'
import { updateNote } from '../board/theme1Ops'
import { addCause, setMainCause } from '../theme2/causeOps'
import { createTopicFromTane, setStatement, updateTopic } from '../theme2/topicOps'
import { buildBrief, textFingerprint } from './brief'
import { addCanvasNote, addCanvasRef } from './canvasNoteOps'
import { createCanvasFromTopic, resetBrief, setBriefPart } from './canvasOps'
import { addQa } from './canvasQaOps'
import { theme3Fixture } from '../testing/theme3Fixture'

function filled() {
  const f = theme3Fixture()
  const tane = f.tane('(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。', ['daily'])
  const topicId = f.must(createTopicFromTane(f.doc(), f.theme2BoardId, tane.id, f.ctx))
  f.apply(
    setStatement(f.doc(), topicId, '訪問診療医やケアマネが専門医と相談しやすい関係を作ること。'),
  )
  f.apply(updateTopic(f.doc(), topicId, { goal: '在宅で療養を続けられる' }))
  const cause = f.must(addCause(f.doc(), topicId, '専門医が見つからない', null, f.ctx))
  f.apply(setMainCause(f.doc(), topicId, cause))
  const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, topicId, f.ctx))
  f.apply(addCanvasRef(f.doc(), canvasId, 'facts', { type: 'note', id: tane.id }, f.ctx))
  f.apply(addCanvasNote(f.doc(), canvasId, 'facts', '同様の問合せが\n月に数件', f.ctx))
  f.apply(addCanvasNote(f.doc(), canvasId, 'thoughts', '専門医と相談しやすい関係が必要', f.ctx))
  f.apply(addCanvasNote(f.doc(), canvasId, 'materials', '相談記録の集計', f.ctx))
  f.apply(addCanvasNote(f.doc(), canvasId, 'share', '協議会で医師・看護師に聞く', f.ctx))
  f.apply(addQa(f.doc(), canvasId, { prompt: 'reason', answer: 'ケアマネから問合せがある' }, f.ctx))
  f.apply(addQa(f.doc(), canvasId, { prompt: 'why' }, f.ctx))
  return { f, canvasId, taneId: tane.id }
}

describe('伝達シート', () => {
  it('is generated from the canvas: title, タネ with goal and main cause, the four areas, Q&A', () => {
    const { f, canvasId } = filled()
    const brief = buildBrief(f.doc(), canvasId)!
    expect(brief.groupName).toBe('Ａグループ')
    expect(brief.workshopTitle).toBe(f.doc().workshop.title)
    const text = Object.fromEntries(Object.entries(brief.parts).map(([k, v]) => [k, v.text]))
    expect(text).toEqual({
      title: '訪問診療医やケアマネが専門医と相談しやすい関係を作ること。',
      tane: [
        '・(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
        '・目指す姿：在宅で療養を続けられる',
        '・主たる原因：専門医が見つからない',
      ].join('\n'),
      facts: [
        '・(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
        '・同様の問合せが 月に数件',
      ].join('\n'),
      thoughts: '・専門医と相談しやすい関係が必要',
      materials: '・相談記録の集計',
      share: '・協議会で医師・看護師に聞く',
      qa: [
        'Q. なぜそう考えるのか',
        'A. ケアマネから問合せがある',
        'Q. なぜ、そのような相談が生じたのか',
      ].join('\n'),
    })
    expect(Object.values(brief.parts).every((p) => p.edited === null && !p.differs)).toBe(true)
  })

  it('follows the canvas and its references live until a part is edited', () => {
    const { f, canvasId, taneId } = filled()
    f.apply(updateNote(f.doc(), taneId, { text: '(ケアマネ)専門医の訪問診療が見つからない。' }))
    expect(buildBrief(f.doc(), canvasId)!.parts.facts.text).toContain(
      '・(ケアマネ)専門医の訪問診療が見つからない。',
    )
  })

  it('an edited part keeps its words, says when the canvas has changed since, and can go back', () => {
    const { f, canvasId } = filled()
    const share = () => buildBrief(f.doc(), canvasId)!.parts.share
    f.apply(setBriefPart(f.doc(), canvasId, 'share', '次回の協議会（6月）で報告する'))
    // Just edited: the canvas has not changed since.
    expect(share()).toMatchObject({
      text: '次回の協議会（6月）で報告する',
      edited: '次回の協議会（6月）で報告する',
      differs: false,
    })
    // Editing another part, or the canvas elsewhere, does not touch it.
    f.apply(setBriefPart(f.doc(), canvasId, 'materials', '相談記録（令和4年8～12月）'))
    f.apply(addCanvasNote(f.doc(), canvasId, 'facts', '訪問診療医は市内に10か所', f.ctx))
    expect(share().differs).toBe(false)
    // A new note in its area: the sheet keeps the words and says the canvas changed.
    f.apply(addCanvasNote(f.doc(), canvasId, 'share', '報告書に書く', f.ctx))
    expect(share()).toMatchObject({
      text: '次回の協議会（6月）で報告する',
      generated: '・協議会で医師・看護師に聞く\n・報告書に書く',
      differs: true,
    })
    // Writing the part again takes the canvas as it is now as the new basis.
    f.apply(setBriefPart(f.doc(), canvasId, 'share', '次回の協議会（7月）で報告する'))
    expect(share().differs).toBe(false)
    f.apply(setBriefPart(f.doc(), canvasId, 'share', null))
    expect(share()).toMatchObject({
      text: '・協議会で医師・看護師に聞く\n・報告書に書く',
      edited: null,
      differs: false,
    })
  })

  it('typing back exactly the generated text returns the part to following the canvas', () => {
    const { f, canvasId } = filled()
    const generated = buildBrief(f.doc(), canvasId)!.parts.materials.generated
    f.apply(setBriefPart(f.doc(), canvasId, 'materials', 'x'))
    expect(f.doc().canvases[canvasId]?.brief.materials?.text).toBe('x')
    f.apply(setBriefPart(f.doc(), canvasId, 'materials', generated))
    expect(f.doc().canvases[canvasId]?.brief.materials).toBeNull()
    f.apply(setBriefPart(f.doc(), canvasId, 'title', '題'))
    f.apply(resetBrief(f.doc(), canvasId))
    expect(Object.values(f.doc().canvases[canvasId]!.brief).every((v) => v === null)).toBe(true)
    expect(resetBrief(f.doc(), canvasId)).toEqual([])
  })

  it('fingerprints tell texts apart and are short', () => {
    expect(textFingerprint('・a')).toBe(textFingerprint('・a'))
    expect(textFingerprint('・a')).not.toBe(textFingerprint('・b'))
    expect(textFingerprint('あ'.repeat(100_000)).length).toBeLessThanOrEqual(40)
  })

  it('is null for a canvas that is not live', () => {
    const { f } = filled()
    expect(buildBrief(f.doc(), 'nope')).toBeNull()
  })
})
