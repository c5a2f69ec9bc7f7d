import { describe, expect, it } from 'vitest'
import { addNote, deleteNotes } from '../board/theme1Ops'
import { LIMITS } from '../model/limits'
import { canvasSchema } from '../model/schemas'
import { addGroup, boardOf, removeGroup, workshopGroups } from '../ops/groupOps'
import { createTopic, createTopicFromTane, deleteTopic, setStatement } from '../theme2/topicOps'
import { addCanvasNote } from './canvasNoteOps'
import {
  createCanvas,
  createCanvasFromTopic,
  deleteCanvas,
  moveCanvas,
  renameCanvas,
} from './canvasOps'
import { addInagiQuestions } from './canvasQaOps'
import { theme3Fixture } from '../testing/theme3Fixture'
import { boardCanvases, canvasView, topicCandidates } from './theme3Queries'

describe('canvases of a テーマ3 board', () => {
  it('a canvas for a テーマ2 topic shows the topic live: its 地域課題 statement, else its テーマ', () => {
    const f = theme3Fixture()
    const tane = f.tane('看取りについて家族が不安を抱えている')
    const topicId = f.must(createTopicFromTane(f.doc(), f.theme2BoardId, tane.id, f.ctx))
    const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, topicId, f.ctx))
    const view = () => canvasView(f.doc(), f.doc().canvases[canvasId]!)
    expect(view()).toMatchObject({
      title: '看取りについて家族が不安を抱えている',
      source: 'topic',
      taneText: '看取りについて家族が不安を抱えている',
    })
    f.apply(setStatement(f.doc(), topicId, '家族が看取りを学べる場をつくる'))
    expect(view().title).toBe('家族が看取りを学べる場をつくる')
    expect(f.doc().canvases[canvasId]?.title).toBe('')
    expect(canvasSchema.safeParse(f.doc().canvases[canvasId]).success).toBe(true)
  })

  it('renaming overrides the topic; an empty name shows the topic again', () => {
    const f = theme3Fixture()
    const topicId = f.must(createTopic(f.doc(), f.theme2BoardId, '入退院時の情報共有', f.ctx))
    const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, topicId, f.ctx))
    f.apply(renameCanvas(f.doc(), canvasId, '  退院前カンファレンスの開催 '))
    expect(canvasView(f.doc(), f.doc().canvases[canvasId]!).title).toBe(
      '退院前カンファレンスの開催',
    )
    f.apply(renameCanvas(f.doc(), canvasId, ''))
    expect(canvasView(f.doc(), f.doc().canvases[canvasId]!).title).toBe('入退院時の情報共有')
    expect(renameCanvas(f.doc(), canvasId, '')).toEqual([])
  })

  it('a topic deleted on テーマ2 leaves its last words on the canvas, marked', () => {
    const f = theme3Fixture()
    const topicId = f.must(createTopic(f.doc(), f.theme2BoardId, '入退院時の情報共有', f.ctx))
    const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, topicId, f.ctx))
    f.apply(deleteTopic(f.doc(), topicId, f.ctx))
    expect(canvasView(f.doc(), f.doc().canvases[canvasId]!)).toMatchObject({
      title: '入退院時の情報共有',
      source: 'topicDeleted',
    })
  })

  it('offers the group’s テーマ2 topics and says which already have a canvas', () => {
    const f = theme3Fixture()
    const a = f.must(createTopic(f.doc(), f.theme2BoardId, 'A', f.ctx))
    f.must(createTopic(f.doc(), f.theme2BoardId, 'B', f.ctx))
    const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, a, f.ctx))
    expect(topicCandidates(f.doc(), f.theme3BoardId).map((c) => [c.title, c.canvasIds])).toEqual([
      ['A', [canvasId]],
      ['B', []],
    ])
    // Only from a テーマ3 board.
    expect(topicCandidates(f.doc(), f.theme2BoardId)).toEqual([])
  })

  it('refuses a topic of another group, a deleted topic, and a board that is not テーマ3', () => {
    const f = theme3Fixture()
    f.apply(addGroup(f.doc(), f.ctx))
    const other = workshopGroups(f.doc())[1]!
    const otherTheme2 = boardOf(f.doc(), other.id, 'theme2')!.id
    const foreign = f.must(createTopic(f.doc(), otherTheme2, '別グループ', f.ctx))
    expect(createCanvasFromTopic(f.doc(), f.theme3BoardId, foreign, f.ctx)).toEqual([])
    const mine = f.must(createTopic(f.doc(), f.theme2BoardId, '自分のグループ', f.ctx))
    expect(createCanvas(f.doc(), f.theme2BoardId, 'x', f.ctx)).toEqual([])
    f.apply(deleteTopic(f.doc(), mine, f.ctx))
    expect(createCanvasFromTopic(f.doc(), f.theme3BoardId, mine, f.ctx)).toEqual([])
  })

  it('stops at the canvas limit of a board', () => {
    const f = theme3Fixture()
    for (let i = 0; i < LIMITS.canvasesPerBoard; i++) {
      f.must(createCanvas(f.doc(), f.theme3BoardId, `課題${String(i)}`, f.ctx))
    }
    expect(createCanvas(f.doc(), f.theme3BoardId, 'もう一つ', f.ctx)).toEqual([])
  })

  it('moves a canvas before another and keeps orders 1..n', () => {
    const f = theme3Fixture()
    const a = f.must(createCanvas(f.doc(), f.theme3BoardId, 'A', f.ctx))
    const b = f.must(createCanvas(f.doc(), f.theme3BoardId, 'B', f.ctx))
    const c = f.must(createCanvas(f.doc(), f.theme3BoardId, 'C', f.ctx))
    f.apply(moveCanvas(f.doc(), c, a))
    expect(boardCanvases(f.doc(), f.theme3BoardId).map((x) => x.id)).toEqual([c, a, b])
    f.apply(moveCanvas(f.doc(), c, null))
    expect(boardCanvases(f.doc(), f.theme3BoardId).map((x) => [x.id, x.order])).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
    ])
  })

  it('deleting a canvas tombstones its notes and questions; one undo brings all back', () => {
    const f = theme3Fixture()
    const canvasId = f.must(createCanvas(f.doc(), f.theme3BoardId, '課題', f.ctx))
    f.apply(addCanvasNote(f.doc(), canvasId, 'facts', '月に3件の相談', f.ctx))
    f.apply(addInagiQuestions(f.doc(), canvasId, f.ctx))
    const before = f.theme3Content()
    const liveCount = () =>
      Object.values(f.doc().canvasNotes).filter((n) => n.deletedAt === null).length +
      Object.values(f.doc().canvasQas).filter((q) => q.deletedAt === null).length
    expect(liveCount()).toBe(4)
    f.apply(deleteCanvas(f.doc(), canvasId, f.ctx))
    expect(boardCanvases(f.doc(), f.theme3BoardId)).toEqual([])
    expect(liveCount()).toBe(0)
    f.undo()
    expect(liveCount()).toBe(4)
    expect(f.theme3Content()).toEqual(before)
  })

  it('removing the group removes its テーマ3 records too', () => {
    const f = theme3Fixture()
    const canvasId = f.must(createCanvas(f.doc(), f.theme3BoardId, '課題', f.ctx))
    f.apply(addCanvasNote(f.doc(), canvasId, 'share', '協議会で伝える', f.ctx))
    f.apply(addInagiQuestions(f.doc(), canvasId, f.ctx))
    f.apply(removeGroup(f.doc(), f.groupId, f.ctx))
    const all = [
      ...Object.values(f.doc().canvases),
      ...Object.values(f.doc().canvasNotes),
      ...Object.values(f.doc().canvasQas),
    ]
    expect(all).toHaveLength(5)
    expect(all.every((r) => r.deletedAt !== null)).toBe(true)
  })

  it('a テーマ1 note deleted after the topic was made keeps the canvas readable', () => {
    const f = theme3Fixture()
    const tane = f.tane('ショートステイが使えない')
    const topicId = f.must(createTopicFromTane(f.doc(), f.theme2BoardId, tane.id, f.ctx))
    const canvasId = f.must(createCanvasFromTopic(f.doc(), f.theme3BoardId, topicId, f.ctx))
    f.apply(deleteNotes(f.doc(), [tane.id], f.ctx))
    expect(canvasView(f.doc(), f.doc().canvases[canvasId]!).title).toBe('ショートステイが使えない')
    // A new テーマ1 note does not change it.
    f.apply(addNote(f.doc(), f.theme1BoardId, { text: '別の付箋', scenes: [] }, f.ctx))
    expect(canvasView(f.doc(), f.doc().canvases[canvasId]!).title).toBe('ショートステイが使えない')
  })
})
