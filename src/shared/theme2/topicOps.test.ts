import { describe, expect, it } from 'vitest'
import { deleteNotes, setTane, updateNote } from '../board/theme1Ops'
import { LIMITS } from '../model/limits'
import { topicSchema, type Topic } from '../model/schemas'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { addCause } from './causeOps'
import { addMeasure, addOutcome } from './measureOps'
import { axisLabel, DEFAULT_VOTES_PER_PERSON, TRIAL2_PRESET_TOPICS } from './presets'
import { theme2Fixture } from '../testing/theme2Fixture'
import { boardTopics, taneCandidates, topicView } from './theme2Queries'
import {
  applyTrial2Preset,
  createTopic,
  createTopicFromTane,
  deleteTopic,
  linkTane,
  moveTopic,
  setStatement,
  updateTopic,
} from './topicOps'

function topic(f: ReturnType<typeof theme2Fixture>, id: string): Topic {
  const t = f.doc().topics[id]
  if (!t) throw new Error(`no topic ${id}`)
  return t
}

describe('topics', () => {
  it('createTopic makes a valid typed topic with the defaults', () => {
    const f = theme2Fixture()
    const records = createTopic(f.doc(), f.boardId, '  退院後の生活が不安\r\n', f.ctx)
    expect(records).toHaveLength(1)
    const t = records[0] as Topic
    expect(topicSchema.safeParse(t).error).toBeUndefined()
    expect(t).toMatchObject({
      type: 'topic',
      boardId: f.boardId,
      workshopId: f.doc().workshop.id,
      title: '  退院後の生活が不安',
      sourceNoteId: null,
      mainCauseId: null,
      votesPerPerson: DEFAULT_VOTES_PER_PERSON,
      causeAxes: { x: null, y: null },
      measureAxes: { x: null, y: null },
      order: 1,
    })
    f.apply(records)
    f.must(createTopic(f.doc(), f.boardId, '二つめ', f.ctx))
    expect(boardTopics(f.doc(), f.boardId).map((x) => [x.title, x.order])).toEqual([
      ['  退院後の生活が不安', 1],
      ['二つめ', 2],
    ])
  })

  it('only on a live テーマ2 board, and at most LIMITS.topicsPerBoard', () => {
    const f = theme2Fixture()
    expect(createTopic(f.doc(), f.theme1BoardId, 'x', f.ctx)).toEqual([])
    expect(createTopic(f.doc(), 'missing', 'x', f.ctx)).toEqual([])
    for (let i = 0; i < LIMITS.topicsPerBoard; i++) {
      f.must(createTopic(f.doc(), f.boardId, `T${i}`, f.ctx))
    }
    expect(createTopic(f.doc(), f.boardId, 'one too many', f.ctx)).toEqual([])
    expect(applyTrial2Preset(f.doc(), f.boardId, f.ctx)).toEqual([])
  })

  it('a topic picked from a タネ is linked: the タネ text and scenes show live', () => {
    const f = theme2Fixture()
    const tane = f.tane('看取りの時期に家族が不安', ['endOfLife', 'emergency'])
    const id = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    expect(topic(f, id)).toMatchObject({ sourceNoteId: tane.id, title: '' })
    expect(topicView(f.doc(), topic(f, id))).toMatchObject({
      title: '看取りの時期に家族が不安',
      source: 'tane',
      taneText: '看取りの時期に家族が不安',
      taneMarked: true,
      scenes: ['endOfLife', 'emergency'],
    })
    f.apply(updateNote(f.doc(), tane.id, { text: '看取り期の家族の不安' }))
    expect(topicView(f.doc(), topic(f, id)).title).toBe('看取り期の家族の不安')
    // Unmarking the タネ keeps the link; the view says so.
    f.apply(setTane(f.doc(), [tane.id], false))
    expect(topicView(f.doc(), topic(f, id))).toMatchObject({
      title: '看取り期の家族の不安',
      source: 'tane',
      taneMarked: false,
    })
    // The table's own wording takes over; the タネ stays visible beside it.
    f.apply(updateTopic(f.doc(), id, { title: '【看取り】家族が入院を選ぶ' }))
    expect(topicView(f.doc(), topic(f, id))).toMatchObject({
      title: '【看取り】家族が入院を選ぶ',
      taneText: '看取り期の家族の不安',
    })
  })

  it('deleting the タネ on テーマ1 keeps the topic with its last text, marked; undo relinks', () => {
    const f = theme2Fixture()
    const tane = f.tane('入院時の情報共有がない', ['admission'])
    const id = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    f.apply(deleteNotes(f.doc(), [tane.id], f.ctx))
    expect(f.doc().topics[id]?.deletedAt).toBeNull()
    expect(topicView(f.doc(), topic(f, id))).toMatchObject({
      title: '入院時の情報共有がない',
      source: 'taneDeleted',
      scenes: ['admission'],
    })
    expect(taneCandidates(f.doc(), f.boardId)).toEqual([])
    f.undo()
    expect(topicView(f.doc(), topic(f, id)).source).toBe('tane')
    // A link to a note the doc does not hold shows the title only.
    const ghost = { ...topic(f, id), sourceNoteId: 'nowhere' }
    expect(topicView(f.doc(), ghost)).toMatchObject({ title: '', source: 'taneMissing' })
  })

  it('only タネ of the same group can be picked; a タネ may feed several topics', () => {
    const f = theme2Fixture()
    const plain = f.tane('ただの困りごと', ['daily'], false)
    expect(createTopicFromTane(f.doc(), f.boardId, plain.id, f.ctx)).toEqual([])
    const tane = f.tane('看取りの不安')
    f.apply(addGroup(f.doc(), f.ctx))
    const other = workshopGroups(f.doc())[1]!
    const otherTheme2 = boardOf(f.doc(), other.id, 'theme2')!
    expect(createTopicFromTane(f.doc(), otherTheme2.id, tane.id, f.ctx)).toEqual([])
    const a = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    const b = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    expect(taneCandidates(f.doc(), f.boardId)).toEqual([
      { note: f.doc().notes[tane.id], topicIds: [a, b] },
    ])
    expect(taneCandidates(f.doc(), otherTheme2.id)).toEqual([])
  })

  it('applyTrial2Preset adds the four 試行② topics once', () => {
    const f = theme2Fixture()
    const records = applyTrial2Preset(f.doc(), f.boardId, f.ctx)
    expect(records).toHaveLength(4)
    for (const r of records) expect(topicSchema.safeParse(r).error).toBeUndefined()
    f.apply(records)
    expect(
      boardTopics(f.doc(), f.boardId).map((t) => [t.label, t.scene, t.preset, t.title]),
    ).toEqual([
      ['入退院支援①', 'admission', 'admission1', ''],
      ['入退院支援②', 'admission', 'admission2', ''],
      ['看取り（自宅）', 'endOfLife', 'endOfLifeHome', ''],
      ['看取り（自宅以外）', 'endOfLife', 'endOfLifeElsewhere', ''],
    ])
    expect(TRIAL2_PRESET_TOPICS.map((p) => p.label.ja)).toEqual([
      '入退院支援①',
      '入退院支援②',
      '看取り（自宅）',
      '看取り（自宅以外）',
    ])
    expect(applyTrial2Preset(f.doc(), f.boardId, f.ctx)).toEqual([])
    // Deleting one preset topic lets the preset bring back just that one.
    const home = boardTopics(f.doc(), f.boardId)[2]!
    f.apply(deleteTopic(f.doc(), home.id, f.ctx))
    const again = applyTrial2Preset(f.doc(), f.boardId, f.ctx)
    expect(again.map((t) => (t as Topic).preset)).toEqual(['endOfLifeHome'])
    // A preset topic shows its scene, and can be linked to a タネ later.
    const first = boardTopics(f.doc(), f.boardId)[0]!
    expect(topicView(f.doc(), first).scenes).toEqual(['admission'])
    const tane = f.tane('退院時に在宅の準備が間に合わない', ['admission'])
    f.apply(linkTane(f.doc(), first.id, tane.id))
    expect(topicView(f.doc(), topic(f, first.id)).title).toBe('退院時に在宅の準備が間に合わない')
  })

  it('linkTane(null) unlinks and keeps the text that was shown', () => {
    const f = theme2Fixture()
    const tane = f.tane('家族が入院を選ぶ')
    const id = f.must(createTopicFromTane(f.doc(), f.boardId, tane.id, f.ctx))
    f.apply(linkTane(f.doc(), id, null))
    expect(topic(f, id)).toMatchObject({ sourceNoteId: null, title: '家族が入院を選ぶ' })
    expect(topicView(f.doc(), topic(f, id)).source).toBe('typed')
    expect(linkTane(f.doc(), id, null)).toEqual([])
    expect(linkTane(f.doc(), id, 'missing')).toEqual([])
  })

  it('updateTopic cleans texts, resets blank axis labels, clamps votes per person', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, 'T', f.ctx))
    f.apply(
      updateTopic(f.doc(), id, {
        goal: '本人の意向を尊重\u0007した在宅生活  ',
        concern: '誰が: 家族\n何が: 急変時の不安',
        label: '看取り\n（自宅）',
        causeAxes: { x: '緊急度' },
        measureAxes: { y: '  コスト  ' },
        votesPerPerson: 5,
      }),
    )
    expect(topic(f, id)).toMatchObject({
      goal: '本人の意向を尊重した在宅生活',
      concern: '誰が: 家族\n何が: 急変時の不安',
      label: '看取り （自宅）',
      causeAxes: { x: '緊急度', y: null },
      measureAxes: { x: null, y: 'コスト' },
      votesPerPerson: 5,
    })
    expect(axisLabel(topic(f, id), 'causes', 'x', 'ja')).toBe('緊急度')
    expect(axisLabel(topic(f, id), 'causes', 'y', 'ja')).toBe('取り組みやすさ')
    expect(axisLabel(topic(f, id), 'measures', 'x', 'ja')).toBe('効果')
    expect(axisLabel(topic(f, id), 'measures', 'y', 'en')).toBe('コスト')
    f.apply(updateTopic(f.doc(), id, { causeAxes: { x: '  ' }, votesPerPerson: 99 }))
    expect(topic(f, id).causeAxes.x).toBeNull()
    expect(topic(f, id).votesPerPerson).toBe(LIMITS.votesPerPersonMax)
    f.apply(updateTopic(f.doc(), id, { votesPerPerson: 0 }))
    expect(topic(f, id).votesPerPerson).toBe(1)
    expect(updateTopic(f.doc(), id, { votesPerPerson: Number.NaN })).toEqual([])
    expect(updateTopic(f.doc(), id, { votesPerPerson: 1 })).toEqual([]) // unchanged
    expect(topicSchema.safeParse(topic(f, id)).error).toBeUndefined()
    f.apply(setStatement(f.doc(), id, '専門職が看取りの\nプロセスを説明できる地域'))
    expect(topic(f, id).statement).toBe('専門職が看取りの プロセスを説明できる地域')
    expect(updateTopic(f.doc(), 'missing', { goal: 'x' })).toEqual([])
  })

  it('moveTopic reorders the board', () => {
    const f = theme2Fixture()
    f.apply(applyTrial2Preset(f.doc(), f.boardId, f.ctx))
    const [a, b, c, d] = boardTopics(f.doc(), f.boardId)
    f.apply(moveTopic(f.doc(), d!.id, a!.id))
    expect(boardTopics(f.doc(), f.boardId).map((t) => t.id)).toEqual([d, a, b, c].map((t) => t!.id))
    f.apply(moveTopic(f.doc(), d!.id, null))
    expect(boardTopics(f.doc(), f.boardId).map((t) => t.id)).toEqual([a, b, c, d].map((t) => t!.id))
    expect(moveTopic(f.doc(), d!.id, null)).toEqual([])
  })

  it('deleteTopic tombstones the topic with its causes, measures and outcomes', () => {
    const f = theme2Fixture()
    const id = f.must(createTopic(f.doc(), f.boardId, 'T', f.ctx))
    const cause = f.must(addCause(f.doc(), id, '原因', null, f.ctx))
    f.must(addCause(f.doc(), id, 'なぜ', cause, f.ctx))
    f.must(addMeasure(f.doc(), id, cause, '対策', '家族', f.ctx))
    f.must(addOutcome(f.doc(), id, { expectation: '期待', indicator: '指標' }, f.ctx))
    const other = f.must(createTopic(f.doc(), f.boardId, 'U', f.ctx))
    f.must(addCause(f.doc(), other, '別の原因', null, f.ctx))
    const records = deleteTopic(f.doc(), id, f.ctx)
    expect(records.map((r) => r.type)).toEqual(['topic', 'cause', 'cause', 'measure', 'outcome'])
    expect(records.every((r) => r.deletedAt !== null)).toBe(true)
    f.apply(records)
    expect(Object.values(f.doc().causes).filter((c) => c.deletedAt === null)).toHaveLength(1)
    expect(deleteTopic(f.doc(), id, f.ctx)).toEqual([])
  })
})
