import { describe, expect, it } from 'vitest'
import { applyRecords, live, type WorkshopDoc } from '../model/workshopDoc'
import type { AnyRecord } from '../model/schemas'
import { createSampleWorkshop } from '../templates/sampleWorkshop'
import { SAMPLE_STATEMENT } from '../templates/sampleTheme3'
import { fakeContext } from '../testing/fakeContext'
import { cafeBoard } from './cafeBoard'
import { addCafeComment, addCafeLike, removeCafeReaction } from './cafeOps'

const ctx = fakeContext('2026-12-07T05:00:00.000Z')
const sample = createSampleWorkshop(ctx)
const groupA = live(sample.groups).find((g) => g.name === 'Ａグループ')?.id ?? ''
const groupB = live(sample.groups).find((g) => g.name === 'Ｂグループ')?.id ?? ''

function topicOf(doc: WorkshopDoc, groupId: string) {
  const board = live(doc.boards).find((b) => b.groupId === groupId && b.themeId === 'theme2')
  return live(doc.topics).find((t) => t.boardId === board?.id)
}

describe('ワールドカフェ reactions', () => {
  it('shows a host table its outputs with the visitors’ いいね and comments apart', () => {
    const topic = topicOf(sample, groupA)
    if (!topic) throw new Error('the sample has no テーマ2 topic for Ａグループ')
    let doc = sample
    const apply = (records: AnyRecord[]) => {
      doc = applyRecords(doc, records)
      return records
    }
    apply(addCafeLike(doc, { type: 'topic', id: topic.id }, ctx))
    apply(addCafeLike(doc, { type: 'topic', id: topic.id }, ctx))
    const [comment] = apply(
      addCafeComment(
        doc,
        { type: 'topic', id: topic.id },
        '  相談窓口の周知も大事ですね ',
        'Ｂ 田中',
        ctx,
      ),
    )
    const view = cafeBoard(doc, groupA)
    const item = view.sections
      .find((s) => s.themeId === 'theme2')
      ?.items.find((i) => i.target.id === topic.id)
    expect(item?.likes).toBe(2)
    expect(item?.comments.map((c) => [c.text, c.author])).toEqual([
      ['相談窓口の周知も大事ですね', 'Ｂ 田中'],
    ])
    expect(item?.lines).toContainEqual({ label: '地域課題', text: SAMPLE_STATEMENT })
    expect(view).toMatchObject({ likes: 2, comments: 1 })
    // the table's own topic is untouched, and Ｂグループ sees none of it
    expect(doc.topics[topic.id]).toEqual(topic)
    expect(cafeBoard(doc, groupB)).toMatchObject({ likes: 0, comments: 0 })
    // a removed comment is a tombstone that no longer shows
    apply(removeCafeReaction(doc, comment?.id ?? '', ctx))
    expect(cafeBoard(doc, groupA)).toMatchObject({ likes: 2, comments: 0 })
  })

  it('refuses a blank comment and a reaction on an output that is gone', () => {
    const topic = topicOf(sample, groupA)
    if (!topic) throw new Error('no topic')
    expect(addCafeComment(sample, { type: 'topic', id: topic.id }, ' \u3000\n', '', ctx)).toEqual(
      [],
    )
    expect(addCafeLike(sample, { type: 'note', id: 'nope' }, ctx)).toEqual([])
    const gone = applyRecords(sample, [{ ...topic, deletedAt: ctx.now() }])
    expect(addCafeLike(gone, { type: 'topic', id: topic.id }, ctx)).toEqual([])
  })

  it('lands on the output’s own board, and a reaction put on another board counts nowhere', () => {
    const topic = topicOf(sample, groupA)
    if (!topic) throw new Error('no topic')
    const [like] = addCafeLike(sample, { type: 'topic', id: topic.id }, ctx)
    expect(like).toMatchObject({ type: 'cafeReaction', boardId: topic.boardId, kind: 'like' })
    const otherBoard = live(sample.boards).find((b) => b.groupId === groupB)?.id ?? ''
    const forged = { ...like, id: 'forged', boardId: otherBoard } as AnyRecord
    const doc = applyRecords(sample, [forged])
    expect(cafeBoard(doc, groupA).likes).toBe(0)
    expect(cafeBoard(doc, groupB).likes).toBe(0)
  })
})
